import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('formatDate', () => {
  it('writes dates the way each language does (dayjs zh-cn and en locales)', () => {
    expect(formatDate('2021-12-02', 'zh')).toBe('2021年12月2日');
    expect(formatDate('2021-12-02', 'en')).toBe('2 Dec 2021');
    expect(formatDate('2022-09-30', 'en')).toBe('30 Sep 2022');
  });

  it('never shifts a date across midnight, whatever the time zone', () => {
    expect(formatDate('2021-01-01', 'zh')).toBe('2021年1月1日');
    expect(formatDate('2021-12-31', 'en')).toBe('31 Dec 2021');
  });

  it('leaves a malformed date as written rather than inventing one', () => {
    expect(formatDate('not-a-date', 'zh')).toBe('not-a-date');
  });
});

describe('formatNumber', () => {
  it('groups digits per language', () => {
    expect(formatNumber(12905, 'en')).toBe('12,905');
    expect(formatNumber(98.356, 'zh')).toBe('98.36');
  });
});
