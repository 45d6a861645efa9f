import type { QueryClient } from '@tanstack/react-query';
import { indicatorFileName } from '../domain/data-file-names';
import { dataFileUrl } from '../lib/data/data-base-url';
import { hasEarlyJson } from '../lib/data/early-data';
import { dataIndexQueryOptions } from '../lib/data/get-data-index';
import { indicatorFileQueryOptions } from '../lib/data/get-indicator-data';
import { importedReportsQueryOptions } from '../lib/imported/imported-queries';
import { explorerIndicatorOf } from './chart-routes';

/**
 * Starts the data the first view needs before React renders anything: the
 * index (every page reads it), the reports imported in this browser and, on
 * the explorer, the indicator the URL names. Resolves when all are in or
 * have failed.
 *
 * Why: the responses are usually in (index.html's early script fetches them) while the
 * entry is still being evaluated. Started here, their parsing, validation and
 * decoding run as soon as the entry yields, instead of one after the other
 * behind the shell's render and then the explorer's. The pages read the same
 * queries, so nothing is fetched or decoded twice; a failure is left for the
 * page's own query to report.
 *
 * The indicator file is asked for at once when the early script fetched it
 * (it is then one of the catalog's); otherwise only once the index says it is one,
 * so a mistyped link never requests a missing file.
 */
export function prefetchRouteData(queryClient: QueryClient, hash: string): Promise<void> {
  const indicatorId = explorerIndicatorOf(hash);
  // Reports imported in this browser, which the pages merge with the curated data.
  const imported = queryClient.prefetchQuery(importedReportsQueryOptions());
  const fetchedEarly = indicatorId !== null && hasEarlyJson(dataFileUrl(indicatorFileName(indicatorId)));
  const indicator = fetchedEarly ? queryClient.prefetchQuery(indicatorFileQueryOptions(indicatorId)) : undefined;
  const curated = queryClient.fetchQuery(dataIndexQueryOptions()).then(
    (index) => {
      if (!fetchedEarly && indicatorId !== null && index.indicators.some((i) => i.id === indicatorId)) {
        return queryClient.prefetchQuery(indicatorFileQueryOptions(indicatorId));
      }
    },
    () => undefined,
  );
  return Promise.all([imported, curated, indicator]).then(() => undefined);
}
