import type { TFunction } from './i18n';
import type { Indicator } from '../domain/indicator';
import type { Language } from '../domain/localized-text';
import type { Observation, Period, Qualifier, Relative } from '../domain/observation';
import { observationUnit, UNIT_LABELS } from '../domain/unit';
import { LOCALE_TAGS } from './locale-tags';

/** The sign a reader sees before a qualified number: ≈ about, ≥ at least, ≤ at most. */
export const QUALIFIER_SIGNS: Record<Qualifier, string> = { exact: '', approx: '≈', atLeast: '≥', atMost: '≤' };

const numberFormats = new Map<Language, Intl.NumberFormat>();

function intlFormat(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[language], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** A string of decimal digits plus one in its last place: "0999" → "1000". */
function incremented(digits: string): string {
  const chars = digits.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === '9') chars[i--] = '0';
  if (i < 0) return `1${chars.join('')}`;
  chars[i] = String(Number(chars[i]) + 1);
  return chars.join('');
}

/**
 * 12,905 · 98.36 · -0.5: at most two decimals, digits grouped in threes, exactly as Intl.NumberFormat
 * writes it for zh-CN and en (format.test.ts compares the two on any number). Like Intl, it rounds the
 * shortest decimal that reads back as the number (1.005 → 1.01, where toFixed gives 1.00), half away
 * from zero. Written out because a page's first Intl.NumberFormat loads ICU's number data, about 9 ms
 * on the way to the first chart on a 2-core machine; numbers beyond 1e21 still go to Intl.
 */
export function formatNumber(value: number, language: Language): string {
  const magnitude = Math.abs(value);
  if (!(magnitude < 1e21)) return intlFormat(value, language);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  // Below 1e-6 String() writes an exponent; all such numbers round to zero.
  const shortest = magnitude < 0.001 ? '0' : String(magnitude);
  const point = shortest.indexOf('.');
  const whole = point === -1 ? shortest : shortest.slice(0, point);
  const fraction = point === -1 ? '' : shortest.slice(point + 1);
  let kept = `${whole}${fraction.slice(0, 2).padEnd(2, '0')}`;
  if (fraction.length > 2 && fraction[2]! >= '5') kept = incremented(kept);
  let digits = kept.slice(0, -2);
  const decimals = kept.slice(-2).replace(/0+$/, '');
  for (let i = digits.length - 3; i > 0; i -= 3) digits = `${digits.slice(0, i)},${digits.slice(i)}`;
  return `${sign}${digits}${decimals ? `.${decimals}` : ''}`;
}

/** "≥260 件", "98.36%", "≈2 倍": the number with its qualifier and unit, never rounded away from the source. */
export function formatObservationValue(observation: Observation, indicator: Indicator, language: Language): string {
  const unit = observationUnit(observation, indicator.unit);
  const unitLabel = UNIT_LABELS[unit][language];
  const number = `${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}`;
  return unit === '%' ? `${number}%` : `${number} ${unitLabel}`;
}

/**
 * What a relative value compares with, worded to follow 较 / 是…的 in Chinese and "vs" / "times" in
 * English (the messages under relative.*). Chinese keeps the source's words without their own 较 or 比
 * ("较2020年同期" → "2020年同期", "比去年同期" → "去年同期"), so the message does not say 较 twice, and
 * spells out 同比 (上年同期) and 环比 (上期). English names the base: "the same period of 2020", "the
 * 2017 figure", "the same period last year", "the previous period", "the end of 2020"; the year is the
 * curator's baseYear, else the one the words state. A phrase it cannot read stays in the source's
 * words, quoted as such in English, rather than guessing. Evidence (CSV columns, the quality page) shows baseAsWritten itself, not this.
 */
