import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches now, kept current as it changes (a phone
 * turned, a window resized). False where the environment has no matchMedia
 * (jsdom), so components render their wide-screen form there.
 */
export function useMediaQuery(query: string): boolean {
  // One MediaQueryList per query, read by every render's snapshot rather than parsed again for each.
  const list = useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null), [query]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [list],
  );
  return useSyncExternalStore(subscribe, () => list?.matches ?? false, () => false);
}
