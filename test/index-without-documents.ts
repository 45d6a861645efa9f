import { http, HttpResponse } from 'msw';
import { dataPath, fixtures } from '../mocks/handlers';
import { server } from '../mocks/node';

/**
 * Serves the curated index.json with no documents, as a curated or a
 * synthetic dataset: how a page reads when there is nothing from a document
 * to show (the synthetic data has none; a new deployment may have none yet).
 */
export function serveIndexWithoutDocuments(kind: 'curated' | 'synthetic'): void {
  const index = fixtures.json.get('index.json') as { dataset: object };
  server.use(http.get(dataPath('index.json'), () => HttpResponse.json({ ...index, documents: [], dataset: { ...index.dataset, kind } })));
}
