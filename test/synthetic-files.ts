import { http, HttpResponse } from 'msw';
import { server } from '../mocks/node';

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
