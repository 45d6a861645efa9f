import type { TFunction } from '../../lib/i18n';
import { csvLine, toCsv, type CsvCell } from '../../domain/csv';
import { conflictingIds } from '../../domain/latest-values';
import type { Language } from '../../domain/localized-text';
import type { SourceDocument } from '../../domain/source-document';
import { UNIT_LABELS } from '../../domain/unit';
import { observationCsvCells, STATUS_AND_SOURCE_COLUMNS, VALUE_DETAIL_COLUMNS } from '../../lib/observation-csv';
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
  ...VALUE_DETAIL_COLUMNS,
  'flags',
  ...STATUS_AND_SOURCE_COLUMNS,
] as const;
type Column = (typeof COMPARE_CSV_COLUMNS)[number];

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
  const line = (cells: Partial<Record<Column, CsvCell>>) => csvLine(COMPARE_CSV_COLUMNS, cells);
  const lines: CsvCell[][] = [COMPARE_CSV_COLUMNS.map((key) => t(`compare.csv.${key}`))];
  for (const row of rows) {
    const { indicator, flags } = row;
    const flagText = (['differentYears', 'differentPeriods', 'differentScopes'] as const)
      .filter((flag) => flags[flag])
      .map((flag) => t(`compare.flags.${flag}`))
      .join('; ');
    const context = { indicatorUnit: indicator.unit, documents, language, t, messages: 'compare.csv' };
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
        const { relative } = observation;
        lines.push(
          line({
            ...base,
            ...observationCsvCells(observation, context),
            relative: relative ? t(`compare.csv.relativeKinds.${relative.kind}`) : null,
            // The two sides of a contradiction only: a full year beside 截至11月底, or a relative value, is not one.
            conflict: conflicting.has(observation.id) ? t('compare.flags.conflict') : null,
            status: relative ? t('compare.csv.relativeValue') : t('compare.csv.reported'),
          }),
        );
      }
    }
  }
  return toCsv(lines);
}
