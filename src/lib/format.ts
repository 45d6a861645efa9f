import type { TFunction } from 'i18next';
import type { Indicator } from '../domain/indicator';
import type { Language } from '../domain/localized-text';
import type { Observation, Period, Qualifier } from '../domain/observation';
import { UNIT_LABELS } from '../domain/unit';
import { LOCALE_TAGS } from './i18n';

/** The sign a reader sees before a qualified number: ≈ about, ≥ at least, ≤ at most. */
export const QUALIFIER_SIGNS: Record<Qualifier, string> = { exact: '', approx: '≈', atLeast: '≥', atMost: '≤' };

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE_TAGS[language], { maximumFractionDigits: 2 }).format(value);
}

const RELATIVE_UNITS = { percentChange: '%', pointChange: '个百分点', multiple: '倍' } as const;

/** "≥260 件", "98.36%", "≈2 倍": the number with its qualifier and unit, never rounded away from the source. */
export function formatObservationValue(observation: Observation, indicator: Indicator, language: Language): string {
  const unit = observation.relative ? RELATIVE_UNITS[observation.relative.kind] : indicator.unit;
  const unitLabel = UNIT_LABELS[unit][language];
  const number = `${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}`;
  return unit === '%' ? `${number}%` : `${number} ${unitLabel}`;
}

export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (language === 'zh') return `${year}年${month}月${day}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
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
      return t('period.span', { year, start: monthName(period.startMonth, language), end: monthName(period.endMonth, language) });
    case 'asOf':
      return period.date ? t('period.asOf', { date: formatDate(period.date, language) }) : t('period.asOfUnknown', { year });
  }
}

/** Short form for chart labels: "1–10月" / "Jan–Oct", or nothing for a full year. */
export function formatPeriodShort(period: Period, language: Language): string | null {
  if (period.kind === 'span') {
    const range = `${monthName(period.startMonth, language)}–${monthName(period.endMonth, language)}`;
    return language === 'zh' ? `${range}月` : range;
  }
  if (period.kind === 'asOf') {
    if (!period.date) return language === 'zh' ? '截至成文时' : 'to date';
    const [, month, day] = period.date.split('-').map(Number) as [number, number, number];
    return language === 'zh' ? `截至${month}月${day}日` : `to ${day} ${monthName(month, language)}`;
  }
  return null;
}
