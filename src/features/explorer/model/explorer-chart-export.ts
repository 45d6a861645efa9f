import type { TFunction } from '../../../lib/i18n';
import type { ChartExportFrame } from '../../../components/chart-export';
import { chartMarkItems, type ChartMarkItem } from '../../../components/chart-legend';
import type { Indicator } from '../../../domain/indicator';
import type { IndicatorRow } from '../../../domain/indicator-view';
import { hasConflict } from '../../../domain/latest-values';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import type { SourceDocument } from '../../../domain/source-document';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatDate } from '../../../lib/format';
import { mixesPeriods, type ExplorerEntry } from './explorer-rows';

export interface ExplorerChartExportInput {
  indicator: Indicator;
  chart: 'bar' | 'line';
  /** The ranked chart's year (null for the trend). */
  barYear: number | null;
  /** Years with values, oldest first: the trend's range. */
  years: number[];
  /** What the chart draws: the ranked bars of its year, or every level of the trend. */
  drawn: Observation[];
  /** For the ranked chart, its bars (mixed periods are noted). */
  barEntries: ExplorerEntry[];
  /** The ranked chart's year: how many jurisdictions have a document but no figure (left out of the chart, and said so). */
  notReported: number;
  /** The trend's jurisdiction-years with a document but no figure: a gap in a drawn line. */
  missing: IndicatorRow[];
  documents: SourceDocument[];
  isImported: (observation: Observation) => boolean;
  jurisdictionName: (code: string) => string;
  /** The link to this view, where every value's quote is one click away. */
  link: string;
  /** ISO date of the download. */
  today: string;
  height: number;
  language: Language;
  t: TFunction;
}

/**
 * "Scope: Shenzhen 2018, 2019: the General Office only …": one note per
 * jurisdiction and scope for the drawn figures that do not cover the whole
 * jurisdiction, so an exported bar never passes for the whole city's.
 */
function scopeNotes(drawn: Observation[], jurisdictionName: (code: string) => string, language: Language, t: TFunction): string[] {
  const groups = new Map<string, { observation: Observation; years: Set<number> }>();
  for (const observation of drawn) {
    if (observation.scope.kind === 'jurisdiction') continue;
    const key = `${observation.jurisdictionCode}|${observation.scope.kind}|${observation.scope.label.zh}`;
    const group = groups.get(key) ?? { observation, years: new Set<number>() };
    group.years.add(observation.year);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ observation, years }) =>
    t('explorer.download.scopeNote', {
      name: jurisdictionName(observation.jurisdictionCode),
      years: [...years].sort().join(language === 'zh' ? '、' : ', '),
      scope: observation.scope.label[language],
      kind: t(`scope.${observation.scope.kind}`),
    }),
  );
}

/** "Gaozhou 2022: the source gives conflicting figures", for each jurisdiction-year drawn with two different values of one scope. */
function conflictNotes(drawn: Observation[], jurisdictionName: (code: string) => string, t: TFunction): string[] {
  const byRow = new Map<string, Observation[]>();
  for (const observation of drawn) {
    const key = `${observation.jurisdictionCode}|${observation.year}`;
    byRow.set(key, [...(byRow.get(key) ?? []), observation]);
  }
  return [...byRow.values()]
    .filter(hasConflict)
    .map(([first]) => t('explorer.download.conflictNote', { name: jurisdictionName(first!.jurisdictionCode), year: first!.year }));
}

/**
 * The marks the explorer's chart draws, in the reader's language: the legend under it on the page and
 * the one in its PNG and SVG. The ranked chart leaves a jurisdiction without a figure out (a note says
 * so); only the trend draws a gap, where a drawn jurisdiction lacks a year. Bars and lines draw the same
 * facts differently (hatched bar, hollow point).
 */
export function explorerChartMarks(
  input: Pick<ExplorerChartExportInput, 'chart' | 'drawn' | 'missing' | 'isImported' | 't'>,
): ChartMarkItem[] {
  const { chart, drawn, missing, isImported, t } = input;
  const drawnCodes = new Set(drawn.map((o) => o.jurisdictionCode));
  return chartMarkItems(drawn, { chart, gaps: chart === 'line' && missing.some((r) => drawnCodes.has(r.jurisdiction.code)), imported: isImported }, t);
}

/**
 * Everything an exported explorer chart says besides its plot: title,
 * subtitle with unit, the legend of the marks it uses, notes on scope,
 * conflicting figures, mixed periods and jurisdictions left out, and a source line naming each document
 * (issuer, title, date) and the link back to the quotes.
 */
export function explorerChartFrame(input: ExplorerChartExportInput): ChartExportFrame {
  const { indicator, chart, barYear, years, drawn, barEntries, notReported, documents, jurisdictionName, link, today, height, language, t } = input;
  const unit = UNIT_LABELS[indicator.unit][language];
  const notes = [...scopeNotes(drawn, jurisdictionName, language, t), ...conflictNotes(drawn, jurisdictionName, t)];
  if (chart === 'bar' && barYear !== null) {
    if (mixesPeriods(barEntries)) notes.push(t('explorer.mixedPeriods', { year: barYear }));
    if (notReported > 0) notes.push(t('explorer.download.notReportedNote', { count: notReported, year: barYear }));
  }
  const sources = documents.map((d) =>
    t('explorer.download.sourceItem', {
      issuer: d.issuingBody[language],
      title: d.title[language],
      published: d.publishedOn ? formatDate(d.publishedOn, language) : t('explorer.sources.dateUnknown'),
    }),
  );
  return {
    title: indicator.name[language],
    subtitle:
      chart === 'line'
        ? t('explorer.download.subtitleLine', { from: years[0], to: years.at(-1), unit })
        : t('explorer.download.subtitleBar', { year: barYear, unit }),
    sourceLine: t('explorer.download.sourceLine', { sources: sources.join(language === 'zh' ? '；' : '; '), date: formatDate(today, language), link }),
    marks: explorerChartMarks(input),
    notes,
    width: 1000,
    height,
  };
}

/** The rows a chart's CSV holds: what the chart draws (the ranked year's bars, or the trend's levels) and its not-reported jurisdiction-years; relative values are not drawn, so not there. */
export function chartCsvRows(
  chart: 'bar' | 'line',
  barYear: number | null,
  barEntries: ExplorerEntry[],
  everyEntry: () => ExplorerEntry[],
  missing: IndicatorRow[],
): { entries: ExplorerEntry[]; missing: IndicatorRow[]; relatives: Observation[] } {
  if (chart === 'line') return { entries: everyEntry(), missing, relatives: [] };
  return { entries: barEntries, missing: missing.filter((r) => r.year === barYear), relatives: [] };
}
