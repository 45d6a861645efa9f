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
 * Data files are fetched and parsed here (src/lib/data/early-data.ts) and
 * handed to the app's first request of the same URL: on a fast machine they
 * arrive long before the app's entry has compiled, and parsing them in that
 * idle wait takes the work off the path to the first chart. Chart chunks get
 * `<link rel="modulepreload">` hints, which the app's import() then takes.
 * It also reads the display setting once, so the first localStorage access
 * (which opens the page's storage area) is paid in the same wait.
 * Keep it tiny and dependency-free: it blocks parsing while it runs. (It
 * once also built a Chinese collator ahead of the app, to load ICU's data in
 * the wait for the scripts: that task held the main thread just as the
 * scripts arrived, and the first chart came no sooner; see docs/scale.md.)
 */
import { DATA_INDEX_FILE, indicatorFileName } from '../domain/data-file-names';
import { dataFileUrl } from '../lib/data/data-base-url';
import { startEarlyJson } from '../lib/data/early-data';
import { DISPLAY_STORAGE_KEY } from '../lib/storage-keys';
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

function modulePreload(url: string): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  // Vite's module scripts are crossorigin: "anonymous", so the hint and the real request match.
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.appendChild(link);
}

if (typeof __CATALOG_INDICATOR_IDS__ !== 'undefined' && typeof __CHART_MODULES__ !== 'undefined') {
  try {
    for (const file of earlyRequestFiles(location.hash, __CATALOG_INDICATOR_IDS__)) startEarlyJson(dataFileUrl(file));
    for (const url of earlyModules(location.hash, __CHART_MODULES__)) modulePreload(url);
  } catch {
    // Only a head start: if anything here fails, the app fetches as usual.
  }
  try {
    // A page's first localStorage read opens its storage area, a synchronous round trip to the
    // browser process (≈ 5 ms inside the first render, in a profile of the load). Here it is paid
    // while the page waits for its scripts; the app reads the same setting again when it renders.
    localStorage.getItem(DISPLAY_STORAGE_KEY);
  } catch {
    // Storage blocked: the app falls back to its defaults.
  }
}
