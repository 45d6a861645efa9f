/**
 * Where the app is. The route and its view state both live in the URL's hash,
 * `index.html#/explore?indicator=…&chart=bar`: the path is the part before the
 * `?`, the search the part after it, so a view survives on any static host
 * without a server-side fallback. The page's own search (`?data=synthetic`,
 * before the `#`) is left to the page (src/lib/data/data-base-url.ts).
 *
 * src/lib/router.tsx reads a LocationStore: this file's hash store in the app,
 * an in-memory one in component tests (test/memory-location.ts).
 */

/** Like React Router's location: the parts as the URL writes them (percent-encoded, not decoded). */
export interface AppLocation {
  /** Always starts with '/'. */
  pathname: string;
  /** '' or '?…'. */
  search: string;
  /** '' or '#…' (a second '#' inside the hash; the app writes none). */
  hash: string;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
}

export interface LocationStore {
  /** The current location: the same object for as long as it does not change. */
  current(): AppLocation;
  /** Goes to a path with its search (`/reader/x?start=1`). */
  navigate(to: string, options?: NavigateOptions): void;
  /** Calls `listener` whenever the location may have changed; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The href a link to `to` renders. */
  href(to: string): string;
}

/** Splits `/reader/x?start=1` into its parts, as React Router's parsePath did; a missing leading '/' is added. */
export function parseLocation(path: string): AppLocation {
  let rest = path;
  let hash = '';
  let search = '';
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) {
    hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const searchAt = rest.indexOf('?');
  if (searchAt >= 0) {
    search = rest.slice(searchAt);
    rest = rest.slice(0, searchAt);
  }
  return { pathname: rest.startsWith('/') ? rest : `/${rest}`, search, hash };
}

/** The path a location stands for (`/reader/x?start=1`); an empty '?' or '#' is left out. */
export function locationPath({ pathname, search, hash }: AppLocation): string {
  return pathname + (search === '?' ? '' : search) + (hash === '#' ? '' : hash);
}

/**
 * The browser's location, with the path and search inside the hash. Navigating
 * writes `#` + path with history.pushState/replaceState (which fire no event,
 * so the store tells its own subscribers); Back, Forward and a hash typed in
 * the address bar arrive as popstate/hashchange. Links render `#/…`, which a
 * browser resolves against the page's address, keeping its path and search.
 */
export function createHashLocation(win: Window = window): LocationStore {
  let last: { hash: string; location: AppLocation } | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const current = (): AppLocation => {
    const hash = win.location.hash;
    if (last?.hash !== hash) last = { hash, location: parseLocation(hash.slice(1)) };
    return last.location;
  };
  return {
    current,
    navigate(to, { replace = false } = {}) {
      const url = `#${to}`;
      if (replace) win.history.replaceState(null, '', url);
      else {
        try {
          win.history.pushState(null, '', url);
        } catch {
          // Too many entries (Safari limits pushState): an ordinary navigation still works.
          win.location.assign(url);
        }
      }
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0) {
        win.addEventListener('popstate', notify);
        win.addEventListener('hashchange', notify);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          win.removeEventListener('popstate', notify);
          win.removeEventListener('hashchange', notify);
        }
      };
    },
    href: (to) => `#${to}`,
  };
}
