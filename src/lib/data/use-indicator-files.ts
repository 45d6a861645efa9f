import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { indicatorFileName, regionFileName } from '../../domain/data-file-names';
import type { Observation } from '../../domain/observation';
import { useImportedReports } from '../imported/imported-queries';
import { DataLoadError } from './data-load-error';
import { indicatorDataQueryOptions, regionFileQueryOptions, type RegionIndicatorFiles } from './get-indicator-data';

export interface IndicatorFileFailure {
  /** The indicators the failure leaves out. */
  indicatorIds: readonly string[];
  /** The file as requested: a whole indicator file, or a province's region file. */
  file: string;
  error: unknown;
  retry: () => void;
  retrying: boolean;
}

export interface IndicatorFilesState {
  /** Observations of every file loaded so far, then those of reports imported in this browser. */
  observations: Observation[];
  /** Source ids of imported reports among the observations, so views can mark them. */
  importedSourceIds: ReadonlySet<string>;
  /** Ids whose values have loaded. */
  loaded: ReadonlySet<string>;
  pending: boolean;
  /** Each file that failed, with a retry. */
  failures: IndicatorFileFailure[];
}

/**
 * One jurisdiction's values, read from its province's region file
 * (regions/<province>.json) instead of the whole files: for datasets whose
 * index has `regionFiles: 'one-per-province'`.
 */
export interface JurisdictionSlice {
  jurisdictionCode: string;
  regionCode: string;
}

type CuratedState = Pick<IndicatorFilesState, 'observations' | 'loaded' | 'pending' | 'failures'>;

const NO_INDICATORS: readonly string[] = [];

/**
 * Several indicators' values at once, merged with the imported reports'
 * values for the same indicators. `indicatorIds` must be memoised by the caller.
 *
 * Without a `slice`, each whole file is cached under its own key (shared with
 * the explorer). With one, only that jurisdiction's values are read, from its
 * province's region file: at every county of China a whole file is about
 * 0.3 MB, and a county's profile needs a column of 145 of them, while its
 * province's slices of all 145 are one file of about 1.8 MB (docs/scale.md).
 * Only the jurisdiction's own rows are built; the imported values are not
 * narrowed (the caller picks its jurisdiction's, as it does from whole files).
 */
export function useIndicatorFiles(indicatorIds: readonly string[], slice?: JurisdictionSlice): IndicatorFilesState {
  const regionCode = slice?.regionCode;
  const combine = useCallback(
    (results: Array<UseQueryResult<Observation[]>>): CuratedState => ({
      observations: results.flatMap((r) => r.data ?? []),
      loaded: new Set(results.flatMap((r, i) => (r.data ? [indicatorIds[i]!] : []))),
      pending: results.some((r) => r.isPending && !r.isError),
      failures: results.flatMap((r, i) =>
        r.isError
          ? [{ indicatorIds: [indicatorIds[i]!], file: indicatorFileName(indicatorIds[i]!), error: r.error, retry: () => void r.refetch(), retrying: r.isFetching }]
          : [],
      ),
    }),
    [indicatorIds],
  );
  const whole = useQueries({
    queries: (regionCode === undefined ? indicatorIds : NO_INDICATORS).map((id) => ({ ...indicatorDataQueryOptions(id), select: everyObservation })),
    combine,
  });
  const region = useQuery({ ...regionFileQueryOptions(regionCode ?? ''), enabled: regionCode !== undefined });
  const { data: regionFile, error: regionError, isFetching: regionFetching, refetch: refetchRegion } = region;
  const jurisdictionCode = slice?.jurisdictionCode;
  const sliced = useMemo((): CuratedState | null => {
    if (regionCode === undefined || jurisdictionCode === undefined) return null;
    const file = regionFileName(regionCode);
    const retry = () => void refetchRegion();
    if (regionError) return { observations: [], loaded: new Set(), pending: false, failures: [{ indicatorIds, file, error: regionError, retry, retrying: regionFetching }] };
    if (!regionFile) return { observations: [], loaded: new Set(), pending: true, failures: [] };
    return ownValues(regionFile, indicatorIds, jurisdictionCode, retry, regionFetching);
  }, [regionCode, jurisdictionCode, regionFile, regionError, regionFetching, refetchRegion, indicatorIds]);
  const curated = sliced ?? whole;
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

/**
 * The jurisdiction's rows of each asked indicator in its province's file. The
 * slices that could not be used are one failure (one file, one retry), named
 * by the first of them; an indicator the index lists for the jurisdiction but
 * the file lacks is one of them.
 */
function ownValues(regionFile: RegionIndicatorFiles, indicatorIds: readonly string[], jurisdictionCode: string, retry: () => void, retrying: boolean): CuratedState {
  const file = regionFileName(regionFile.region);
  const own = (code: string) => code === jurisdictionCode;
  const observations: Observation[] = [];
  const loaded = new Set<string>();
  const failed: string[] = [];
  let firstError: DataLoadError | null = null;
  for (const indicatorId of indicatorIds) {
    const slice =
      regionFile.slices.get(indicatorId) ??
      new DataLoadError({ kind: 'schema', file, issues: [{ path: `indicators.${indicatorId}`, message: `is missing: the index lists values of it for ${jurisdictionCode}` }] });
    if (slice instanceof DataLoadError) {
      failed.push(indicatorId);
      firstError ??= slice;
      continue;
    }
    observations.push(...slice.observations.ofYearsFor(slice.observations.yearsWithLevels(own), own));
    loaded.add(indicatorId);
  }
  return { observations, loaded, pending: false, failures: firstError ? [{ indicatorIds: failed, file, error: firstError, retry, retrying }] : [] };
}

function everyObservation(file: { observations: Observation[] }): Observation[] {
  return file.observations;
}
