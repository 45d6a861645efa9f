import { startTransition, useEffect, useState } from 'react';

/**
 * False until the browser has painted what was rendered for `key` once
 * `when` holds, then true until `key` changes; a null key (nothing to show
 * yet, say the data is still loading) is never painted. Work the first paint does not
 * need (a table of 30,000 jurisdiction-years under a chart, say) waits for
 * it, so the chart shows first instead of after everything; a new key (the
 * next indicator) starts over without remounting anything. `when` is a wish,
 * not a lock: after `maxWaitMs` the work goes ahead anyway, so a chart that
 * never draws (its chunk failed to load) cannot hold the table back for good.
 * The flip is a transition: typing or clicking meanwhile wins.
 */
export function useAfterPaint(key: string | null = '', when = true, maxWaitMs = 1500): boolean {
  const [paintedKey, setPaintedKey] = useState<string | null>(null);
  const painted = key !== null && paintedKey === key;
  useEffect(() => {
    if (painted || key === null) return;
    let frame: number | undefined;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const afterNextPaint = () => {
      // A frame callback runs just before the paint; a task queued from it runs after.
      frame = requestAnimationFrame(() => {
        timeout = setTimeout(() => startTransition(() => setPaintedKey(key)), 0);
      });
    };
    const wait = when ? undefined : setTimeout(afterNextPaint, maxWaitMs);
    if (when) afterNextPaint();
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timeout);
      clearTimeout(wait);
    };
  }, [painted, when, key, maxWaitMs]);
  return painted;
}
