import { startTransition, useEffect, useRef, useState } from 'react';

export interface AfterPaintOptions {
  /** How long `when` may hold things back, in ms (1.5 s by default). */
  maxWaitMs?: number;
  /**
   * Work to do after the paint and before turning true, one step per task.
   * Steps are expected to keep their results (memoised) for the render that
   * follows. Why: built during that render, the same work was one long task
   * (about 100 ms for 30,000 rows) that held back a click or the next
   * indicator arriving meanwhile; in steps, anything else waiting runs
   * between them. A new key drops the steps not yet run.
   */
  prepare?: ReadonlyArray<() => void>;
}

/** Runs `callback` in a later task, behind what the page is waiting to do when the browser can tell (scheduler.postTask). */
function inBackground(callback: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, options: { priority: string; signal: AbortSignal }) => Promise<unknown> } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    scheduler.postTask(callback, { priority: 'background', signal: controller.signal }).catch(() => undefined);
    return () => controller.abort();
  }
  return inTask(callback);
}

/** Runs `callback` in a task of its own (setTimeout 0); returns a cancel function. */
function inTask(callback: () => void): () => void {
  const timeout = setTimeout(callback, 0);
  return () => clearTimeout(timeout);
}

/**
 * Runs `callback` just after the browser's next paint: a frame callback runs
 * just before the paint, and a task queued from it (by `queue`, a plain task
 * by default) runs after. Returns a cancel function.
 */
export function afterNextPaint(callback: () => void, queue: (callback: () => void) => () => void = inTask): () => void {
  let cancelQueued: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    cancelQueued = queue(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelQueued?.();
  };
}

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
export function useAfterPaint(key: string | null = '', when = true, { maxWaitMs = 1500, prepare = [] }: AfterPaintOptions = {}): boolean {
  const [paintedKey, setPaintedKey] = useState<string | null>(null);
  const painted = key !== null && paintedKey === key;
  // The latest steps, read when the paint has happened: new step functions alone do not restart the wait.
  const steps = useRef(prepare);
  useEffect(() => {
    steps.current = prepare;
  }, [prepare]);
  useEffect(() => {
    if (painted || key === null) return;
    let cancelPaintWait: (() => void) | undefined;
    let cancelStep: (() => void) | undefined;
    // Each step in a background task of its own, the first one just after the paint.
    const runSteps = (from: number) => {
      const step = steps.current[from];
      if (step === undefined) {
        startTransition(() => setPaintedKey(key));
        return;
      }
      step();
      cancelStep = inBackground(() => runSteps(from + 1));
    };
    const start = () => {
      cancelPaintWait = afterNextPaint(() => runSteps(0), inBackground);
    };
    const wait = when ? undefined : setTimeout(start, maxWaitMs);
    if (when) start();
    return () => {
      cancelPaintWait?.();
      cancelStep?.();
      clearTimeout(wait);
    };
  }, [painted, when, key, maxWaitMs]);
  return painted;
}
