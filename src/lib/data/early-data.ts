/**
 * Data files that index.html's early script (src/app/early-requests.ts)
 * fetched and parsed before the app's own scripts had run, handed to the app's
 * first request of the same URL.
 *
 * Why: on a fast machine the first view's data is in well before the app's
 * ~460 KB entry has been compiled, and the main thread waits idle meanwhile.
 * Decoding and parsing the JSON there (≈ 10–15 ms for index.json and an
 * indicator file at scale) takes that work off the path to the first chart;
 * the app still validates what it is handed, as it does any response.
 *
 * Each file is handed over once: a later request (a refetch, another dataset)
 * goes to the network. A file the early script could not fetch or parse
 * resolves to null, and the app then requests it itself, so its error message
 * (network, HTTP status, malformed JSON) is the app's usual one.
 */

/** Parsed JSON, or null when the early fetch or parse failed. */
type EarlyJson = Promise<{ json: unknown } | null>;

declare global {
  interface Window {
    __reportlensEarlyData?: Map<string, EarlyJson>;
  }
}

function store(): Map<string, EarlyJson> {
  window.__reportlensEarlyData ??= new Map();
  return window.__reportlensEarlyData;
}

/** Starts fetching and parsing a data file (early-requests.ts). Never rejects. */
export function startEarlyJson(url: string): void {
  const parsed: EarlyJson = fetch(url)
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => (text === null ? null : { json: JSON.parse(text) as unknown }))
    .catch(() => null);
  store().set(url, parsed);
}

/** True when the early script has started this file and the app has not taken it yet. */
export function hasEarlyJson(url: string): boolean {
  return typeof window !== 'undefined' && window.__reportlensEarlyData?.has(url) === true;
}

/** The early script's result for this URL, once; undefined when it never started it or it was taken. */
export function takeEarlyJson(url: string): EarlyJson | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = window.__reportlensEarlyData?.get(url);
  window.__reportlensEarlyData?.delete(url);
  return early;
}
