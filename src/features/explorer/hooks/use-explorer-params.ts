import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The explorer's view state lives in the URL (?indicator=…&obs=…), so a
 * reload or a shared link shows the same indicator and the same selected value.
 */
export function useExplorerParams() {
  const [params, setParams] = useSearchParams();
  const indicatorParam = params.get('indicator');
  const observationParam = params.get('obs');

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
        { replace: false },
      );
    },
    [setParams],
  );

  return {
    indicatorParam,
    observationParam,
    selectIndicator: useCallback((id: string) => update({ indicator: id, obs: null }), [update]),
    selectObservation: useCallback((id: string | null) => update({ obs: id }), [update]),
  };
}
