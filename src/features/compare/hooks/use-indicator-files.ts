import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { IndicatorDataFile } from '../../../domain/data-files';
import type { Observation } from '../../../domain/observation';
import { indicatorDataQueryOptions } from '../../../lib/data/get-indicator-data';

export interface IndicatorFilesState {
  /** Observations of every file loaded so far. */
  observations: Observation[];
  /** Ids whose file has loaded. */
  loaded: ReadonlySet<string>;
  pending: boolean;
  failures: Array<{ indicatorId: string; error: unknown; retry: () => void; retrying: boolean }>;
}

/**
 * Several indicator files at once, each cached under its own key (shared with
 * the explorer). `indicatorIds` must be memoised by the caller.
 */
export function useIndicatorFiles(indicatorIds: readonly string[]): IndicatorFilesState {
  const combine = useCallback(
    (results: Array<UseQueryResult<IndicatorDataFile>>): IndicatorFilesState => ({
      observations: results.flatMap((r) => r.data?.observations ?? []),
      loaded: new Set(results.flatMap((r, i) => (r.data ? [indicatorIds[i]!] : []))),
      pending: results.some((r) => r.isPending && !r.isError),
      failures: results.flatMap((r, i) =>
        r.isError ? [{ indicatorId: indicatorIds[i]!, error: r.error, retry: () => void r.refetch(), retrying: r.isFetching }] : [],
      ),
    }),
    [indicatorIds],
  );
  return useQueries({ queries: indicatorIds.map((id) => indicatorDataQueryOptions(id)), combine });
}
