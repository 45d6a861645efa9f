import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from '../../../lib/i18n';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { UNIT_LABELS, type UnitSymbol } from '../../../domain/unit';
import { isImportedSourceId } from '../../../domain/imported-report';
import { honestBarStyle, SERIES_COLORS } from '../../../lib/chart-marks';
import { formatNumber, formatPeriodShort, QUALIFIER_SIGNS } from '../../../lib/format';
import type { CompareRow } from '../compare-rows';

/** The first four shared series colours: compare shows two to four jurisdictions. */
export const JURISDICTION_COLORS = SERIES_COLORS.slice(0, 4);

export interface CompareBarDatum {
  value: number;
  observationId: string;
  itemStyle: Record<string, unknown>;
  label: { show: true; formatter: string };
}

export interface CompareBarOptionInput {
  /** Rows sharing one unit (see groupByUnit). */
  rows: CompareRow[];
  unit: UnitSymbol;
  language: Language;
  t: TFunction;
  /** Narrow screens: shorter axis labels and a smaller label margin. */
  compact: boolean;
}

/** Pixels per bar and per indicator group: the page sizes the chart with this. */
export const BAR_SLOT = 42;
export const GROUP_GAP = 18;

export function compareChartHeight(rows: CompareRow[]): number {
  const bars = rows.reduce((n, row) => n + Math.max(1, row.cells.reduce((m, c) => m + Math.max(1, c.latest?.levels.length ?? 0), 0)), 0);
  return 56 + bars * BAR_SLOT + rows.length * GROUP_GAP;
}

function valueText(observation: Observation, unit: UnitSymbol, language: Language, importedMark: string): string {
  // Other units are on the axis; a percentage reads wrong without its sign.
  const number = `${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}${unit === '%' ? '%' : ''}`;
  const period = formatPeriodShort(observation.period, language);
  // A value from a report imported in this browser says so, as in every chart.
  const imported = isImportedSourceId(observation.provenance.sourceId) ? ` · ${importedMark}` : '';
  return `${number} · ${observation.year}${period ? ` ${period}` : ''}${imported}`;
}

function datum(observation: Observation, unit: UnitSymbol, seriesLabel: string, color: string, language: Language, importedMark: string): CompareBarDatum {
  const itemStyle = honestBarStyle(observation, color);
  // The label names the jurisdiction, so which bar is whose never depends on colour.
  return { value: observation.value, observationId: observation.id, itemStyle, label: { show: true, formatter: `${seriesLabel}\n${valueText(observation, unit, language, importedMark)}` } };
}

/**
 * A horizontal grouped bar chart: one group per indicator, one bar per
 * jurisdiction, every bar labelled with its jurisdiction, value, year and
 * period. Part-year values are hatched, approximate values and bounds dashed;
 * a jurisdiction that does not report is a gap, never a zero bar. A second,
 * conflicting value (or a value for another scope) gets its own bar. Relative
 * values (growth rates) are not drawn.
 */
export function buildCompareBarOption(input: CompareBarOptionInput): EChartsCoreOption {
  const { rows, unit, language, t, compact } = input;
  const jurisdictions = rows[0]?.cells.map((c) => c.jurisdiction) ?? [];
  const series: BarSeriesOption[] = [];
  jurisdictions.forEach((jurisdiction, j) => {
    const color = JURISDICTION_COLORS[j % JURISDICTION_COLORS.length]!;
    const depth = Math.max(1, ...rows.map((row) => row.cells[j]?.latest?.levels.length ?? 0));
    for (let k = 0; k < depth; k++) {
      const name = jurisdiction.name[language];
      let seriesName = name;
      const data = rows.map((row) => {
        const latest = row.cells[j]?.latest;
        const observation = latest?.levels[k];
        if (!latest || !observation) return null;
        const label =
          k === 0
            ? name
            : latest.conflict
              ? t('compare.chart.otherFigure', { jurisdiction: name })
              : t('compare.chart.otherScope', { jurisdiction: name, scope: observation.scope.label[language] });
        if (k > 0) seriesName = label;
        return datum(observation, unit, label, color, language, t('chart.importedMark'));
      });
      if (k > 0 && data.every((d) => d === null)) continue;
      series.push({
        type: 'bar',
        name: seriesName,
        data: data as BarSeriesOption['data'],
        barMaxWidth: 20,
        barGap: '40%',
        barCategoryGap: '24%',
        label: { show: true, position: 'right', fontSize: compact ? 11 : 12, lineHeight: compact ? 13 : 14, color: '#1a1a1a' },
        emphasis: { focus: 'none' },
      });
    }
  });

  return {
    animation: false,
    color: JURISDICTION_COLORS,
    grid: { left: 8, right: compact ? 118 : 190, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.indicator.name[language]),
      axisLabel: { interval: 0, width: compact ? 84 : 170, overflow: 'break', lineHeight: 16 },
    },
    xAxis: {
      type: 'value',
      name: UNIT_LABELS[unit][language],
      nameLocation: 'end',
      min: 0,
      max: unit === '%' ? 100 : undefined,
      splitNumber: compact ? 2 : 4,
    },
    series,
  };
}
