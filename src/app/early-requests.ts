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
 * Keep it tiny and dependency-free: it blocks parsing while it runs.
 * It also starts one piece of work the first view would otherwise wait for
 * (warmChineseCollator), in a task after parsing.
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

/**
 * Builds a Chinese collator once, to be thrown away. The first one in a page
 * loads ICU's collation data for Chinese (about 10 ms here); later ones reuse
 * it and cost nothing. The app sorts names with one (the indicator picker,
 * the ranked chart's ties) on its way to the first chart, so the load is done
 * here, in a task of its own while the page waits for its scripts, when the
 * main thread is otherwise idle.
 */
export function warmChineseCollator(): void {
  setTimeout(() => {
    try {
      new Intl.Collator('zh').compare('甲', '乙');
    } catch {
      // Only a head start: the app builds its own collator as usual.
    }
  }, 0);
}

if (typeof __CATALOG_INDICATOR_IDS__ !== 'undefined' && typeof __CHART_MODULES__ !== 'undefined') {
  try {
    for (const file of earlyRequestFiles(location.hash, __CATALOG_INDICATOR_IDS__)) hint('preload', dataFileUrl(file));
    for (const url of earlyModules(location.hash, __CHART_MODULES__)) hint('modulepreload', url);
  } catch {
    // Only a head start: if anything here fails, the app fetches as usual.
  }
  warmChineseCollator();
}
