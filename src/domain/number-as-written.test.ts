import fc from 'fast-check';
import Nzh from 'nzh';
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
    expect(parseChineseNumeral('十二三')).toBeNull();
    expect(parseChineseNumeral('三点一点四')).toBeNull();
    expect(parseChineseNumeral('五点')).toBeNull();
    expect(parseChineseNumeral('点')).toBeNull();
  });

  it('reads a digit right after a unit in the next lower place, as people write it', () => {
    expect(parseChineseNumeral('二百五')).toBe(250);
    expect(parseChineseNumeral('三千五')).toBe(3500);
    expect(parseChineseNumeral('一万五')).toBe(15000);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('五万三千亿')).toBe(5.3e12);
  });

  it('reads digits without units place by place: 二〇二一', () => {
    expect(parseChineseNumeral('二〇二一')).toBe(2021);
    expect(parseChineseNumeral('一〇')).toBe(10);
    expect(parseChineseNumeral('零')).toBe(0);
  });

  it('reads back every numeral the nzh library writes, integers and decimals (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumeral(Nzh.cn.encodeS(n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 }), (whole, hundredths) => {
        const value = Number(`${whole}.${String(hundredths).padStart(2, '0')}`);
        expect(parseChineseNumeral(Nzh.cn.encodeS(value))).toBe(value);
      }),
    );
  });
});