export function formatRelativeBase(relative: Relative, language: Language, t: TFunction): string {
  const written = relative.baseAsWritten.trim();
  if (written === '同比') return t('relativeBase.samePeriodLastYear');
  if (written === '环比') return t('relativeBase.previousPeriod');
  const phrase = written.replace(/^[较比](?=.)/, '');
  if (language === 'zh') return phrase;
  const yearEnd = /^((?:19|20)\d\d)年(?:底|末)$/.exec(phrase);
  if (yearEnd) return t('relativeBase.endOfYear', { year: Number(yearEnd[1]) });
  if (/^(?:去年|上年)(?:底|末)$/.test(phrase)) {
    return relative.baseYear === null ? t('relativeBase.endOfLastYear') : t('relativeBase.endOfYear', { year: relative.baseYear });
  }
  const samePeriod = phrase.includes('同期');
  const yearInWords = /^((?:19|20)\d\d)年(?:同期)?$/.exec(phrase);
  const year = relative.baseYear ?? (yearInWords ? Number(yearInWords[1]) : null);
  if (year !== null) return t(samePeriod ? 'relativeBase.samePeriodOfYear' : 'relativeBase.year', { year });
  if (/^(?:去年|上年)(?:同期)?$/.test(phrase)) return t(samePeriod ? 'relativeBase.samePeriodLastYear' : 'relativeBase.lastYear');
  if (/^(?:上年度|上一年|前一年)$/.test(phrase)) return t('relativeBase.lastYear');
  if (/^年初$/.test(phrase)) return t('relativeBase.startOfYear');
  // Not guessed at: the source's words, quoted as such.
  return t('relativeBase.asWritten', { phrase });
}

/**
 * A relative value in words, as every page writes it: "较2020年同期增长 ≥12.5%", "是2017年的 ≈2 倍",
 * "≈2 times the 2017 figure". Its number carries its qualifier sign and the page's number format, so
 * the overview, the explorer, a profile, the reader, compare and a briefing say the same.
 */
export function formatRelativeValue(observation: Observation, relative: Relative, language: Language, t: TFunction): string {
  return t(`relative.${relative.kind}`, {
    value: `${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}`,
    base: formatRelativeBase(relative, language, t),
  });
}

/** English month abbreviations, fixed (CLDR's en-GB now writes "Sept"; dates here keep "Sep"). */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO calendar date (YYYY-MM-DD) as each language writes it: 2021年12月2日, 2 Dec 2021. Read as a
 * calendar date, never through a Date in some time zone, so it never shifts across midnight. Anything
 * else (a malformed or impossible date) is left as written rather than inventing one.
 */
export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return isoDate;
  return language === 'zh' ? `${year}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

function monthName(month: number, language: Language): string {
  if (language === 'zh') return String(month);
  return new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

export function formatPeriod(period: Period, year: number, language: Language, t: TFunction): string {
  switch (period.kind) {
    case 'fullYear':
      return t('period.fullYear', { year });
    case 'span':
      // "8月" is one month, not the span "8–8月" ("Aug–Aug 2021").
      if (period.startMonth === period.endMonth) return t('period.month', { year, month: monthName(period.startMonth, language) });
      return t('period.span', { year, start: monthName(period.startMonth, language), end: monthName(period.endMonth, language) });
    case 'asOf':
      return period.date ? t('period.asOf', { date: formatDate(period.date, language) }) : t('period.asOfUnknown', { year });
  }
}

/** Short form for chart labels: "1–10月" / "Jan–Oct", or nothing for a full year. */
export function formatPeriodShort(period: Period, language: Language): string | null {
  if (period.kind === 'span') {
    const range =
      period.startMonth === period.endMonth
        ? monthName(period.startMonth, language)
        : `${monthName(period.startMonth, language)}–${monthName(period.endMonth, language)}`;
    return language === 'zh' ? `${range}月` : range;
  }
  if (period.kind === 'asOf') {
    if (!period.date) return language === 'zh' ? '截至成文时' : 'to date';
    const [, month, day] = period.date.split('-').map(Number) as [number, number, number];
    return language === 'zh' ? `截至${month}月${day}日` : `to ${day} ${monthName(month, language)}`;
  }
  return null;
}
