import { queryOptions, useQuery } from '@tanstack/react-query';
import { sourceFileName } from '../../domain/data-file-names';
import { fetchTextFile } from './fetch-data-file';
import { dataKeys } from './get-data-index';

export function getSourceText(sourceId: string, signal?: AbortSignal): Promise<string> {
  return fetchTextFile(sourceFileName(sourceId), signal);
}

export function sourceTextQueryOptions(sourceId: string) {
  return queryOptions({
    queryKey: dataKeys.source(sourceId),
    queryFn: ({ signal }) => getSourceText(sourceId, signal),
    staleTime: Infinity,
  });
}

export function useSourceText(sourceId: string | null) {
  return useQuery({ ...sourceTextQueryOptions(sourceId ?? ''), enabled: sourceId !== null });
}
