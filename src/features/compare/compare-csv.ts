import type { TFunction } from '../../lib/i18n';
import { toCsv } from '../../domain/csv';
import { isImportedSourceId } from '../../domain/imported-report';
import { conflictingIds } from '../../domain/latest-values';
import type { Language } from '../../domain/localized-text';
import type { SourceDocument } from '../../domain/source-document';
import { observationUnit, UNIT_LABELS } from '../../domain/unit';
import { formatPeriod } from '../../lib/format';
import type { CompareRow } from './compare-rows';

/** The columns, in order; their headers are compare.csv.<key> in the reader's language. */
export const COMPARE_CSV_COLUMNS = [
  'indicator',
  'indicatorId',
  'jurisdiction',
  'code',
  'year',
  'value',
  'unit',
  'relative',
  'relativeTo',
  'qualifier',
  'valueAsWritten',
  'period',
  'periodKind',
  'periodAsWritten',
  'scope',
  'scopeKind',
  'origin',
  'conflict',
  'flags',
  'status',
  'note',
  'document',
  'quote',
  'start',
  'end',
] as const;
type Column = (typeof COMPARE_CSV_COLUMNS)[number];
type Cell = string | number | null;


/**
 * Exactly the comparison given (the whole of it, or one chart's indicators),
 * one line per value, with everything the table cell shows: the qualifier,
 * the number as written, the period and whether it is part of the year,
 * scope, curated or imported, a conflict in the source, the row's warnings
 * (different years, periods, scopes), the curator's note, and the quote with
 * its offsets. A relative value keeps its own unit (%, times) and its basis
 * in Relative to. A jurisdiction without a value gets a line saying "not
 * reported", with the value cell left empty (never 0).
 */
export function buildCompareCsv(rows: CompareRow[], documents: SourceDocument[], language: Language, t: TFunction): string {
  const line = (cells: Partial<Record<Column, Cell>>): Cell[] => COMPARE_CSV_COLUMNS.map((column) => cells[column] ?? null);
  const lines: Cell[][] = [COMPARE_CSV_COLUMNS.map((key) => t(`compare.csv.${key}`))];
  for (const row of rows) {
    const { indicator, flags } = row;
    const flagText = (['differentYears', 'differentPeriods', 'differentScopes'] as const)
      .filter((flag) => flags[flag])
      .map((flag) => t(`compare.flags.${flag}`))
      .join('; ');
    for (const { jurisdiction, latest } of row.cells) {
      const base = {
        indicator: indicator.name[language],
        indicatorId: indicator.id,
        jurisdiction: jurisdiction.name[language],
        code: jurisdiction.code,
        unit: UNIT_LABELS[indicator.unit][language],
        flags: flagText || null,
      };
      if (!latest) {
        lines.push(line({ ...base, status: t('compare.table.notReported'), note: t('table.notReportedHint') }));
        continue;
      }
      const conflicting = conflictingIds(latest.levels);
      for (const observation of [...latest.levels, ...latest.relatives]) {
        const { relative, period, scope, provenance } = observation;
        const document = documents.find((d) => d.id === provenance.sourceId);
        lines.push(
          line({
            ...base,
            year: observation.year,
            value: observation.value,
            unit: UNIT_LABELS[observationUnit(observation, indicator.unit)][language],
            relative: relative ? t(`compare.csv.relativeKinds.${relative.kind}`) : null,
            relativeTo: relative?.baseAsWritten ?? null,
            qualifier: t(`qualifier.${observation.qualifier}`),
            valueAsWritten: observation.valueAsWritten,
            period: formatPeriod(period, observation.year, language, t),
            periodKind: t(`compare.csv.periodKinds.${period.kind}`),
            periodAsWritten: period.asWritten || null,
            // The label as the source words it (市政府系统, 市政府办公厅); its kind in the next column.
            scope: scope.label[language],
            scopeKind: t(`scope.${scope.kind}`),
            origin: isImportedSourceId(provenance.sourceId) ? t('chart.importedMark') : t('compare.csv.curated'),
            // The two sides of a contradiction only: a full year beside 截至11月底, or a relative value, is not one.
            conflict: conflicting.has(observation.id) ? t('compare.flags.conflict') : null,
            status: relative ? t('compare.csv.relativeValue') : t('compare.csv.reported'),
            note: observation.note?.[language] ?? null,
            document: document?.title[language] ?? provenance.sourceId,
            quote: provenance.quote,
            start: provenance.start,
            end: provenance.end,
          }),
        );
      }
    }
  }
  return toCsv(lines);
}
