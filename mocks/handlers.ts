import { http, HttpResponse } from 'msw';

/**
 * Serves the same files as public/data, bundled through Vite's glob import so
 * one set of handlers works in Node (tests) and in the browser (`npm run dev:mocks`).
 * Tests override single files with server.use(...) to simulate failures.
 */
const jsonFiles = import.meta.glob<unknown>('../public/data/**/*.json', { eager: true, import: 'default' });
const textFiles = import.meta.glob<string>('../public/data/sources/*.txt', { eager: true, query: '?raw', import: 'default' });

function relativeName(modulePath: string): string {
  return modulePath.replace('../public/data/', '');
}

export const fixtures = {
  json: new Map(Object.entries(jsonFiles).map(([p, v]) => [relativeName(p), v])),
  text: new Map(Object.entries(textFiles).map(([p, v]) => [relativeName(p), v])),
};

/** Matches a data file wherever the data base URL points. */
export function dataPath(file: string): string {
  return `*/data/${file}`;
}

export const handlers = [
  http.get(dataPath('*'), ({ request }) => {
    const file = decodeURIComponent(new URL(request.url).pathname.replace(/^.*\/data\//, ''));
    const json = fixtures.json.get(file);
    if (json !== undefined) return HttpResponse.json(json);
    const text = fixtures.text.get(file);
    if (text !== undefined) return HttpResponse.text(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    return new HttpResponse(null, { status: 404 });
  }),
];
