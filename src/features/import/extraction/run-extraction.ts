import type { ExtractionMessage, ExtractionOutput, ExtractionRequest } from './extraction-job';

export interface ExtractionHandle {
  result: Promise<ExtractionOutput>;
  /** Stops the work (the worker is terminated); the promise then never settles. */
  cancel: () => void;
}

/** The browser cannot run a module Web Worker, so extraction cannot run at all. */
export class ExtractionUnavailableError extends Error {
  constructor() {
    super('this browser cannot run Web Workers, which the extraction needs');
    this.name = 'ExtractionUnavailableError';
  }
}

/**
 * The worker did not load, or stopped before it answered: its chunk failed to download (the network, or a
 * deploy that replaced it), or it crashed. Not the engine's own failure (that comes back as a message), and
 * worth another try, which a deterministic engine error is not.
 */
export class ExtractionWorkerError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ExtractionWorkerError';
  }
}

/**
 * Runs extraction in a Web Worker (Vite bundles extract.worker.ts as a module
 * worker), so a 5 MB report never blocks the page and the extraction engine
 * ships in the worker's chunk only, never in the page's. Without Worker
 * support the result rejects with ExtractionUnavailableError. Tests under
 * jsdom get an in-process stand-in (test/setup.ts).
 */
export function runExtraction(request: ExtractionRequest): ExtractionHandle {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    const result = new Promise<ExtractionOutput>((_resolve, reject) => {
      queueMicrotask(() => {
        if (!cancelled) reject(new ExtractionUnavailableError());
      });
    });
    return { result, cancel: () => (cancelled = true) };
  }
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<ExtractionOutput>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExtractionMessage>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.output);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // A module worker whose script did not load gets a plain Event, with no message.
      reject(new ExtractionWorkerError(event.message || 'the extraction worker did not load'));
    };
  });
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}
