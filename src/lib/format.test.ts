import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPeriod, formatPeriodShort } from './format';
import { createI18n } from './i18n';

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

  it('writes exactly what Intl.NumberFormat writes, for any number', () => {
    const intl = { zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }), en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }) };
    const edges = [0, -0, 0.005, 0.015, 1.005, -1.005, 2.675, 999.995, 1000, 999999.999, -1234567.891, 1e20, 9.99e20, 1e21, 1e300, 5e-324, NaN, Infinity, -Infinity];
    for (const value of edges) {
      expect(formatNumber(value, 'zh'), String(value)).toBe(intl.zh.format(value));
      expect(formatNumber(value, 'en'), String(value)).toBe(intl.en.format(value));
    }
    // Values as reports state them (two decimals at most) and any double at all.
    const stated = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.oneof(stated, fc.double()), fc.constantFrom('zh' as const, 'en' as const), (value, language) => {
        expect(formatNumber(value, language)).toBe(intl[language].format(value));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatPeriod', () => {
  const i18n = createI18n('zh');
  const august = { kind: 'span', startMonth: 8, endMonth: 8, asWritten: '8月' } as const;
  const janToOct = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } as const;

  it('writes a one-month span as that month, not "8–8月" or "Aug–Aug"', () => {
    void i18n.changeLanguage('zh');
    expect(formatPeriod(august, 2021, 'zh', i18n.t)).toBe('2021年8月');
    expect(formatPeriod(janToOct, 2021, 'zh', i18n.t)).toBe('2021年1–10月');
    void i18n.changeLanguage('en');
    expect(formatPeriod(august, 2021, 'en', i18n.t)).toBe('Aug 2021');
    expect(formatPeriod(janToOct, 2021, 'en', i18n.t)).toBe('Jan–Oct 2021');
    expect(formatPeriodShort(august, 'zh')).toBe('8月');
    expect(formatPeriodShort(august, 'en')).toBe('Aug');
    expect(formatPeriodShort(janToOct, 'en')).toBe('Jan–Oct');
  });
});
