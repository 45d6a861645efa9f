import { queryOptions, useQuery } from '@tanstack/react-query';
import { decodeColumnarIndicatorFile, isColumnarJson } from '../../domain/columnar-indicator-file';
import {
  ColumnarIndicatorFileSchema,
  DATA_SCHEMA_VERSION,
  IndicatorDataFileSchema,
  type IndicatorDataFile,
} from '../../domain/data-files';
import { indicatorFileName } from '../../domain/data-file-names';
import { DataLoadError } from './data-load-error';
import { fetchJson, validateDataFile } from './fetch-data-file';
import { dataKeys } from './get-data-index';

/**
 * Validates an indicators/<id>.json file in either form: the plain list of
 * observations (curated data) or the columnar form of large generated
 * datasets, which is checked and decoded here into the same observations.
 */
export function parseIndicatorFile(file: string, json: unknown): IndicatorDataFile {
  if (!isColumnarJson(json)) return validateDataFile(file, IndicatorDataFileSchema, json);
  const columnar = validateDataFile(file, ColumnarIndicatorFileSchema, json);
  const decoded = decodeColumnarIndicatorFile(columnar);
  if (!decoded.ok) throw new DataLoadError({ kind: 'schema', file, issues: decoded.issues });
  return { schemaVersion: DATA_SCHEMA_VERSION, indicatorId: columnar.indicatorId, observations: decoded.observations };
}

export async function getIndicatorData(indicatorId: string, signal?: AbortSignal): Promise<IndicatorDataFile> {
  const file = indicatorFileName(indicatorId);
  return parseIndicatorFile(file, await fetchJson(file, signal));
}

export function indicatorDataQueryOptions(indicatorId: string) {
  return queryOptions({
    queryKey: dataKeys.indicator(indicatorId),
    queryFn: ({ signal }) => getIndicatorData(indicatorId, signal),
    staleTime: Infinity,
  });
}

export function useIndicatorData(indicatorId: string | null) {
  return useQuery({
    ...indicatorDataQueryOptions(indicatorId ?? ''),
    enabled: indicatorId !== null,
  });
}
