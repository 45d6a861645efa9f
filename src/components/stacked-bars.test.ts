import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseRuns } from '../domain/chinese-runs';
import { emWidth } from './stacked-bars';

describe('emWidth', () => {
  it('counts a CJK character as one em, a space as 0.35 and anything else as 0.62', () => {
    expect(emWidth('高州市')).toBe(3);
    expect(emWidth('〔〕，')).toBe(3); // CJK brackets and a full-width comma
    expect(emWidth('⺀ㄅ㈠㎡豈')).toBe(5); // a radical, bopomofo, enclosed and compatibility forms, a compatibility ideograph
    expect(emWidth('ab')).toBeCloseTo(1.24);
    expect(emWidth('12,905 (1–10月)')).toBeCloseTo(12 * 0.62 + 0.35 + 1);
    expect(emWidth('')).toBe(0);
  });

  it('takes as one em exactly the characters the language marking reads as Chinese (domain/chinese-runs.ts)', () => {
    const character = fc.integer({ min: 0x2000, max: 0xffef }).filter((code) => code < 0xd800 || code > 0xdfff).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(character, (char) => {
        const chinese = chineseRuns(`a${char}a`).some((run) => run.chinese);
        expect(emWidth(char) === 1).toBe(chinese);
      }),
      { numRuns: 2000 },
    );
  });
});
