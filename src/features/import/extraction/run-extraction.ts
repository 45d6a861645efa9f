import { runExtractionJob, type ExtractionOutput, type ExtractionRequest } from './extraction-job';

export interface ExtractionHandle {
  result: Promise<ExtractionOutput>;
  /** Stops the work (the worker is terminated); the promise then never settles. */
  cancel: () => void;
}

/**
 * Runs extraction in a Web Worker where the browser has one (Vite bundles
 * extract.worker.ts as a module worker), else on the main thread after a
 * tick so the "extracting" status renders first (jsdom in tests has no Worker).
 */
export function runExtraction(request: ExtractionRequest): ExtractionHandle {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    const result = new Promise<ExtractionOutput>((resolve, reject) => {
      setTimeout(() => {
        if (cancelled) return;
        const message = runExtractionJob(request);
        if (message.ok) resolve(message.output);
        else reject(new Error(message.message));
      }, 0);
    });
    return { result, cancel: () => (cancelled = true) };
  }
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<ExtractionOutput>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ok: true; output: ExtractionOutput } | { ok: false; message: string }>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.output);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the extraction worker failed'));
    };
  });
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}
