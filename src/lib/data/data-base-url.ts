/**
 * Where the static data files live, and which dataset the app shows.
 *
 * Two datasets exist: the curated one (public/data, from real documents; the
 * default) and a generated synthetic one (public/data-synthetic, written by
 * `npm run data:synthetic` for scale demos and benchmarks, see docs/scale.md).
 * `?data=synthetic` in the URL (in the page search or in the hash route's
 * search, `#/explore?data=synthetic`) selects the synthetic dataset for the
 * rest of the browser session; `?data=curated` switches back. Every fetcher
 * builds its URL here and every query key carries the dataset (dataKeys), so
 * the two never mix in a cache.
 *
 * VITE_DATA_BASE_URL points the curated dataset at any static host or CDN;
 * VITE_SYNTHETIC_DATA_BASE_URL does the same for the synthetic one.
 */
export const DATASETS = ['curated', 'synthetic'] as const;
export type DatasetId = (typeof DATASETS)[number];

export const DATASET_PARAM = 'data';
const SESSION_KEY = 'reportlens.dataset';

function isDataset(value: string | null | undefined): value is DatasetId {
  return DATASETS.some((d) => d === value);
}

/** The dataset a URL asks for (`data=` in its search or in its hash route's search), or null. */
export function datasetFromUrl(href: string): DatasetId | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const fromSearch = url.searchParams.get(DATASET_PARAM);
  const hashQuery = url.hash.indexOf('?');
  const fromHash = hashQuery === -1 ? null : new URLSearchParams(url.hash.slice(hashQuery + 1)).get(DATASET_PARAM);
  const requested = fromHash ?? fromSearch;
  return isDataset(requested) ? requested : null;
}

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage blocked: the URL alone decides
  }
}

// Every query key asks (thousands of times while a picker prefetches): parse each address once.
let lastUrl: { href: string; dataset: DatasetId | null } | null = null;

/** The dataset in use: the URL's choice (remembered for the session), else the session's, else curated. */
export function activeDataset(): DatasetId {
  if (typeof window === 'undefined') return 'curated';
  const store = sessionStore();
  const href = window.location.href;
  if (lastUrl?.href !== href) {
    lastUrl = { href, dataset: datasetFromUrl(href) };
    if (lastUrl.dataset !== null) store?.setItem(SESSION_KEY, lastUrl.dataset);
  }
  if (lastUrl.dataset !== null) return lastUrl.dataset;
  const remembered = store?.getItem(SESSION_KEY);
  return isDataset(remembered) ? remembered : 'curated';
}

function configuredBase(dataset: DatasetId): string | undefined {
  const env = import.meta.env as Record<string, string | undefined>;
  return dataset === 'curated' ? env.VITE_DATA_BASE_URL : env.VITE_SYNTHETIC_DATA_BASE_URL;
}

const DEFAULT_FOLDERS: Record<DatasetId, string> = { curated: './data/', synthetic: './data-synthetic/' };

/**
 * The base URL of a dataset's files. Defaults to the app's own data/ (or
 * data-synthetic/) folder; the VITE_… variables point the same build elsewhere.
 */
export function dataBaseUrl(dataset: DatasetId = activeDataset()): URL {
  const configured = configuredBase(dataset);
  const base = configured && configured.length > 0 ? configured : DEFAULT_FOLDERS[dataset];
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return new URL(withSlash, document.baseURI);
}

export function dataFileUrl(file: string, dataset: DatasetId = activeDataset()): string {
  return new URL(file, dataBaseUrl(dataset)).toString();
}
