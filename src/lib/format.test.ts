import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeObservation } from '../../test/fixtures/make-observation';
import { formatDate, formatNumber, formatPeriod, formatPeriodShort, formatRelativeBase, formatRelativeValue } from './format';
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

describe('formatRelativeBase', () => {
  const zh = createI18n('zh').t;
  const en = createI18n('en').t;
  const percent = (baseAsWritten: string, baseYear: number | null) => ({ kind: 'percentChange' as const, baseAsWritten, baseYear });
  // Every base form relativeFromQuote (domain/imported-facts.ts) saves, and the curated data's.
  const cases: Array<[string, number | null, string, string]> = [
    ['较2020年同期', 2020, '2020年同期', 'the same period of 2020'],
    ['较2020年', 2020, '2020年', 'the 2020 figure'],
    ['2017年', 2017, '2017年', 'the 2017 figure'],
    ['比去年同期', null, '去年同期', 'the same period last year'],
    ['较上年同期', null, '上年同期', 'the same period last year'],
    ['比上年', null, '上年', 'the previous year’s figure'],
    ['较去年', null, '去年', 'the previous year’s figure'],
    ['同比', null, '上年同期', 'the same period last year'],
    ['环比', null, '上期', 'the previous period'],
    ['较上年末', null, '上年末', 'the end of last year'],
    ['比去年底', null, '去年底', 'the end of last year'],
    ['较2020年末', null, '2020年末', 'the end of 2020'],
    ['比年初', null, '年初', 'the start of the year'],
    ['较上年度', null, '上年度', 'the previous year’s figure'],
    // Nothing it can read: the source's words, quoted in English.
    ['较十三五末', null, '十三五末', '“十三五末” (the source’s words)'],
    // The end of a year, also where the curator recorded the year.
    ['较2020年底', 2020, '2020年底', 'the end of 2020'],
    ['较上年末', 2020, '上年末', 'the end of 2020'],
  ];

  it.each(cases)('words %s (base year %s) as “%s” and “%s”', (written, year, chinese, english) => {
    expect(formatRelativeBase(percent(written, year), 'zh', zh)).toBe(chinese);
    expect(formatRelativeBase(percent(written, year), 'en', en)).toBe(english);
  });

  it('never says 较 twice in a Chinese message, and reads as English after "vs" and "times"', () => {
    for (const [written, year] of cases) {
      expect(zh('relative.percentChange', { value: 10.6, base: formatRelativeBase(percent(written, year), 'zh', zh) })).not.toMatch(/较较|较比|较同比|较环比/);
    }
    expect(zh('relative.percentChange', { value: 10.6, base: formatRelativeBase(percent('较2020年同期', 2020), 'zh', zh) })).toBe('较2020年同期增长 10.6%');
    expect(en('relative.percentChange', { value: 10.6, base: formatRelativeBase(percent('同比', null), 'en', en) })).toBe('10.6% change vs the same period last year');
    const multiple = { kind: 'multiple' as const, baseAsWritten: '2017年', baseYear: 2017 };
    expect(zh('relative.multiple', { value: 2, base: formatRelativeBase(multiple, 'zh', zh) })).toBe('是2017年的 2 倍');
    expect(en('relative.multiple', { value: 2, base: formatRelativeBase(multiple, 'en', en) })).toBe('2 times the 2017 figure');
  });

  it('takes the year from the words when the curator recorded none, and keeps words it cannot read as written', () => {
    expect(formatRelativeBase(percent('较2019年同期', null), 'en', en)).toBe('the same period of 2019');
    expect(formatRelativeBase(percent('基期', null), 'zh', zh)).toBe('基期');
    expect(formatRelativeBase(percent('基期', null), 'en', en)).toBe('“基期” (the source’s words)');
  });
});

describe('formatRelativeValue', () => {
  const zh = createI18n('zh').t;
  const en = createI18n('en').t;
  const multiple = { kind: 'multiple' as const, baseAsWritten: '2017年', baseYear: 2017 };

  it('writes the number with its own qualifier sign and grouped digits, the same on every page', () => {
    const approx = makeObservation({ value: 2, qualifier: 'approx', relative: multiple });
    expect(formatRelativeValue(approx, multiple, 'zh', zh)).toBe('是2017年的 ≈2 倍');
    expect(formatRelativeValue(approx, multiple, 'en', en)).toBe('≈2 times the 2017 figure');
    // A bound keeps its direction: ≥, not the ≈ of an approximate value.
    const growth = { kind: 'percentChange' as const, baseAsWritten: '较2020年同期', baseYear: 2020 };
    const atLeast = makeObservation({ value: 1234.5, qualifier: 'atLeast', relative: growth });
    expect(formatRelativeValue(atLeast, growth, 'zh', zh)).toBe('较2020年同期增长 ≥1,234.5%');
    expect(formatRelativeValue(makeObservation({ value: 10.6, relative: growth }), growth, 'en', en)).toBe('10.6% change vs the same period of 2020');
  });
});
