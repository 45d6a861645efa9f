/**
 * Inlined into index.html by the build (vite.config.ts, earlyRequestsPlugin)
 * and run while the page is still parsing, before the app's scripts have even
 * downloaded: it asks the browser to start fetching the data the first view
 * needs, so the network works in parallel with loading and starting React.
 *
 * - index.json, which every page reads;
 * - on the explorer, the indicator file the URL names (when it is one of the
 *   catalog's indicators, so a mistyped link never requests a missing file);
 * - on a page that opens on a chart, the chart component and ECharts (lazy
 *   chunks the app would otherwise only ask for once its entry has run).
 *
 * It only adds `<link rel="preload" as="fetch" crossorigin>` and
 * `<link rel="modulepreload">` hints: the app's own fetch() of the same URL
 * (same mode and credentials) and its import() of the same chunk take the
 * preloaded response, so nothing here is read by the app.
 * Keep it tiny and dependency-free: it blocks parsing while it runs. (It
 * once also built a Chinese collator ahead of the app, to load ICU's data in
 * the wait for the scripts: that task held the main thread just as the
 * scripts arrived, and the first chart came no sooner; see docs/scale.md.)
 */
import { DATA_INDEX_FILE, indicatorFileName } from '../domain/data-file-names';
import { dataFileUrl } from '../lib/data/data-base-url';
import { explorerIndicatorOf, isChartRoute } from './chart-routes';

declare const __CATALOG_INDICATOR_IDS__: readonly string[];
/** The built chart component's chunk and the chunks it imports (ECharts), as URLs relative to the page. */
declare const __CHART_MODULES__: readonly string[];

export function earlyRequestFiles(hash: string, knownIndicators: readonly string[]): string[] {
  const indicator = explorerIndicatorOf(hash);
  return indicator !== null && knownIndicators.includes(indicator) ? [DATA_INDEX_FILE, indicatorFileName(indicator)] : [DATA_INDEX_FILE];
}

/** The chunks to preload for a route: the chart's on chart pages, none elsewhere. */
export function earlyModules(hash: string, chartModules: readonly string[]): readonly string[] {
  return isChartRoute(hash) ? chartModules : [];
}

function hint(rel: 'preload' | 'modulepreload', url: string): void {
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') link.as = 'fetch';
  // fetch() defaults to mode "cors" with same-origin credentials, and Vite's module scripts are
  // crossorigin: "anonymous" is both, so the hint and the real request match.
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.appendChild(link);
}

if (typeof __CATALOG_INDICATOR_IDS__ !== 'undefined' && typeof __CHART_MODULES__ !== 'undefined') {
  try {
    for (const file of earlyRequestFiles(location.hash, __CATALOG_INDICATOR_IDS__)) hint('preload', dataFileUrl(file));
    for (const url of earlyModules(location.hash, __CHART_MODULES__)) hint('modulepreload', url);
  } catch {
    // Only a head start: if anything here fails, the app fetches as usual.
  }
}
