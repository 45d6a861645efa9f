import { startTransition, useEffect, useState } from 'react';

/**
 * False on a component's first render, true once the browser has painted it.
 * Work the first paint does not need (a table of 30,000 jurisdiction-years
 * under a chart, say) waits for it, so the chart shows first instead of after
 * everything. The flip is a transition: typing or clicking meanwhile wins.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, [painted]);
  return painted;
}
