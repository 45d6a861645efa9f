import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataIndexSchema, type DataIndex } from '../../domain/data-files';
import { DATA_INDEX_FILE } from '../../domain/data-file-names';
import { activeDataset } from './data-base-url';
import { fetchJsonFile } from './fetch-data-file';


export function getDataIndex(signal?: AbortSignal): Promise<DataIndex> {
  return fetchJsonFile(DATA_INDEX_FILE, DataIndexSchema, signal);
}

/**
 * Key hierarchy: ['data', <dataset>, ...] groups every static data file so one
 * invalidation refreshes all, and the dataset (curated or synthetic, see
 * data-base-url.ts) is part of every key so the two never share a cache entry.
 */
export const dataKeys = {
  get all() {
    return ['data', activeDataset()] as const;
  },
  index: () => [...dataKeys.all, 'index'] as const,
  indicators: () => [...dataKeys.all, 'indicator'] as const,
  indicator: (indicatorId: string) => [...dataKeys.indicators(), indicatorId] as const,
  /** The checked file whose observations are built on demand: under the indicator, so invalidating one invalidates both. */
  indicatorFile: (indicatorId: string) => [...dataKeys.indicator(indicatorId), 'file'] as const,
  /** One province's slices of every indicator (regionFileName). */
  region: (regionCode: string) => [...dataKeys.all, 'region', regionCode] as const,
  sources: () => [...dataKeys.all, 'source'] as const,
  source: (sourceId: string) => [...dataKeys.sources(), sourceId] as const,
};

export function dataIndexQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.index(),
    queryFn: ({ signal }) => getDataIndex(signal),
    // The files are static per deployment: no refetch churn while the tab is open.
    staleTime: Infinity,
  });
}

export function useDataIndex() {
  return useQuery(dataIndexQueryOptions());
}
