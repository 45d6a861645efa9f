import { useCallback } from 'react';
import { useSearchParams } from '../../../lib/router';

/**
 * The reader's view state in the URL: ?start=&end= (the span to highlight and
 * scroll to) and ?theme= (the fact list filter). `lang` is left untouched.
 * Moving between facts replaces the entry, so Back leaves the reader rather
 * than replaying every step.
 */
export function useReaderParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return {
    startParam: params.get('start'),
    endParam: params.get('end'),
    themeParam: params.get('theme'),
    setSpan: useCallback(
      (span: { start: number; end: number } | null) =>
        update({ start: span ? String(span.start) : null, end: span ? String(span.end) : null }),
      [update],
    ),
    setTheme: useCallback((theme: string | null) => update({ theme }), [update]),
  };
}
