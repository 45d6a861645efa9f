import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { SourceFactsFileSchema, type SourceFactsFile } from '../../domain/data-files';
import { sourceFactsFileName } from '../../domain/data-file-names';
import { fetchJsonFile } from './fetch-data-file';
import { dataKeys } from './get-data-index';

/** Key for one document's facts, under the shared ['data', …] hierarchy. */
export const sourceFactsKey = (sourceId: string) => [...dataKeys.all, 'source-facts', sourceId] as const;

export function getSourceFacts(sourceId: string, signal?: AbortSignal): Promise<SourceFactsFile> {
  return fetchJsonFile(sourceFactsFileName(sourceId), SourceFactsFileSchema, signal);
}

export function sourceFactsQueryOptions(sourceId: string) {
  return queryOptions({
    queryKey: sourceFactsKey(sourceId),
    queryFn: ({ signal }) => getSourceFacts(sourceId, signal),
    staleTime: Infinity,
  });
}

export function useSourceFacts(sourceId: string | null) {
  return useQuery({ ...sourceFactsQueryOptions(sourceId ?? ''), enabled: sourceId !== null });
}

/** The facts of several documents at once (the data-quality page reads every document). */
export function useAllSourceFacts(sourceIds: string[]) {
  return useQueries({ queries: sourceIds.map((id) => sourceFactsQueryOptions(id)) });
}
