import type { Language } from '../domain/localized-text';

/**
 * Where the report reader shows a span: #/reader/<sourceId>?start=&end=&lang=.
 * Any page links to a quoted sentence with this, never by importing the reader.
 */
export function readerLocation(
  sourceId: string,
  span?: { start: number; end: number } | null,
  language?: Language | null,
): { pathname: string; search: string } {
  const params = new URLSearchParams();
  if (span) {
    params.set('start', String(span.start));
    params.set('end', String(span.end));
  }
  if (language) params.set('lang', language);
  const search = params.toString();
  return { pathname: `/reader/${encodeURIComponent(sourceId)}`, search: search ? `?${search}` : '' };
}

/** The same location as an href for a hash-routed page ("#/reader/…"). */
export function readerHref(sourceId: string, span?: { start: number; end: number } | null, language?: Language | null): string {
  const { pathname, search } = readerLocation(sourceId, span, language);
  return `#${pathname}${search}`;
}
