/**
 * The URL contracts between pages, in one place. Every builder keeps the
 * reader's language (`lang`) when the current URL carries one, so a link
 * shared from any page opens in the sender's language.
 * Each returns a path and a search string for a router link (hash routing adds the '#').
 */
export interface AppLink {
  pathname: string;
  search: string;
}

function link(pathname: string, params: Array<[string, string | number | null | undefined]>, lang: string | null): AppLink {
  const search = new URLSearchParams();
  for (const [key, value] of params) if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  if (lang) search.set('lang', lang);
  const text = search.toString();
  // Commas in lists stay readable in a shared link (j=440981,440300).
  return { pathname, search: text ? `?${text.replace(/%2C/g, ',')}` : '' };
}

export function overviewLink(lang: string | null): AppLink {
  return link('/', [], lang);
}

export interface ExplorerLinkOptions {
  indicatorId: string;
  jurisdictionCodes?: string[];
  observationId?: string;
}

export function explorerLink(options: ExplorerLinkOptions, lang: string | null): AppLink {
  return link(
    '/explore',
    [
      ['indicator', options.indicatorId],
      ['j', options.jurisdictionCodes?.join(',')],
      ['obs', options.observationId],
    ],
    lang,
  );
}

/** Opens a document in the reader, scrolled to and highlighting [start, end). */
export function readerLink(sourceId: string, span: { start: number; end: number } | null, lang: string | null): AppLink {
  return link(`/reader/${encodeURIComponent(sourceId)}`, [['start', span?.start], ['end', span?.end]], lang);
}

export function profileLink(code: string | null, lang: string | null): AppLink {
  return link(code ? `/jurisdiction/${encodeURIComponent(code)}` : '/jurisdiction', [], lang);
}

export function briefingsLink(lang: string | null): AppLink {
  return link('/briefings', [], lang);
}

/** `year` null: each jurisdiction's latest year. */
export function compareLink(jurisdictionCodes: string[], indicatorIds: string[], lang: string | null, year: number | null = null): AppLink {
  return link('/compare', [['j', jurisdictionCodes.join(',')], ['i', indicatorIds.join(',')], ['y', year]], lang);
}
