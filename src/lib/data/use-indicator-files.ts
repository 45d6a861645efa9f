import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { IndicatorDataFile } from '../../domain/data-files';
import type { Observation } from '../../domain/observation';
import { useImportedReports } from '../imported/imported-queries';
import { indicatorDataQueryOptions } from './get-indicator-data';

export interface IndicatorFilesState {
  /** Observations of every file loaded so far, then those of reports imported in this browser. */
  observations: Observation[];
  /** Source ids of imported reports among the observations, so views can mark them. */
  importedSourceIds: ReadonlySet<string>;
  /** Ids whose file has loaded. */
  loaded: ReadonlySet<string>;
  pending: boolean;
  failures: Array<{ indicatorId: string; error: unknown; retry: () => void; retrying: boolean }>;
}

/**
 * Several indicator files at once, each cached under its own key (shared with
 * the explorer), merged with the imported reports' values for the same
 * indicators. `indicatorIds` must be memoised by the caller.
 */
export function useIndicatorFiles(indicatorIds: readonly string[]): IndicatorFilesState {
  const combine = useCallback(
    (results: Array<UseQueryResult<IndicatorDataFile>>) => ({
      observations: results.flatMap((r) => r.data?.observations ?? []),
      loaded: new Set(results.flatMap((r, i) => (r.data ? [indicatorIds[i]!] : []))),
      pending: results.some((r) => r.isPending && !r.isError),
      failures: results.flatMap((r, i) =>
        r.isError ? [{ indicatorId: indicatorIds[i]!, error: r.error, retry: () => void r.refetch(), retrying: r.isFetching }] : [],
      ),
    }),
    [indicatorIds],
  );
  const curated = useQueries({ queries: indicatorIds.map((id) => indicatorDataQueryOptions(id)), combine });
  // A failed browser store (no IndexedDB) leaves the curated values alone.
  const imported = useImportedReports();
  return useMemo(() => {
    const wanted = new Set(indicatorIds);
    const importedObservations = (imported.data ?? []).flatMap((r) => r.observations.filter((o) => wanted.has(o.indicatorId)));
    return {
      ...curated,
      observations: [...curated.observations, ...importedObservations],
      importedSourceIds: new Set(importedObservations.map((o) => o.provenance.sourceId)),
      pending: curated.pending || (imported.isPending && !imported.isError),
    };
  }, [curated, imported.data, imported.isPending, imported.isError, indicatorIds]);
}
