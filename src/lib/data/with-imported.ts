import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { importedReportToDocument, isImportedSourceId, type ImportedReportSummary } from '../../domain/imported-report';
import type { Jurisdiction } from '../../domain/jurisdiction';
import type { Observation } from '../../domain/observation';
import type { ObservationSet } from '../../domain/observation-set';
import { sourceFileName } from '../../domain/data-file-names';
import type { SourceDocument } from '../../domain/source-document';
import { fetchImportedText, importedKeys, useImportedReports } from '../imported/imported-queries';
import { dataFileUrl } from './data-base-url';
import { dataKeys, useDataIndex } from './get-data-index';
import { useIndicatorFile } from './get-indicator-data';
import { getSourceText } from './get-source-text';

/**
 * Curated data (static files) and imported data (IndexedDB) side by side.
 * Each hook returns a query-like result { data, isPending, isError, error,
 * isFetching, importedError, refetch }. `data` is undefined until both sources
 * are in (or the curated file failed: isError, error). A failed IndexedDB
 * (blocked storage) does not hide curated data: the imported part is then
 * empty and `importedError` says why. See docs/contributing.md, "Imported data".
 */
export interface Combined<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  importedError: unknown;
  refetch: () => void;
}

/**
 * One indicator: the curated file's observations (built on demand, see
 * domain/observation-set.ts) and the imported reports' observations of it,
 * with the sources that are imported reports (to mark them).
 */
export interface IndicatorObservations {
  curated: ObservationSet;
  imported: Observation[];
  importedSourceIds: ReadonlySet<string>;
}

interface QueryLike<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

function useCombined<A, T>(curated: QueryLike<A>, merge: (curated: A, imported: ImportedReportSummary[]) => T, extraKey: unknown = null): Combined<T> {
  const imported = useImportedReports();
  const importedSettled = !imported.isPending || imported.isError;
  const importedReports = imported.isError ? null : imported.data;
  const { data: curatedData } = curated;
  // Recomputed only when an input changes, so charts keep a stable array.
  const data = useMemo(
    () => (curatedData !== undefined && importedSettled ? merge(curatedData, importedReports ?? []) : undefined),
    // merge is a fresh closure each render; its inputs are listed instead.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [curatedData, importedReports, importedSettled, extraKey],
  );
  return {
    data,
    isPending: curated.isPending || !importedSettled,
    isError: curated.isError,
    error: curated.error,
    isFetching: curated.isFetching || imported.isFetching,
    importedError: imported.isError ? imported.error : null,
    refetch: () => {
      void curated.refetch();
      void imported.refetch();
    },
  };
}

/** One indicator's curated file and imported observations. `indicatorId` null: nothing loads. */
export function useIndicatorObservations(indicatorId: string | null): Combined<IndicatorObservations> {
  const curated = useIndicatorFile(indicatorId);
  return useCombined(
    curated,
    (file, reports) => {
      const imported = reports.flatMap((report) => report.observations.filter((o) => o.indicatorId === indicatorId));
      return { curated: file.observations, imported, importedSourceIds: new Set(imported.map((o) => o.provenance.sourceId)) };
    },
    indicatorId,
  );
}

/** The index documents, then the imported reports as SourceDocuments (id = "imported-<id>"). */
export function useDocuments(): Combined<SourceDocument[]> {
  return useCombined(useDataIndex(), (index, reports) => [...index.documents, ...reports.map(importedReportToDocument)]);
}

/** The index jurisdictions, then those only imported reports name (each code once; the index wins). */
export function useJurisdictions(): Combined<Jurisdiction[]> {
  return useCombined(useDataIndex(), (index, reports) => {
    // Nothing imported (most readers): the index's own list, not a copy of its thousands.
    if (reports.length === 0) return index.jurisdictions;
    const all = [...index.jurisdictions];
    const codes = new Set(all.map((j) => j.code));
    for (const report of reports) {
      if (!codes.has(report.jurisdiction.code)) {
        codes.add(report.jurisdiction.code);
        all.push(report.jurisdiction);
      }
    }
    return all;
  });
}

/**
 * A document's text: over HTTP for curated documents (same cache entry as
 * useSourceText), from IndexedDB for imported ones ("imported-…").
 */
export function useDocumentText(sourceId: string | null) {
  const imported = sourceId !== null && isImportedSourceId(sourceId);
  return useQuery<string, Error, string, readonly string[]>({
    queryKey: imported ? importedKeys.text(sourceId) : dataKeys.source(sourceId ?? ''),
    queryFn: ({ signal }) => (imported ? fetchImportedText(sourceId) : getSourceText(sourceId ?? '', signal)),
    enabled: sourceId !== null,
    staleTime: Infinity,
  });
}

export { isImportedSourceId };

/**
 * The address of a source's plain-text file, or null for a report imported in this browser: its text is in
 * the browser's store, not among the data files (a link to one would be a 404).
 */
export function plainTextUrl(sourceId: string): string | null {
  return isImportedSourceId(sourceId) ? null : dataFileUrl(sourceFileName(sourceId));
}
