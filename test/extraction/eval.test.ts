// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../data/catalog/indicators';
import { overallScore, scoreExcerpt, type GoldExcerpt } from '../../src/domain/extraction/evaluate';
import { extractFacts } from '../../src/domain/extraction/extract-facts';

const dir = join(__dirname, '../fixtures/extraction');
const excerpts: GoldExcerpt[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldExcerpt);

describe('labelled evaluation set', () => {
  it('has at least 12 excerpts, seeds and written ones', () => {
    expect(excerpts.length).toBeGreaterThanOrEqual(12);
    expect(excerpts.some((e) => e.id.startsWith('seed-'))).toBe(true);
    expect(excerpts.some((e) => e.id.startsWith('written-'))).toBe(true);
  });

  it('scores F1 ≥ 0.95 on (value, unit) and gets the check verdicts right', () => {
    const scores = excerpts.map((e) => scoreExcerpt(e.id, e, extractFacts(e.text, { indicators })));
    const overall = overallScore(scores);
    const failures = scores.filter((s) => s.f1 < 1).map((s) => ({ id: s.id, missed: s.missed, spurious: s.spurious }));
    expect(overall.f1, JSON.stringify(failures, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(overall.checkAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('scoring', () => {
  it('counts misses, spurious facts and wrong verdicts', () => {
    const score = scoreExcerpt(
      'x',
      { facts: [{ value: 1, unit: '件' }, { value: 2, unit: '件' }], checks: [{ kind: 'rate', verdict: 'consistent', stated: 50 }] },
      {
        facts: [
          { value: 1, unit: '件', qualifier: 'exact', period: null, relative: false, label: '', indicatorId: null, quote: '', start: 0, end: 0 },
          { value: 3, unit: '件', qualifier: 'exact', period: null, relative: false, label: '', indicatorId: null, quote: '', start: 0, end: 0 },
        ],
        checks: [{ kind: 'rate', verdict: 'inconsistent', expected: 40, stated: 50, facts: [] }],
      },
    );
    expect(score).toMatchObject({ truePositives: 1, precision: 0.5, recall: 0.5, checksCorrect: 0, checksTotal: 1 });
  });
});
