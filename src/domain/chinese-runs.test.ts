import fc from 'fast-check';
import { chineseRuns, isCjkCharacter } from './chinese-runs';

const chinese = (text: string) => chineseRuns(text).filter((r) => r.chinese).map((r) => r.text);

describe('chineseRuns', () => {
  it('finds the quotes and terms of the curated English notes', () => {
    expect(chinese('“260多” (260-odd) is a lower bound; written as requests “handled” (办理) by the general office.')).toEqual(['260多', '办理']);
    expect(chinese('a typo for 截至11月8日 (8 November')).toEqual(['截至11月8日']);
    expect(chinese('notice (深府〔2018〕1号), which')).toEqual(['深府〔2018〕1号']);
    expect(chinese('“超23485” (more than 23,485)')).toEqual(['超23485']);
    expect(chinese('“3万余” (30,000-odd)')).toEqual(['3万余']);
  });

  it('reads every CJK character as Chinese, enclosed and compatibility forms (㈠, ㎡) and radicals too', () => {
    expect(chinese('item ㈠ covers 120㎡ and ⺀')).toEqual(['㈠', '120㎡', '⺀']);
    expect(isCjkCharacter('㈠')).toBe(true);
    expect(isCjkCharacter('a')).toBe(false);
  });

  it('keeps runs apart where English words or quotation marks come between them', () => {
    expect(chinese('政策解读 and 办理')).toEqual(['政策解读', '办理']);
    expect(chinese('“拟”: planned; “拟”')).toEqual(['拟', '拟']);
  });

  it('does not take the full stop of the sentence before', () => {
    expect(chineseRuns('bound.260多')).toEqual([
      { text: 'bound.', chinese: false },
      { text: '260多', chinese: true },
    ]);
  });

  it('finds nothing in English alone, numbers included', () => {
    expect(chineseRuns('Written in 2021, 3.5% more.')).toEqual([{ text: 'Written in 2021, 3.5% more.', chinese: false }]);
    expect(chineseRuns('')).toEqual([]);
  });

  it('gives the text back unchanged, in runs that alternate and are never empty', () => {
    const piece = fc.constantFrom('办理', '截至', '〔', '1', '60', '.', ',', ' ', 'a', 'of', '“', '”', '(', ')', '%', '万');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        const runs = chineseRuns(text);
        expect(runs.map((r) => r.text).join('')).toBe(text);
        for (const [i, run] of runs.entries()) {
          expect(run.text.length).toBeGreaterThan(0);
          if (i > 0 && !run.chinese) expect(runs[i - 1]!.chinese).toBe(true);
          if (run.chinese) expect(run.text).toMatch(/[\u3000-\u303f\u4e00-\u9fff]/u);
        }
      }),
    );
  });
});
