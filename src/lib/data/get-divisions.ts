import { queryOptions, useQuery } from '@tanstack/react-query';
import { DivisionsFileSchema, type DivisionsFile } from '../../domain/division';
import { fetchJsonFile } from './fetch-data-file';
import { dataKeys } from './get-data-index';

/** The GB/T 2260 list (≈3,300 divisions, 260 KB): fetched only by the pages that search it (import). */
export const DIVISIONS_FILE = 'divisions.json';

export function getDivisions(signal?: AbortSignal): Promise<DivisionsFile> {
  return fetchJsonFile(DIVISIONS_FILE, DivisionsFileSchema, signal);
}

export const divisionsKey = () => [...dataKeys.all, 'divisions'] as const;

export function divisionsQueryOptions() {
  return queryOptions({
    queryKey: divisionsKey(),
    queryFn: ({ signal }) => getDivisions(signal),
    staleTime: Infinity,
  });
}

export function useDivisions() {
  return useQuery(divisionsQueryOptions());
}
