import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { indicatorFileName, regionFileName } from '../../domain/data-file-names';
import type { Observation } from '../../domain/observation';
import { useImportedReports } from '../imported/imported-queries';
import { indicatorDataQueryOptions, regionIndicatorFileQueryOptions, type IndicatorFile } from './get-indicator-data';

export interface IndicatorFilesState {
  /** Observations of every file loaded so far, then those of reports imported in this browser. */
  observations: Observation[];
  /** Source ids of imported reports among the observations, so views can mark them. */
  importedSourceIds: ReadonlySet<string>;
  /** Ids whose file has loaded. */
  loaded: ReadonlySet<string>;
  pending: boolean;
  /** Each file that failed: its indicator, the file as requested (a whole file or a province's slice), the error and a retry. */
  failures: Array<{ indicatorId: string; file: string; error: unknown; retry: () => void; retrying: boolean }>;
}

/**
 * One jurisdiction's values, read from its province's slices of the files
 * (regions/<province>/<id>.json) instead of the whole files: for datasets
 * whose index has `regionFiles: 'province'`.
 */
export interface JurisdictionSlice {
  jurisdictionCode: string;
  regionCode: string;
}

/**
 * Several indicator files at once, each cached under its own key (shared with
 * the explorer), merged with the imported reports' values for the same
 * indicators. `indicatorIds` must be memoised by the caller.
 *
 * With a `slice`, only that jurisdiction's values are read, from its
 * province's slices: at every county of China a whole file is about 0.3 MB,
 * and a county's profile needs a column of 145 of them (docs/scale.md).
 * Only the jurisdiction's own rows are built; the imported values are not
 * narrowed (the caller picks its jurisdiction's, as it does from whole files).
 */
export function useIndicatorFiles(indicatorIds: readonly string[], slice?: JurisdictionSlice): IndicatorFilesState {
  const jurisdictionCode = slice?.jurisdictionCode;
  const regionCode = slice?.regionCode;
  const ownRows = useCallback(
    (file: IndicatorFile): Observation[] => {
      const own = (code: string) => code === jurisdictionCode;
      return file.observations.ofYearsFor(file.observations.yearsWithLevels(own), own);
    },
    [jurisdictionCode],
  );
  const fileOf = useCallback((id: string) => (regionCode === undefined ? indicatorFileName(id) : regionFileName(regionCode, id)), [regionCode]);
  const combine = useCallback(
    (results: Array<UseQueryResult<Observation[]>>) => ({
      observations: results.flatMap((r) => r.data ?? []),
      loaded: new Set(results.flatMap((r, i) => (r.data ? [indicatorIds[i]!] : []))),
      pending: results.some((r) => r.isPending && !r.isError),
      failures: results.flatMap((r, i) =>
        r.isError
          ? [{ indicatorId: indicatorIds[i]!, file: fileOf(indicatorIds[i]!), error: r.error, retry: () => void r.refetch(), retrying: r.isFetching }]
          : [],
      ),
    }),
    [indicatorIds, fileOf],
  );
  const curated = useQueries({
    queries: indicatorIds.map((id) =>
      regionCode === undefined
        ? { ...indicatorDataQueryOptions(id), select: everyObservation }
        : { ...regionIndicatorFileQueryOptions(id, regionCode), select: ownRows },
    ),
    combine,
  });
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

function everyObservation(file: { observations: Observation[] }): Observation[] {
  return file.observations;
}
