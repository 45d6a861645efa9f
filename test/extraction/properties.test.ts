// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../data/catalog/indicators';
import { extractFacts } from '../../src/domain/extraction/extract-facts';
import type { ExtractionResult } from '../../src/domain/extraction/types';

function assertWellFormed(text: string, result: ExtractionResult): void {
  for (const f of result.facts) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(Number.isFinite(f.value)).toBe(true);
  }
  for (const c of result.checks) {
    for (const i of c.facts) expect(i >= 0 && i < result.facts.length).toBe(true);
  }
}

// Pieces of report language, so random strings actually reach the number, period and check paths.
const REPORT_PIECES = [
  '共', '收到', '其中', '件', '宗', '项', '%', '％', '个百分点', '倍', '万', '亿元', '余', '多', '以上', '近', '约', '不到',
  '12', '3.5', '2018', '１２', '，', ',', '、', '。', '\n', '同比增长', '由', '提高至', '截至', '10月底', '11日8日', '1-10月',
  '前三季度', '两', '十', '百分之', '九十五', '第', '〔2021〕', '号', '率', '即办', '“', '”', '(', ')', '😀', '\uD800', '\uDC00', '____',
];
const reportText = fc.array(fc.constantFrom(...REPORT_PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('extractFacts on arbitrary input', () => {
  it('never throws on arbitrary strings, including surrogate pairs and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        assertWellFormed(text, extractFacts(text, { indicators }));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps offsets and quotes exact on report-like strings', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        assertWellFormed(text, extractFacts(text, { indicators }));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a number it is given, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer({ min: 1, max: 999_999 }), (noise, n) => {
        const text = `${noise}。共受理案件${n}件。${noise}`;
        const values = extractFacts(text).facts.filter((f) => f.unit === '件').map((f) => f.value);
        expect(values).toContain(n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('extractFacts scales linearly', () => {
  it('takes roughly four times as long for four times the text', () => {
    const dir = join(__dirname, '../../public/data/sources');
    const unit = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const make = (chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
    const small = make(250_000);
    const large = make(1_000_000);
    const time = (text: string): number => {
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        extractFacts(text, { indicators });
        samples.push(performance.now() - t0);
      }
      return samples.sort((a, b) => a - b)[1] as number;
    };
    time(small); // warm-up
    const ratio = time(large) / Math.max(time(small), 1);
    // Linear work gives about 4; quadratic would give 16. The bound leaves room for a noisy CI machine.
    expect(ratio).toBeLessThan(9);
  });

  it('stays linear on a text with no clause breaks at all', () => {
    const block = (n: number): string => '受理1件'.repeat(n);
    const t = (text: string): number => {
      const t0 = performance.now();
      extractFacts(text);
      return performance.now() - t0;
    };
    t(block(10_000));
    const ratio = t(block(160_000)) / Math.max(t(block(40_000)), 1);
    expect(ratio).toBeLessThan(9);
  });
});
