import { queryOptions, useQuery } from '@tanstack/react-query';
import { isColumnarJson, openColumnarIndicatorFile } from '../../domain/columnar-indicator-file';
import {
  ColumnarIndicatorFileSchema,
  DATA_SCHEMA_VERSION,
  IndicatorDataFileSchema,
  RegionFileSchema,
  type ColumnarIndicatorFile,
  type IndicatorDataFile,
} from '../../domain/data-files';
import { indicatorFileName, regionFileName } from '../../domain/data-file-names';
import { ListedObservations, type ObservationSet } from '../../domain/observation-set';
import { DataLoadError } from './data-load-error';
import { fetchJson, validateDataFile } from './fetch-data-file';
import { dataKeys } from './get-data-index';

/** An indicator file, checked, with its observations built on demand (domain/observation-set.ts). */
export interface IndicatorFile {
  indicatorId: string;
  /** The province of a region file (its jurisdictions only); null for a whole file. */
  region: string | null;
  observations: ObservationSet;
}

/**
 * Validates an indicators/<id>.json file in either form: the plain list of
 * observations (curated data) or the columnar form of large generated
 * datasets, which is checked here completely, every row included, but whose
 * Observations are only built when asked for.
 */
export function parseIndicatorFile(file: string, json: unknown): IndicatorFile {
  if (!isColumnarJson(json)) {
    const listed = validateDataFile(file, IndicatorDataFileSchema, json);
    return { indicatorId: listed.indicatorId, region: null, observations: new ListedObservations(listed.observations) };
  }
  const columnar = validateDataFile(file, ColumnarIndicatorFileSchema, json);
  const opened = openColumnarIndicatorFile(columnar);
  if (!opened.ok) throw new DataLoadError({ kind: 'schema', file, issues: opened.issues });
  return { indicatorId: columnar.indicatorId, region: columnar.region ?? null, observations: opened.observations };
}

export async function getIndicatorFile(indicatorId: string, signal?: AbortSignal): Promise<IndicatorFile> {
  const file = indicatorFileName(indicatorId);
  return parseIndicatorFile(file, await fetchJson(file, signal));
}

/** A province's slices of every indicator (regions/<province>.json): each one checked, or why it could not be used. */
export interface RegionIndicatorFiles {
  region: string;
  slices: ReadonlyMap<string, IndicatorFile | DataLoadError>;
}

/**
 * Reads a province's region file, where the index says the data has them
 * (`regionFiles`). The file must be the province asked for; each slice is
 * checked as a whole indicator file is, and must be the indicator it is filed
 * under and the province (every code within it). A broken slice is kept as
 * its error, named by its path in the file, so the other indicators still show.
 */
export function parseRegionFile(regionCode: string, json: unknown): RegionIndicatorFiles {
  const file = regionFileName(regionCode);
  const bundle = validateDataFile(file, RegionFileSchema, json);
  if (bundle.region !== regionCode) {
    throw new DataLoadError({ kind: 'schema', file, issues: [{ path: 'region', message: `is ${bundle.region}, expected ${regionCode}` }] });
  }
  const slices = new Map<string, IndicatorFile | DataLoadError>();
  for (const [indicatorId, slice] of Object.entries(bundle.indicators)) slices.set(indicatorId, parseSlice(file, regionCode, indicatorId, slice));
  return { region: regionCode, slices };
}

function parseSlice(file: string, regionCode: string, indicatorId: string, json: unknown): IndicatorFile | DataLoadError {
  // The slice's own paths, named from the file's root.
  const failure = (issues: ReadonlyArray<{ path: string; message: string }>) =>
    new DataLoadError({ kind: 'schema', file, issues: issues.map(({ path, message }) => ({ path: `indicators.${indicatorId}${path === '' ? '' : `.${path}`}`, message })) });
  let columnar: ColumnarIndicatorFile;
  try {
    columnar = validateDataFile(file, ColumnarIndicatorFileSchema, json);
  } catch (error) {
    if (error instanceof DataLoadError) return failure(error.issues);
    throw error;
  }
  const mismatches = [
    ...(columnar.indicatorId === indicatorId ? [] : [{ path: 'indicatorId', message: `is ${columnar.indicatorId}, expected ${indicatorId}` }]),
    ...(columnar.region === regionCode ? [] : [{ path: 'region', message: `is ${columnar.region ?? 'missing'}, expected ${regionCode}` }]),
  ];
  if (mismatches.length > 0) return failure(mismatches);
  const opened = openColumnarIndicatorFile(columnar);
  if (!opened.ok) return failure(opened.issues);
  return { indicatorId, region: regionCode, observations: opened.observations };
}

export async function getRegionFile(regionCode: string, signal?: AbortSignal): Promise<RegionIndicatorFiles> {
  return parseRegionFile(regionCode, await fetchJson(regionFileName(regionCode), signal));
}

export function regionFileQueryOptions(regionCode: string) {
  return queryOptions({
    queryKey: dataKeys.region(regionCode),
    queryFn: ({ signal }) => getRegionFile(regionCode, signal),
    staleTime: Infinity,
  });
}

/** The checked file: what the explorer reads, building only the years it shows before the rest. */
export function indicatorFileQueryOptions(indicatorId: string) {
  return queryOptions({
    queryKey: dataKeys.indicatorFile(indicatorId),
    queryFn: ({ signal }) => getIndicatorFile(indicatorId, signal),
    staleTime: Infinity,
  });
}

/**
 * Every observation of the indicator, built from the checked file (fetched
 * and parsed once, shared with indicatorFileQueryOptions): for the pages
 * that read every year of an indicator.
 */
export function indicatorDataQueryOptions(indicatorId: string) {
  return queryOptions({
    queryKey: dataKeys.indicator(indicatorId),
    queryFn: async ({ client }): Promise<IndicatorDataFile> => {
      const file = await client.ensureQueryData(indicatorFileQueryOptions(indicatorId));
      return { schemaVersion: DATA_SCHEMA_VERSION, indicatorId: file.indicatorId, observations: file.observations.all() };
    },
    staleTime: Infinity,
  });
}

export function useIndicatorFile(indicatorId: string | null) {
  return useQuery({
    ...indicatorFileQueryOptions(indicatorId ?? ''),
    enabled: indicatorId !== null,
  });
}
