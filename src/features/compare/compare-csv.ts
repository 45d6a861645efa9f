import type { TFunction } from '../../lib/i18n';
import { toCsv } from '../../domain/csv';
import type { SourceDocument } from '../../domain/source-document';
import type { Language } from '../../domain/localized-text';
import { UNIT_LABELS } from '../../domain/unit';
import { formatPeriod } from '../../lib/format';
import type { CompareRow } from './compare-rows';

/**
 * Exactly what the comparison shows, one line per value: the qualifier, the
 * number as written, period, scope, and the quote with its offsets. A
 * jurisdiction without a value gets a line saying "not reported", with the
 * value cell left empty (never 0).
 */
export function buildCompareCsv(rows: CompareRow[], documents: SourceDocument[], language: Language, t: TFunction): string {
  const header = (['indicator', 'indicatorId', 'unit', 'jurisdiction', 'code', 'year', 'period', 'value', 'qualifier', 'valueAsWritten', 'relative', 'scope', 'flags', 'document', 'quote', 'start', 'end'] as const).map(
    (key) => t(`compare.csv.${key}`),
  );
  const lines: Array<Array<string | number | null>> = [header];
  for (const row of rows) {
    const { indicator, flags } = row;
    const flagText = (['differentYears', 'differentPeriods', 'differentScopes'] as const)
      .filter((flag) => flags[flag])
      .map((flag) => t(`compare.flags.${flag}`));
    for (const { jurisdiction, latest } of row.cells) {
      const base = [indicator.name[language], indicator.id, UNIT_LABELS[indicator.unit][language], jurisdiction.name[language], jurisdiction.code];
      if (!latest) {
        lines.push([...base, null, null, null, t('compare.table.notReported'), null, null, null, null, null, null, null, null]);
        continue;
      }
      for (const observation of [...latest.levels, ...latest.relatives]) {
        const cellFlags = [...flagText, ...(latest.conflict && !observation.relative ? [t('compare.flags.conflict')] : [])];
        const document = documents.find((d) => d.id === observation.provenance.sourceId);
        lines.push([
          ...base,
          observation.year,
          formatPeriod(observation.period, observation.year, language, t),
          observation.value,
          t(`qualifier.${observation.qualifier}`),
          observation.valueAsWritten,
          observation.relative ? t(`relative.${observation.relative.kind}`, { value: observation.value, base: observation.relative.baseAsWritten }) : null,
          observation.scope.kind === 'jurisdiction' ? t('scope.jurisdiction') : observation.scope.label[language],
          cellFlags.join('; ') || null,
          document?.title[language] ?? observation.provenance.sourceId,
          observation.provenance.quote,
          observation.provenance.start,
          observation.provenance.end,
        ]);
      }
    }
  }
  return toCsv(lines);
}
