/**
 * Where the static data files live under public/data (see data-files.ts for
 * their schemas). Free of zod, so any script can name a file without loading
 * a schema library.
 */

/** The catalog, the jurisdictions and per-indicator summaries: what every page reads first. */
export const DATA_INDEX_FILE = 'index.json';

export function indicatorFileName(indicatorId: string): string {
  return `indicators/${indicatorId}.json`;
}

/**
 * regions/<province>.json: every indicator file cut to the jurisdictions of
 * one province, all in one file (RegionFileSchema), for views that show a few
 * jurisdictions of every indicator, such as a county's profile: one request
 * instead of one per indicator. Only datasets whose index says
 * `regionFiles: 'one-per-province'` have them.
 */
export function regionFileName(regionCode: string): string {
  return `regions/${regionCode}.json`;
}

export function sourceFileName(sourceId: string): string {
  return `sources/${sourceId}.txt`;
}

/** source-facts/<sourceId>.json: every observation quoted from one document (SourceFactsFileSchema). */
export function sourceFactsFileName(sourceId: string): string {
  return `source-facts/${sourceId}.json`;
}
