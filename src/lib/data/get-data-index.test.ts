import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, fixtures } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { DataLoadError } from './data-load-error';
import { getDataIndex } from './get-data-index';

type StoredIndex = { jurisdictions: Array<{ code: string }>; summaries: Array<{ indicatorId: string; jurisdictionRanges: Array<[number, number]> }> };
const stored = fixtures.json.get('index.json') as StoredIndex;

describe('getDataIndex', () => {
  it('reads coverage stored as ranges into the code lists the app uses', async () => {
    const index = await getDataIndex();
    expect(index.summaries).toHaveLength(stored.summaries.length);
    index.summaries.forEach((summary, i) => {
      const expected = stored.summaries[i]!.jurisdictionRanges.flatMap(([first, last]) => stored.jurisdictions.slice(first, last + 1).map((j) => j.code));
      expect(summary.jurisdictionCodes).toEqual(expected.sort());
      expect(summary).not.toHaveProperty('jurisdictionRanges');
    });
    expect(index.summaries.find((s) => s.indicatorId === 'hotline.work-orders')?.jurisdictionCodes).toEqual(['440981']);
  });

  it('refuses a range outside the jurisdictions, naming the summary and range', async () => {
    const summaries = stored.summaries.map((s, i) => (i === 2 ? { ...s, jurisdictionRanges: [[0, stored.jurisdictions.length]] } : s));
    server.use(http.get(dataPath('index.json'), () => HttpResponse.json({ ...stored, summaries })));
    const error = await getDataIndex().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).message).toBe(
      `index.json: summaries.2.jurisdictionRanges.0: position ${stored.jurisdictions.length} is out of range (0–${stored.jurisdictions.length - 1})`,
    );
  });
});
