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
