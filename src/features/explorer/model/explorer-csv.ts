import type { TFunction } from '../../../lib/i18n';
import { csvLine, toCsv, type CsvCell } from '../../../domain/csv';
import type { Indicator } from '../../../domain/indicator';
import type { IndicatorRow } from '../../../domain/indicator-view';
import { conflictingIds } from '../../../domain/latest-values';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import type { SourceDocument } from '../../../domain/source-document';
import { UNIT_LABELS } from '../../../domain/unit';
import { observationCsvCells, STATUS_AND_SOURCE_COLUMNS, VALUE_DETAIL_COLUMNS } from '../../../lib/observation-csv';
import type { ExplorerEntry } from './explorer-rows';

export interface ExplorerCsvInput {
  indicator: Indicator;
  entries: ExplorerEntry[];
  missing: IndicatorRow[];
  relatives: Observation[];
  documents: SourceDocument[];
  jurisdictionName: (code: string) => string;
  language: Language;
  t: TFunction;
}

/** The columns, in order; their headers are explorer.csv.<key> in the reader's language. */
export const EXPLORER_CSV_COLUMNS = [
  'jurisdiction',
  'code',
  'year',
  'indicator',
  'value',
  'unit',
  ...VALUE_DETAIL_COLUMNS,
  'rank',
  'change',
  ...STATUS_AND_SOURCE_COLUMNS,
] as const;
type Column = (typeof EXPLORER_CSV_COLUMNS)[number];

/**
 * Exactly the rows given (the table's, or one chart's), with everything the
 * table row shows and what is needed to check each number: the qualifier
 * (exact, approximate, a bound), the period and whether it is part of the
 * year, scope, curated or imported, a conflict in the source, the curator's
 * note, and the quote with its offsets. A relative value keeps the value in
 * Value, its own unit (%, times) in Unit and its basis ("2017年") in
 * Relative to. Not-reported rows stay, with an empty value (never 0).
 */
export function buildExplorerCsv(input: ExplorerCsvInput): string {
  const { indicator, entries, missing, relatives, documents, jurisdictionName, language, t } = input;
  const indicatorName = indicator.name[language];
  const row = (cells: Partial<Record<Column, CsvCell>>) => csvLine(EXPLORER_CSV_COLUMNS, cells);
  const context = { indicatorUnit: indicator.unit, documents, language, t, messages: 'explorer.csv' };
  const observationCells = (o: Observation): Partial<Record<Column, CsvCell>> => ({
    jurisdiction: jurisdictionName(o.jurisdictionCode),
    code: o.jurisdictionCode,
    indicator: indicatorName,
    ...observationCsvCells(o, context),
  });

  const rows: CsvCell[][] = [EXPLORER_CSV_COLUMNS.map((key) => t(`explorer.csv.${key}`))];
  // Both figures of a contradicting pair carry the flag, so a filtered spreadsheet never shows one of them as if it stood alone.
  const conflicting = conflictingIds([...new Set(entries.map((e) => e.row))].flatMap((r) => r.levels));
  for (const entry of entries) {
    const o = entry.observation;
    const conflict = conflicting.has(o.id);
    rows.push(
      row({
        ...observationCells(o),
        conflict: conflict ? t('table.conflict') : null,
        rank: entry.rank,
        change: entry.change.kind === 'change' ? entry.change.absolute : t(`explorer.changeNone.${entry.change.reason}`),
        status: t('explorer.csv.reported'),
      }),
    );
  }
  for (const missingRow of missing) {
    rows.push(
      row({
        jurisdiction: missingRow.jurisdiction.name[language],
        code: missingRow.jurisdiction.code,
        year: missingRow.year,
        indicator: indicatorName,
        unit: UNIT_LABELS[indicator.unit][language],
        status: t('table.notReported'),
        note: t('table.notReportedHint'),
      }),
    );
  }
  for (const o of relatives) {
    rows.push(row({ ...observationCells(o), status: t(`explorer.csv.relativeKinds.${o.relative!.kind}`) }));
  }
  return toCsv(rows);
}
