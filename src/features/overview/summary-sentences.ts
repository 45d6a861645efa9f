import type { TFunction } from '../../lib/i18n';
import type { Coverage } from '../../domain/coverage';
import type { Indicator, Theme } from '../../domain/indicator';
import type { Language } from '../../domain/localized-text';
import type { Observation } from '../../domain/observation';
import { UNIT_LABELS } from '../../domain/unit';
import { formatNumber, formatPeriod, formatObservationValue, formatRelativeValue } from '../../lib/format';
import type { HeadlineEntry } from './headlines';

/** The value in words-friendly form: the qualifier becomes a word in the sentence, so no ≈/≥ sign here. */
function plainValue(observation: Observation, indicator: Indicator, language: Language): string {
  const number = formatNumber(observation.value, language);
  return indicator.unit === '%' ? `${number}%` : `${number} ${UNIT_LABELS[indicator.unit][language]}`;
}

function periodInSentence(observation: Observation, language: Language, t: TFunction): string {
  const period = formatPeriod(observation.period, observation.year, language, t);
  // "Full year 2021" and "As of …" start with a capital in a table; mid-sentence they should not.
  return language === 'en' && observation.period.kind !== 'span' ? period.charAt(0).toLowerCase() + period.slice(1) : period;
}

/**
 * Plain-language sentences for the public, generated from the data with
 * fixed templates: the sentence says only what the figure says, including
 * part-year periods, scope, qualifiers and contradictions.
 */
export function headlineSentence(entry: HeadlineEntry, language: Language, t: TFunction): string {
  const { indicator, jurisdiction, latest } = entry;
  const base = { jurisdiction: jurisdiction.name[language], indicator: indicator.name[language] };
  const [first] = latest.levels;
  if (!first) {
    const relative = latest.relatives[0]!;
    return t('overview.summaries.relativeOnly', {
      ...base,
      period: periodInSentence(relative, language, t),
      relative: formatRelativeValue(relative, relative.relative!, language, t),
    });
  }
  const parts = [
    t(`overview.summaries.sentence.${first.qualifier}`, {
      ...base,
      period: periodInSentence(first, language, t),
      value: plainValue(first, indicator, language),
    }),
  ];
  if (latest.partial) parts.push(t('overview.summaries.partial'));
  if (first.scope.kind !== 'jurisdiction') parts.push(t('overview.summaries.scope', { scope: first.scope.label[language] }));
  if (latest.conflict) {
    const values = latest.levels.map((o) => formatObservationValue(o, indicator, language)).join(language === 'zh' ? '、' : ', ');
    parts.push(t('overview.summaries.conflict', { values }));
  }
  return parts.join(language === 'zh' ? '' : ' ');
}

/** "Of 5 jurisdiction-years, 1 reports figures on the 12345 hotline." */
export function coverageSentence(coverage: Coverage, theme: Theme, t: TFunction): string {
  const row = coverage.themes.indexOf(theme);
  const reported = row === -1 ? 0 : coverage.cells[row]!.filter((c) => c.status !== 'notReported').length;
  return t('overview.summaries.coverage', { columns: coverage.columns.length, reported, theme: t(`theme.${theme}`) });
}
