import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { generateSynthetic, type SyntheticOptions } from '../scripts/generate-synthetic';

/**
 * Serves a synthetic dataset generated in memory (file name → content) at
 * data-synthetic/, as `npm run data:synthetic` would write it; anything else
 * there is a 404.
 */
export function serveSyntheticFiles(files: ReadonlyMap<string, string>): void {
  server.use(
    http.get('*/data-synthetic/*', ({ request }) => {
      const file = decodeURIComponent(new URL(request.url).pathname.replace(/^.*\/data-synthetic\//, ''));
      const content = files.get(file);
      if (content === undefined) return new HttpResponse(null, { status: 404 });
      return file.endsWith('.json') ? HttpResponse.json(JSON.parse(content)) : HttpResponse.text(content);
    }),
  );
}

/** The dataset choice is remembered for the browser session: each test starts from the curated data again. */
export function forgetDatasetChoice(): void {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
}

/**
 * A test file's synthetic dataset: generated in memory once before its tests
 * (`files`, name → content), served at data-synthetic/ by `serve()`, and the
 * dataset choice forgotten after each test.
 */
export function syntheticDatasetForTests(options: SyntheticOptions): { files: Map<string, string>; serve: () => void } {
  const files = new Map<string, string>();
  beforeAll(() => {
    generateSynthetic(options, (file, content) => files.set(file, content));
  });
  afterEach(forgetDatasetChoice);
  return { files, serve: () => serveSyntheticFiles(files) };
}
