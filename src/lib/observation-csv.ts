import type { CsvCell } from '../domain/csv';
import { isImportedSourceId } from '../domain/imported-report';
import type { Language } from '../domain/localized-text';
import type { Observation } from '../domain/observation';
import type { SourceDocument } from '../domain/source-document';
import { observationUnit, UNIT_LABELS, type UnitSymbol } from '../domain/unit';
import { formatPeriod } from './format';
import type { TFunction } from './i18n';

// The explorer's and the comparison's downloads describe a value in the same columns, in the same order
// and with the same headers (observation-csv-messages.ts), so whoever checks one spreadsheet can read the other.

/** After a value and its unit: what qualifies it (basis, bound, period, scope, origin, a contradiction in its source). */
export const VALUE_DETAIL_COLUMNS = [
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
] as const;

/** Last on every line: whether the value is reported, the curator's note, and the quote that proves it. */
export const STATUS_AND_SOURCE_COLUMNS = ['status', 'note', 'document', 'quote', 'start', 'end'] as const;

export interface ObservationCsvContext {
  /** The indicator's unit, which a level is in; a relative value has its own (%, times). */
  indicatorUnit: UnitSymbol;
  documents: readonly SourceDocument[];
  language: Language;
  t: TFunction;
  /** The key of the feature's CSV messages (e.g. 'explorer.csv'), which spread in observationCsvMessages. */
  messages: string;
}

/**
 * The cells that depend on the observation alone. The rest of a line (the jurisdiction's and indicator's
 * names, a conflict, the status) each download words its own way.
 */
export function observationCsvCells(o: Observation, { indicatorUnit, documents, language, t, messages }: ObservationCsvContext) {
  const { period, scope, provenance } = o;
  return {
    year: o.year,
    value: o.value,
    unit: UNIT_LABELS[observationUnit(o, indicatorUnit)][language],
    relativeTo: o.relative?.baseAsWritten ?? null,
    qualifier: t(`qualifier.${o.qualifier}`),
    valueAsWritten: o.valueAsWritten,
    period: formatPeriod(period, o.year, language, t),
    periodKind: t(`${messages}.periodKinds.${period.kind}`),
    periodAsWritten: period.asWritten || null,
    // The label as the source words it (市政府系统, 市政府办公厅); its kind in the next column.
    scope: scope.label[language],
    scopeKind: t(`scope.${scope.kind}`),
    origin: isImportedSourceId(provenance.sourceId) ? t('chart.importedMark') : t(`${messages}.curated`),
    note: o.note?.[language] ?? null,
    document: documents.find((d) => d.id === provenance.sourceId)?.title[language] ?? provenance.sourceId,
    quote: provenance.quote,
    start: provenance.start,
    end: provenance.end,
  } satisfies Record<string, CsvCell>;
}
