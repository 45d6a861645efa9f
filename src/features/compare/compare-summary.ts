import type { Language } from '../../domain/localized-text';
import type { Observation } from '../../domain/observation';
import { formatPeriod } from '../../lib/format';
import type { TFunction } from '../../lib/i18n';
import type { CompareRow } from './compare-rows';

/**
 * A compare chart in words: one sentence per indicator, its jurisdictions from the highest value to the
 * lowest, each with its period and scope, then those that do not report it. Values are only ever set
 * against the same indicator's: a chart that groups 行政复议申请 and 依申请公开 because both count 件
 * does not make one the other's "highest" (the explorer's summary did, and counted each indicator ×
 * jurisdiction as a jurisdiction).
 */
export function compareSummaryLines(rows: readonly CompareRow[], language: Language, t: TFunction, formatValue: (level: Observation) => string): string[] {
  const separator = t('compare.chart.summarySeparator');
  return rows.map((row) => {
    const reported = row.cells
      .filter((cell) => (cell.latest?.levels.length ?? 0) > 0)
      .map((cell) => ({ cell, levels: cell.latest!.levels }))
      .sort((a, b) => Math.max(...b.levels.map((l) => l.value)) - Math.max(...a.levels.map((l) => l.value)));
    const parts = reported.map(({ cell, levels }) => {
      const jurisdiction = cell.jurisdiction.name[language];
      const values = levels.map((level) => {
        const scope = level.scope.kind === 'jurisdiction' ? '' : t('compare.chart.summaryScope', { scope: level.scope.label[language] });
        return t('compare.chart.summaryValue', { value: formatValue(level), period: formatPeriod(level.period, level.year, language, t), scope });
      });
      const conflict = cell.latest!.conflict ? t('compare.chart.summaryConflict') : '';
      return `${jurisdiction} ${values.join(' / ')}${conflict}`;
    });
    const names = (cells: typeof row.cells) => cells.map((c) => c.jurisdiction.name[language]).join(t('compare.chart.summaryListComma'));
    const relativeOnly = row.cells.filter((cell) => cell.latest !== null && cell.latest.levels.length === 0);
    if (relativeOnly.length > 0) parts.push(t('compare.chart.summaryRelativeOnly', { jurisdictions: names(relativeOnly) }));
    const silent = row.cells.filter((cell) => cell.latest === null);
    if (silent.length > 0) parts.push(t('compare.chart.summaryNotReported', { jurisdictions: names(silent) }));
    return t('compare.chart.summaryLine', { indicator: row.indicator.name[language], values: parts.join(separator) });
  });
}
