import { describe, expect, it } from 'vitest';
import { DataLoadError } from './data/data-load-error';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('retries what a retry can fix: network errors and 5xx, at most twice', () => {
    expect(shouldRetry(0, new DataLoadError({ kind: 'network', file: 'f' }))).toBe(true);
    expect(shouldRetry(1, new DataLoadError({ kind: 'http', file: 'f', status: 503 }))).toBe(true);
    expect(shouldRetry(2, new DataLoadError({ kind: 'http', file: 'f', status: 503 }))).toBe(false);
  });
  it('does not retry what will not heal: 404, malformed JSON, schema errors', () => {
    expect(shouldRetry(0, new DataLoadError({ kind: 'http', file: 'f', status: 404 }))).toBe(false);
    expect(shouldRetry(0, new DataLoadError({ kind: 'json', file: 'f' }))).toBe(false);
    expect(shouldRetry(0, new DataLoadError({ kind: 'schema', file: 'f', issues: [] }))).toBe(false);
  });
});
