import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('formatDate', () => {
  it('writes dates the way each language does: 2021年12月2日, 2 Dec 2021 (never "Sept")', () => {
    expect(formatDate('2021-12-02', 'zh')).toBe('2021年12月2日');
    expect(formatDate('2021-12-02', 'en')).toBe('2 Dec 2021');
    expect(formatDate('2022-09-30', 'en')).toBe('30 Sep 2022');
    expect(formatDate('2022-05-09', 'zh')).toBe('2022年5月9日');
    expect(formatDate('2022-05-09T23:30:00Z', 'en')).toBe('9 May 2022');
  });

  it('never shifts a date across midnight, whatever the time zone', () => {
    expect(formatDate('2021-01-01', 'zh')).toBe('2021年1月1日');
    expect(formatDate('2021-12-31', 'en')).toBe('31 Dec 2021');
  });

  it('leaves a malformed or impossible date as written rather than inventing one', () => {
    expect(formatDate('not-a-date', 'zh')).toBe('not-a-date');
    expect(formatDate('2021-02-30', 'zh')).toBe('2021-02-30');
    expect(formatDate('2021-13-01', 'en')).toBe('2021-13-01');
  });
});

describe('formatNumber', () => {
  it('groups digits per language', () => {
    expect(formatNumber(12905, 'en')).toBe('12,905');
    expect(formatNumber(98.356, 'zh')).toBe('98.36');
  });
});
