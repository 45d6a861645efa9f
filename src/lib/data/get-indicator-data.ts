import { queryOptions, useQuery } from '@tanstack/react-query';
import { IndicatorDataFileSchema, indicatorFileName, type IndicatorDataFile } from '../../domain/data-files';
import { fetchJsonFile } from './fetch-data-file';
import { dataKeys } from './get-data-index';

export function getIndicatorData(indicatorId: string, signal?: AbortSignal): Promise<IndicatorDataFile> {
  return fetchJsonFile(indicatorFileName(indicatorId), IndicatorDataFileSchema, signal);
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
