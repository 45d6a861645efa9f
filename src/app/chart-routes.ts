/** The path of a hash route: `#/explore?indicator=x` → `/explore`. */
export function routePath(hash: string): string {
  const query = hash.indexOf('?');
  const path = query === -1 ? hash.slice(1) : hash.slice(1, query);
  return path === '' ? '/' : path;
}

/** Pages that open on an ECharts chart: they start loading the chart library with the page. */
export function isChartRoute(hash: string): boolean {
  const path = routePath(hash);
  return path === '/explore' || path === '/compare';
}

/** The indicator a hash route such as `#/explore?indicator=hotline.resolution-rate` shows, if any. */
export function explorerIndicatorOf(hash: string): string | null {
  if (routePath(hash) !== '/explore') return null;
  const query = hash.indexOf('?');
  return query === -1 ? null : new URLSearchParams(hash.slice(query + 1)).get('indicator');
}
