import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from '../../../lib/i18n';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { honestBarStyle, SERIES_COLORS, unitValueAxis } from '../../../lib/chart-marks';
import type { ChartDisplay } from '../../../components/chart-display-transform';
import { labelledBarRows, stackedAxisTicks, stackedBarOption, stackedChartHeight, stackedLayoutFor, type StackedLayout } from '../../../components/stacked-bars';
import { formatNumber, formatPeriodShort, QUALIFIER_SIGNS } from '../../../lib/format';
import { cutoffRank, type EntryOrder, type ExplorerEntry } from '../model/explorer-rows';

export interface BarDatum {
  value: number;
  observationId: string;
  itemStyle: Record<string, unknown>;
  /** Beside the bar; with the text above the bars (StackedLayout) it is on the row above instead. */
  label: { show: boolean; formatter?: string };
}

export interface ChartContext {
  indicator: Indicator;
  language: Language;
  t: TFunction;
  selectedObservationId: string | null;
  /** Source ids of reports imported in this browser: their values are marked "imported". */
  importedSourceIds: ReadonlySet<string>;
}

/** "≥260", "99.5 (1–10月)", "12 · 导入": the value as qualified in the source, with its caveats. */
export function valueLabel(observation: Observation, context: ChartContext): string {
  const { language, t, importedSourceIds } = context;
  const parts = [`${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}`];
  const period = formatPeriodShort(observation.period, language);
  if (period) parts.push(`(${period})`);
  if (importedSourceIds.has(observation.provenance.sourceId)) parts.push(`· ${t('chart.importedMark')}`);
  return parts.join(' ');
}

export function barItemStyle(observation: Observation, color: string, selected: boolean): Record<string, unknown> {
  const style = honestBarStyle(observation, color);
  if (selected) {
    style.borderColor = '#000000';
    style.borderWidth = 3;
    style.borderType = 'solid';
  }
  return style;
}

/** Colour of a highlighted jurisdiction's bar (Okabe–Ito orange next to the blue). */
export const HIGHLIGHT_COLOR = SERIES_COLORS[5]!;

export interface BarSelection {
  /** The entries to draw, in the caller's order: the best `top` by rank, then highlighted ones left out of those. */
  shown: ExplorerEntry[];
  /** How many of `shown` are the leaders; the rest are highlighted jurisdictions drawn with their rank. */
  leaderCount: number;
  /** Entries of the year left out of the chart (the table still lists them). */
  hiddenCount: number;
  /** Entries of the year in all. */
  total: number;
  /** Jurisdictions sharing the last drawn rank but left out of the chart: ties are said, not hidden. */
  tiedAtCutoff: { rank: number; count: number } | null;
}

/**
 * Top N at scale: thousands of bars are unreadable, so the chart draws the
 * best `top` jurisdictions of the year by rank (a second value, conflicting
 * or for another period, stays with its jurisdiction), then any highlighted jurisdiction left out,
 * so a searched county shows its place next to the leaders. Ties at the
 * cutoff are broken by the table's order and counted in `tiedAtCutoff`, so
 * "top 20" is 20 bars even when 80 counties share 100 %.
 *
 * The table's order is `order` when given, the entries' own order otherwise.
 * Given `order`, the entries may come in any order and only what is drawn is
 * sorted: the leaders and the ties at the cutoff, not a year of thousands of
 * entries, most of whose ties are broken by comparing Chinese names
 * (docs/scale.md, "First chart").
 */
export function selectBarEntries(
  entries: ExplorerEntry[],
  year: number,
  top: number,
  highlight: ReadonlySet<string> = new Set(),
  order?: EntryOrder,
  counts?: { total: number; ranked: number },
): BarSelection {
  // Filtering keeps the entries' order; sorting by `order` is stable, so equal entries keep it too.
  const inOrder = (list: ExplorerEntry[]) => (order ? list.sort(order) : list);
  const ofYear = entries.filter((e) => e.row.year === year);
  const ranked = ofYear.filter((e) => e.rank !== null);
  // Given `counts`, the entries are some of the year's (bar-year.ts): every one ranked at or above the
  // cutoff and the highlighted ones, or all of them when no more than `top` are ranked.
  const total = counts?.total ?? ofYear.length;
  if ((counts?.ranked ?? ranked.length) <= top) return { shown: inOrder(ofYear), leaderCount: ofYear.length, hiddenCount: total - ofYear.length, total, tiedAtCutoff: null };
  // Competition ranks: every entry ranked above the top-th one's rank is drawn, and the ties at that rank fill the rest.
  const cutoff = cutoffRank(ranked.map((e) => e.rank!), top);
  const above = ranked.filter((e) => e.rank! < cutoff);
  const atCutoff = inOrder(ranked.filter((e) => e.rank === cutoff));
  const fromTies = atCutoff.slice(0, top - above.length);
  const chosen = new Set([...above, ...fromTies].map((e) => e.row.jurisdiction.code));
  const tied = atCutoff.length - fromTies.length;
  const leaders = inOrder(ofYear.filter((e) => chosen.has(e.row.jurisdiction.code)));
  const rankOf = new Map(ranked.map((e) => [e.row.jurisdiction.code, e.rank!]));
  const extra = inOrder(ofYear.filter((e) => !chosen.has(e.row.jurisdiction.code) && highlight.has(e.row.jurisdiction.code))).sort(
    (a, b) => (rankOf.get(a.row.jurisdiction.code) ?? Infinity) - (rankOf.get(b.row.jurisdiction.code) ?? Infinity),
  );
  const shown = [...leaders, ...extra];
  return {
    shown,
    leaderCount: leaders.length,
    hiddenCount: total - shown.length,
    total,
    tiedAtCutoff: tied > 0 ? { rank: cutoff, count: tied } : null,
  };
}

