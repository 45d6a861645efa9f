import type { TFunction } from '../../../lib/i18n';
import { toCsv } from '../../../domain/csv';
import type { Indicator } from '../../../domain/indicator';
import type { IndicatorRow } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import type { SourceDocument } from '../../../domain/source-document';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatPeriod } from '../../../lib/format';
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

/**
 * Exactly the rows the table shows (filters applied), with everything needed
 * to check each number: qualifier, the number as written, period, scope and
 * the quote with its offsets. Not-reported rows stay, with an empty value.
 */
export function buildExplorerCsv(input: ExplorerCsvInput): string {
  const { indicator, entries, missing, relatives, documents, jurisdictionName, language, t } = input;
  const documentTitle = (id: string) => documents.find((d) => d.id === id)?.title[language] ?? id;
  const unit = UNIT_LABELS[indicator.unit][language];
  const header = ['jurisdiction', 'code', 'year', 'indicator', 'value', 'unit', 'qualifier', 'valueAsWritten', 'period', 'scope', 'rank', 'change', 'status', 'document', 'quote', 'start', 'end'].map(
    (key) => t(`explorer.csv.${key}`),
  );
  const observationColumns = (o: Observation) => [
    formatPeriod(o.period, o.year, language, t),
    o.scope.label[language],
  ];
  const provenanceColumns = (o: Observation) => [documentTitle(o.provenance.sourceId), o.provenance.quote, o.provenance.start, o.provenance.end];
  const rows: Array<Array<string | number | null>> = [header];
  for (const entry of entries) {
    const o = entry.observation;
    rows.push([
      jurisdictionName(o.jurisdictionCode),
      o.jurisdictionCode,
      o.year,
      indicator.name[language],
      o.value,
      unit,
      t(`qualifier.${o.qualifier}`),
      o.valueAsWritten,
      ...observationColumns(o),
      entry.rank,
      entry.change.kind === 'change' ? entry.change.absolute : t(`explorer.changeNone.${entry.change.reason}`),
      t('explorer.csv.reported'),
      ...provenanceColumns(o),
    ]);
  }
  for (const row of missing) {
    rows.push([row.jurisdiction.name[language], row.jurisdiction.code, row.year, indicator.name[language], null, unit, null, null, null, null, null, null, t('table.notReported'), null, null, null, null]);
  }
  for (const o of relatives) {
    rows.push([
      jurisdictionName(o.jurisdictionCode),
      o.jurisdictionCode,
      o.year,
      indicator.name[language],
      o.value,
      t(`relative.${o.relative!.kind}`, { value: o.value, base: o.relative!.baseAsWritten }),
      t(`qualifier.${o.qualifier}`),
      o.valueAsWritten,
      ...observationColumns(o),
      null,
      null,
      t('explorer.csv.relative'),
      ...provenanceColumns(o),
    ]);
  }
  return toCsv(rows);
}
