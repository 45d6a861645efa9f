/**
 * Inlined into index.html by the build (vite.config.ts, earlyRequestsPlugin)
 * and run while the page is still parsing, before the app's scripts have even
 * downloaded: it asks the browser to start fetching the data the first view
 * needs, so the network works in parallel with loading and starting React.
 *
 * - index.json, which every page reads;
 * - on the explorer, the indicator file the URL names (when it is one of the
 *   catalog's indicators, so a mistyped link never requests a missing file).
 *
 * It only adds `<link rel="preload" as="fetch" crossorigin>` hints: the app's
 * own fetch() of the same URL (same mode and credentials) takes the preloaded
 * response, so nothing here is read by the app and the data layer is unchanged.
 * Keep it tiny and dependency-free: it blocks parsing while it runs.
 */
import { DATA_INDEX_FILE, indicatorFileName } from '../domain/data-file-names';
import { dataFileUrl } from '../lib/data/data-base-url';

declare const __CATALOG_INDICATOR_IDS__: readonly string[];

/** The indicator a hash route such as `#/explore?indicator=hotline.resolution-rate` shows, if any. */
export function explorerIndicatorOf(hash: string): string | null {
  const query = hash.indexOf('?');
  const path = query === -1 ? hash.slice(1) : hash.slice(1, query);
  if (path !== '/explore') return null;
  return query === -1 ? null : new URLSearchParams(hash.slice(query + 1)).get('indicator');
}

export function earlyRequestFiles(hash: string, knownIndicators: readonly string[]): string[] {
  const indicator = explorerIndicatorOf(hash);
  return indicator !== null && knownIndicators.includes(indicator) ? [DATA_INDEX_FILE, indicatorFileName(indicator)] : [DATA_INDEX_FILE];
}

function preload(url: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // fetch() defaults to mode "cors" with same-origin credentials: "anonymous" is that, so the two match.
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.appendChild(link);
}

if (typeof __CATALOG_INDICATOR_IDS__ !== 'undefined') {
  try {
    for (const file of earlyRequestFiles(location.hash, __CATALOG_INDICATOR_IDS__)) preload(dataFileUrl(file));
  } catch {
    // Only a head start: if anything here fails, the app fetches as usual.
  }
}