/**
 * One year, ranked: a horizontal bar per jurisdiction, best first, each with
 * its value label. Horizontal bars keep long names legible on a phone. A
 * second, conflicting value from the same source gets its own labelled bar
 * instead of being dropped; so does a value for another period of the year. Jurisdictions without a value are not drawn here;
 * the table lists them as not reported.
 */
export function buildIndicatorBarOption(
  entries: ExplorerEntry[],
  year: number,
  context: ChartContext,
  scale: { top?: number; highlight?: ReadonlySet<string>; selection?: BarSelection; stacked?: StackedLayout } = {},
): EChartsCoreOption {
  const { indicator, language, t, selectedObservationId } = context;
  const highlight = scale.highlight ?? new Set<string>();
  // A caller that has already selected the bars (for its notes) passes them, so they are chosen once.
  const { shown, leaderCount } = scale.selection ?? selectBarEntries(entries, year, scale.top ?? Infinity, highlight);
  const categories = shown.map((e, i) => {
    const name = e.row.jurisdiction.name[language];
    if (e.conflict) return t('chart.conflictCategory', { name });
    // A second value for another period (its label says which) is the jurisdiction's own bar, unranked.
    if (e.rank === null) return name;
    // Below the leaders, a bar says where it stands.
    return i >= leaderCount ? t('explorer.scale.rankedCategory', { name, rank: e.rank }) : name;
  });
  const data: BarDatum[] = shown.map((e) => ({
    value: e.observation.value,
    observationId: e.observation.id,
    itemStyle: barItemStyle(
      e.observation,
      highlight.has(e.row.jurisdiction.code) ? HIGHLIGHT_COLOR : SERIES_COLORS[0]!,
      e.observation.id === selectedObservationId,
    ),
    label: { show: true, formatter: valueLabel(e.observation, context) },
  }));
  const valueAxis = { ...unitValueAxis(indicator.unit, language), nameLocation: 'end' };
  if (scale.stacked) {
    // Each jurisdiction's name and value on a row above its bar: a phone in 长者模式 keeps whole names and a full-width plot.
    const layout = scale.stacked;
    const rows = data.flatMap((datum, i) => labelledBarRows(categories[i]!, datum.label.formatter!, { ...datum, label: { show: false } }, layout));
    return stackedBarOption(rows, { ...valueAxis, ...stackedAxisTicks(indicator.unit) }, SERIES_COLORS);
  }
  const series: BarSeriesOption = {
    type: 'bar',
    name: String(year),
    data: data as BarSeriesOption['data'],
    barMaxWidth: 28,
    label: { show: true, position: 'right', fontSize: 12, color: '#1a1a1a' },
    cursor: 'pointer',
  };
  return {
    animation: false,
    color: SERIES_COLORS,
    // No aria or tooltip here: the figure around the chart carries its name and text summary, and the chart
    // component draws the tooltip (src/components/chart-tooltip.ts).
    // outerBounds* replaces the deprecated grid.containLabel: axis labels stay inside the chart.
    grid: { left: 8, right: 96, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: valueAxis,
    // Best first from the top: ECharts draws category 0 at the bottom, so reverse the axis.
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { interval: 0 } },
    series: [series],
  };
}

/** Height that gives every bar room for its label, from a phone to hundreds of jurisdictions. */
export function barChartHeight(entryCount: number): number {
  return Math.max(160, 64 + entryCount * 36);
}

/**
 * Below this many characters of chart text across, names and values beside the bars leave the bars too
 * little room: 36 ems is 432 px at 12 px text (a phone in normal mode keeps labels beside its bars).
 */
const MIN_SIDE_BY_SIDE_EMS = 36;

/** Whether the ranked chart lays its text above the bars at this width and text size (stackedLayoutFor). */
export function barLayout(chartWidth: number, display: Pick<ChartDisplay, 'scale' | 'textPx'>): StackedLayout | undefined {
  return stackedLayoutFor(chartWidth, display, MIN_SIDE_BY_SIDE_EMS);
}

/** The height of a ranked chart as built: beside the bars by their count, above them by its rows of text. */
export function barOptionHeight(option: EChartsCoreOption, entryCount: number, stacked: StackedLayout | undefined): number {
  return stacked ? stackedChartHeight((option.yAxis as { data: unknown[] }).data.length, stacked) : barChartHeight(entryCount);
}
