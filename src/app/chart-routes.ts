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
