import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ExtractionRequest } from '../src/features/import/extraction/extraction-job';
import { server } from '../mocks/node';

// jsdom has no layout engine: ECharts and our resize handling need ResizeObserver to exist.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

/**
 * jsdom has no 2D canvas context: getContext('2d') returns null, and jsdom also
 * prints "Not implemented: HTMLCanvasElement's getContext()" on every call.
 * zrender asks for one at each text measurement (every chart label drawn in a
 * component test) and, given null, estimates widths itself, which is what the
 * chart tests expect. So the answer stays null, without the dozens of lines
 * that buried real warnings in the test output. Other context types are left
 * to jsdom, message included: a test that needs WebGL should hear it has none.
 * Plain assignment, not vi.spyOn: vi.restoreAllMocks() in a test must not undo it.
 */
if (typeof HTMLCanvasElement !== 'undefined') {
  const jsdomGetContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, type: string, ...options: unknown[]) => unknown;
  HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement, type: string, ...options: unknown[]) {
    return type === '2d' ? null : jsdomGetContext.call(this, type, ...options);
  } as typeof HTMLCanvasElement.prototype.getContext;
}

/**
 * jsdom and Node have no Web Worker, and the import page runs extraction only
 * in one (src/features/import/extraction/run-extraction.ts). This stand-in
 * runs the worker's job in-process, asynchronously, and posts the same
 * messages, structured-cloned both ways as a real worker would; so component
 * tests exercise the real engine. It serves extract.worker.ts only.
 */
class ExtractionWorkerStandIn {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private terminated = false;
  private readonly job = import('../src/features/import/extraction/extraction-job');

  constructor(url: string | URL) {
    if (!String(url).includes('extract.worker')) throw new Error(`test/setup.ts has no Worker stand-in for ${String(url)}`);
  }

  postMessage(data: unknown): void {
    const request = structuredClone(data) as ExtractionRequest;
    void this.job.then(
      ({ runExtractionJob }) =>
        setTimeout(() => {
          if (this.terminated) return;
          const message = structuredClone(runExtractionJob(request));
          if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data: message }));
        }, 0),
      (error: unknown) => {
        if (!this.terminated) this.onerror?.({ message: String(error) } as ErrorEvent);
      },
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}
if (typeof globalThis.Worker === 'undefined') globalThis.Worker = ExtractionWorkerStandIn as unknown as typeof Worker;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
