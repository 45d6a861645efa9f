import { queryOptions, useQuery } from '@tanstack/react-query';
import { isColumnarJson, openColumnarIndicatorFile } from '../../domain/columnar-indicator-file';
import {
  ColumnarIndicatorFileSchema,
  DATA_SCHEMA_VERSION,
  IndicatorDataFileSchema,
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

/**
 * One province's slice of an indicator file (regions/<province>/<id>.json),
 * where the index says the data has them (`regionFiles`). Checked as a whole
 * file is, and it must be the slice asked for: that indicator, that province.
 */
export async function getRegionIndicatorFile(indicatorId: string, regionCode: string, signal?: AbortSignal): Promise<IndicatorFile> {
  const file = regionFileName(regionCode, indicatorId);
  const parsed = parseIndicatorFile(file, await fetchJson(file, signal));
  const issues = [
    ...(parsed.indicatorId === indicatorId ? [] : [{ path: 'indicatorId', message: `is ${parsed.indicatorId}, expected ${indicatorId}` }]),
    ...(parsed.region === regionCode ? [] : [{ path: 'region', message: `is ${parsed.region ?? 'missing'}, expected ${regionCode}` }]),
  ];
  if (issues.length > 0) throw new DataLoadError({ kind: 'schema', file, issues });
  return parsed;
}

export function regionIndicatorFileQueryOptions(indicatorId: string, regionCode: string) {
  return queryOptions({
    queryKey: dataKeys.indicatorRegion(indicatorId, regionCode),
    queryFn: ({ signal }) => getRegionIndicatorFile(indicatorId, regionCode, signal),
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
