import { parseLocation, type AppLocation, type LocationStore } from '../src/lib/hash-location';

/**
 * An in-memory LocationStore for component tests (as React Router's
 * MemoryRouter was): starts at `url`, navigates without touching the
 * browser's address, and renders links as the bare path (`/reader/x?start=1`).
 * `entries` lists the history, oldest first.
 */
export function createMemoryLocation(url = '/'): LocationStore & { readonly entries: readonly string[] } {
  const entries = [url];
  let location: AppLocation = parseLocation(url);
  const listeners = new Set<() => void>();
  return {
    entries,
    current: () => location,
    navigate(to, { replace = false } = {}) {
      if (replace) entries[entries.length - 1] = to;
      else entries.push(to);
      location = parseLocation(to);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    href: (to) => to,
  };
}
