import type { TFunction } from '../../lib/i18n';
import type { ChartExportFrame } from '../../components/chart-export';
import { chartMarkItems, type ChartMarkItem } from '../../components/chart-legend';
import { isImportedSourceId } from '../../domain/imported-report';
import type { Language } from '../../domain/localized-text';
import type { SourceDocument } from '../../domain/source-document';
import { UNIT_LABELS, type UnitSymbol } from '../../domain/unit';
import { formatDate } from '../../lib/format';
import type { CompareRow } from './compare-rows';

/**
 * The unit as a file name part, in the reader's language ("items", "件"):
 * an English file is not named after a Chinese unit, and "%" is no file
 * name character.
 */
export function unitFileNamePart(unit: UnitSymbol, language: Language): string {
  return unit === '%' ? 'pct' : UNIT_LABELS[unit][language];
}

/** The documents behind one chart's values (its indicators only), in the index's order. */
export function documentsBehind(rows: CompareRow[], documents: SourceDocument[]): SourceDocument[] {
  const ids = new Set(rows.flatMap((r) => r.cells.flatMap((c) => [...(c.latest?.levels ?? []), ...(c.latest?.relatives ?? [])].map((o) => o.provenance.sourceId))));
  return documents.filter((d) => ids.has(d.id));
}

/**
 * The marks one comparison chart draws (hatched, dashed, the word "imported"; no bar where a jurisdiction
 * does not report), explained in the reader's language: the legend under the chart on the page and the
 * one in its PNG and SVG are this one list.
 */
export function compareChartMarks(rows: CompareRow[], t: TFunction): ChartMarkItem[] {
  const levels = rows.flatMap((r) => r.cells.flatMap((c) => c.latest?.levels ?? []));
  return chartMarkItems(levels, { chart: 'bar', gaps: rows.some((r) => r.flags.notReported), imported: (o) => isImportedSourceId(o.provenance.sourceId) }, t);
}

export interface CompareChartExportInput {
  /** One chart's rows (indicators sharing a unit). */
  rows: CompareRow[];
  unit: UnitSymbol;
  /** The chosen year; null: each jurisdiction's latest. */
  year: number | null;
  documents: SourceDocument[];
  /** The link to this comparison, where every value's quote is one click away. */
  link: string;
  /** ISO date of the download. */
  today: string;
  height: number;
  language: Language;
  t: TFunction;
}

/**
 * Everything an exported comparison chart says besides its bars: title,
 * subtitle with unit, the legend of the marks it uses, what differs in each
 * row (years, periods, scopes, jurisdictions not reporting), which drawn
 * figure covers less than the whole jurisdiction (深圳's General Office),
 * and a source line naming each document (issuer, title, date) and the link
 * back to the quotes.
 */
export function compareChartFrame(input: CompareChartExportInput): ChartExportFrame {
  const { rows, unit, year, documents, link, today, height, language, t } = input;
  const list = (items: string[]) => items.join(language === 'zh' ? '、' : ', ');
  const unitLabel = UNIT_LABELS[unit][language];
  const notes: string[] = [];
  for (const row of rows) {
    const flags = (['differentYears', 'differentPeriods', 'differentScopes', 'notReported'] as const).filter((flag) => row.flags[flag]);
    if (flags.length > 0) notes.push(t('compare.download.rowNote', { indicator: row.indicator.name[language], flags: list(flags.map((flag) => t(`compare.flags.${flag}`))) }));
    for (const { jurisdiction, latest } of row.cells) {
      for (const observation of latest?.levels ?? []) {
        if (observation.scope.kind === 'jurisdiction') continue;
        notes.push(
          t('compare.download.scopeNote', {
            name: jurisdiction.name[language],
            indicator: row.indicator.name[language],
            scope: observation.scope.label[language],
            kind: t(`scope.${observation.scope.kind}`),
          }),
        );
      }
    }
  }
  const sources = documentsBehind(rows, documents).map((d) =>
    t('compare.download.sourceItem', {
      issuer: d.issuingBody[language],
      title: d.title[language],
      published: d.publishedOn ? formatDate(d.publishedOn, language) : t('compare.download.dateUnknown'),
    }),
  );
  const jurisdictions = list(rows[0]?.cells.map((c) => c.jurisdiction.name[language]) ?? []);
  return {
    title: t('compare.download.title', { jurisdictions }),
    subtitle: year === null ? t('compare.download.subtitle', { unit: unitLabel }) : t('compare.download.subtitleYear', { unit: unitLabel, year }),
    sourceLine: t('compare.download.sourceLine', { sources: sources.join(language === 'zh' ? '；' : '; '), date: formatDate(today, language), link }),
    marks: compareChartMarks(rows, t),
    notes,
    width: 1000,
    height,
  };
}
