import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumberAsWritten } from './number-as-written';

describe('parseNumberAsWritten', () => {
  it.each([
    ['12905', 12905, 'exact', false],
    ['98.36%', 98.36, 'exact', true],
    ['260多', 260, 'atLeast', false],
    ['3万余', 30000, 'atLeast', false],
    ['600余', 600, 'atLeast', false],
    ['近1358', 1358, 'approx', false],
    ['约1358', 1358, 'approx', false],
    ['超23485', 23485, 'atLeast', false],
    ['不到50', 50, 'atMost', false],
    ['１，２３４', 1234, 'exact', false],
    ['1,234.5', 1234.5, 'exact', false],
    ['121312万', 1213120000, 'exact', false],
    ['1.2亿', 120000000, 'exact', false],
    ['六', 6, 'exact', false],
    ['两千余', 2000, 'atLeast', false],
    ['两期以上', 2, 'atLeast', false],
    ['100人左右', 100, 'approx', false],
    ['百分之九十五', 95, 'exact', true],
  ] as const)('%s → %d (%s)', (written, value, qualifier, isPercent) => {
    expect(parseNumberAsWritten(written)).toEqual({ value, qualifier, isPercent });
  });

  it.each(['', 'abc', '12345热线', '〔2021〕30号', '第十条x'])('rejects %j', (written) => {
    expect(parseNumberAsWritten(written)).toBeNull();
  });
});

describe('parseChineseNumeral', () => {
  it('reads 两 and 〇, which the numeral library does not know', () => {
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseChineseNumeral('一〇')).not.toBeNull();
    expect(parseChineseNumeral('十')).toBe(10);
  });
  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('十四五规划')).toBeNull();
  });
});
