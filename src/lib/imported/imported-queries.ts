import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportedReport } from '../../domain/imported-report';
import { IMPORTED_SOURCE_PREFIX, isImportedSourceId } from '../../domain/imported-report';
import {
  deleteImportedReport,
  getImportedText,
  ImportedStoreError,
  listImportedReports,
  restoreImportedReports,
  saveImportedReport,
} from './imported-store';

/**
 * Query keys for data held in the browser, apart from the static ['data', …]
 * files: ['imported'] groups them, so one invalidation after a save, delete
 * or restore refreshes every view that shows imported data.
 */
export const importedKeys = {
  all: ['imported'] as const,
  reports: () => [...importedKeys.all, 'reports'] as const,
  texts: () => [...importedKeys.all, 'text'] as const,
  text: (sourceId: string) => [...importedKeys.texts(), sourceId] as const,
};

export function importedReportsQueryOptions() {
  return queryOptions({
    queryKey: importedKeys.reports(),
    queryFn: () => listImportedReports(),
    // Only this tab writes (and invalidates); no refetch churn.
    staleTime: Infinity,
    // A store that failed (no IndexedDB, blocked storage) stays failed: refetching it each time another
    // view mounts would flip every merged view back to "loading" and unmount what was shown.
    retryOnMount: false,
  });
}

/** Every imported report without its text (ImportedReportSummary[]), newest first. */
export function useImportedReports() {
  return useQuery(importedReportsQueryOptions());
}

/** The text of an imported report by its sourceId ("imported-<id>"); fails with ImportedStoreError('notFound'). */
export async function fetchImportedText(sourceId: string): Promise<string> {
  const text = isImportedSourceId(sourceId) ? await getImportedText(sourceId.slice(IMPORTED_SOURCE_PREFIX.length)) : null;
  if (text === null) throw new ImportedStoreError('notFound', `${sourceId} is not stored in this browser`);
  return text;
}

export function importedTextQueryOptions(sourceId: string) {
  return queryOptions({
    queryKey: importedKeys.text(sourceId),
    queryFn: () => fetchImportedText(sourceId),
    staleTime: Infinity,
  });
}

function useInvalidateImported() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: importedKeys.all });
}

export function useSaveImportedReport() {
  const invalidate = useInvalidateImported();
  return useMutation({ mutationFn: (report: ImportedReport) => saveImportedReport(report), onSettled: invalidate });
}

export function useDeleteImportedReport() {
  const invalidate = useInvalidateImported();
  return useMutation({ mutationFn: (id: string) => deleteImportedReport(id), onSettled: invalidate });
}

export function useRestoreImportedReports() {
  const invalidate = useInvalidateImported();
  return useMutation({ mutationFn: (reports: ImportedReport[]) => restoreImportedReports(reports), onSettled: invalidate });
}
