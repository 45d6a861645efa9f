import { runExtractionJob, type ExtractionRequest } from './extraction-job';

/**
 * Extraction off the main thread: a 5 MB report takes about a second, during
 * which the page keeps responding (typing, scrolling, cancelling).
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ExtractionRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  scope.postMessage(runExtractionJob(event.data));
};
