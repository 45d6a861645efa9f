import type { EChartsCoreOption } from 'echarts/core';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { useMemo, useState } from 'react';
import { useDisplaySettings } from '../lib/display-settings';
import { echarts } from '../lib/echarts';
import { chartDisplayFor, scaledChartHeight, transformChartOption } from './chart-display-transform';
import { seriesLegendOf, withHiddenSeries } from './chart-legend';
import { TOOLTIP_HOST_STYLE, TOOLTIP_STYLE, useChartTooltip } from './chart-tooltip';
import { SeriesLegend } from './series-legend';

export interface EChartsChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Receives the clicked data item (as built by the option builder) so callers never touch the instance. */
  onItemClick?: (datum: unknown) => void;
  renderer?: 'canvas' | 'svg';
  className?: string;
  /** Called after each frame ECharts renders (its 'rendered' event): lets a page hold back work until the chart is up. */
  onRendered?: () => void;
}

/**
 * The one component that renders an ECharts option. Loaded lazily (see
 * lazy-chart.tsx) so ECharts arrives after the shell. echarts-for-react
 * disposes the instance on unmount, which also covers StrictMode's double
 * mount; the option is replaced whole (notMerge) so a removed series never lingers,
 * and drawn at once (no lazyUpdate), so a new chart is on screen a frame sooner.
 * In 长者模式 and high contrast the option passes through transformChartOption
 * (bigger text, thicker lines, dark palette), so option builders stay unaware.
 * The chart follows its container's width (echarts-for-react autoResize).
 */
/**
 * jsdom (the component tests) has no canvas and no layout: there charts draw
 * with the SVG renderer at a fixed width, so a test that waits for the lazy
 * chart never crashes on a missing 2D context.
 */
const IN_TESTS = import.meta.env.MODE === 'test';
const TEST_WIDTH = 640;

export default function EChartsChart({ option, height, onItemClick, renderer = 'canvas', className, onRendered }: EChartsChartProps) {
  const onEvents = useMemo(() => {
    const events: Record<string, (params: { data?: unknown }) => void> = {};
    if (onItemClick) events.click = (params) => onItemClick(params.data);
    if (onRendered) events.rendered = () => onRendered();
    return Object.keys(events).length > 0 ? events : undefined;
  }, [onItemClick, onRendered]);
  const settings = useDisplaySettings();
  const display = useMemo(() => chartDisplayFor(settings), [settings]);
  const shown = useMemo(() => transformChartOption(option, display), [option, display]);
  // Tooltip and series legend are the app's own, in HTML (ECharts' components are not registered: docs/scale.md).
  const { setElement: tooltipRef, events: tooltipEvents } = useChartTooltip(shown);
  const legend = useMemo(() => seriesLegendOf(shown), [shown]);
  const [hiddenSeries, setHiddenSeries] = useState<ReadonlySet<string>>(() => new Set());
  const toggleSeries = (name: string) =>
    setHiddenSeries((hidden) => (hidden.has(name) ? new Set([...hidden].filter((n) => n !== name)) : new Set([...hidden, name])));
  const drawn = useMemo(() => withHiddenSeries(shown, hiddenSeries), [shown, hiddenSeries]);
  const events = useMemo(() => ({ ...tooltipEvents, ...onEvents }), [tooltipEvents, onEvents]);
  const scaledHeight = scaledChartHeight(height, display);
  const opts = useMemo(
    () => (IN_TESTS ? { renderer: 'svg' as const, width: TEST_WIDTH, height: scaledHeight } : { renderer }),
    [renderer, scaledHeight],
  );
  const style = useMemo(() => ({ height: scaledHeight, width: '100%' }), [scaledHeight]);
  return (
    <>
      {legend.length > 0 && <SeriesLegend items={legend} hidden={hiddenSeries} onToggle={toggleSeries} />}
      <div style={TOOLTIP_HOST_STYLE}>
        <EChartsReactCore
          echarts={echarts}
          option={drawn}
          autoResize
          notMerge
          opts={opts}
          style={style}
          className={className}
          onEvents={events}
        />
        <div ref={tooltipRef} className="chart-tooltip" style={TOOLTIP_STYLE} hidden />
      </div>
    </>
  );
}
