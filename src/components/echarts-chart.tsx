import type { EChartsCoreOption } from 'echarts/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { echarts } from '../lib/echarts';
import { scaledChartHeight, transformChartOption } from './chart-display-transform';
import { useChartDisplay } from './use-chart-display';
import { withHiddenSeries } from './chart-legend';
import { withChartFont } from './chart-font';
import { TOOLTIP_HOST_STYLE, TOOLTIP_STYLE, useChartTooltip } from './chart-tooltip';

export interface EChartsChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Receives the clicked data item (as built by the option builder) so callers never touch the instance. */
  onItemClick?: (datum: unknown) => void;
  renderer?: 'canvas' | 'svg';
  className?: string;
  /** Called after each frame ECharts renders (its 'rendered' event): lets a page hold back work until the chart is up. */
  onRendered?: () => void;
  /** Series names switched off in the legend (LazyChart draws it): those series are not drawn. */
  hiddenSeries?: ReadonlySet<string>;
}

const NONE_HIDDEN: ReadonlySet<string> = new Set();

/**
 * The one component that renders an ECharts option. Loaded lazily (see
 * lazy-chart.tsx) so ECharts arrives after the shell. It owns its ECharts
 * instance directly (no wrapper library: echarts-for-react draws a throwaway
 * instance first and waits a frame for it on every mount, which showed in the
 * first-chart and indicator-switch times of docs/scale.md): created on mount
 * in the container, disposed on unmount (which also covers StrictMode's
 * double mount). The option is replaced whole (notMerge), so a removed series
 * never lingers, and drawn at once (no lazyUpdate), so a new chart is on
 * screen a frame sooner. In 长者模式 and high contrast the option passes through
 * transformChartOption (bigger text, thicker lines, dark palette), so option
 * builders stay unaware. The chart follows its container's width (a
 * ResizeObserver; it redraws only when the size really changed).
 */
const IN_TESTS = import.meta.env.MODE === 'test';

type ChartInstance = ReturnType<typeof echarts.init>;
const TEST_WIDTH = 640;

export default function EChartsChart({ option, height, onItemClick, renderer = 'canvas', className, onRendered, hiddenSeries = NONE_HIDDEN }: EChartsChartProps) {
  const onEvents = useMemo(() => {
    const events: Record<string, (params: { data?: unknown }) => void> = {};
    if (onItemClick) events.click = (params) => onItemClick(params.data);
    if (onRendered) events.rendered = () => onRendered();
    return Object.keys(events).length > 0 ? events : undefined;
  }, [onItemClick, onRendered]);
  const display = useChartDisplay();
  const shown = useMemo(() => transformChartOption(option, display), [option, display]);
  // Tooltip and series legend are the app's own, in HTML (ECharts' components are not registered:
  // docs/scale.md); the legend is LazyChart's, outside the figure, so its buttons can be reached.
  const { setElement: tooltipRef, events: tooltipEvents } = useChartTooltip(shown);
  const drawn = useMemo(() => withChartFont(withHiddenSeries(shown, hiddenSeries)), [shown, hiddenSeries]);
  const events = useMemo(() => ({ ...tooltipEvents, ...onEvents }), [tooltipEvents, onEvents]);
  const scaledHeight = scaledChartHeight(height, display);
  // The instance is created from these: only the fixed test size depends on the height. In the app a new
  // height is a resize of the same instance (below), not a new chart.
  const testHeight = IN_TESTS ? scaledHeight : null;
  const opts = useMemo(
    () => (testHeight !== null ? { renderer: 'svg' as const, width: TEST_WIDTH, height: testHeight } : { renderer }),
    [renderer, testHeight],
  );
  const style = useMemo(() => ({ height: scaledHeight, width: '100%' }), [scaledHeight]);
  const container = useRef<HTMLDivElement>(null);
  // The instance lives in a ref, not in state: a state update from the effect that creates it re-rendered
  // the component and flushed every pending effect of the page before the option could be drawn, on the
  // way to the first chart (docs/scale.md). Layout effects, in this order: the instance, its events, then
  // the option, so a 'rendered' handler is listening when the option's synchronous draw happens. The
  // events, option and resize effects also follow `opts`: a new instance (renderer or test size changed)
  // is created by the first effect and gets them again in the same commit.
  const chartRef = useRef<ChartInstance | null>(null);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, opts);
    chartRef.current = instance;
    const observer =
      IN_TESTS || typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (instance.isDisposed()) return;
            if (element.clientWidth !== instance.getWidth() || element.clientHeight !== instance.getHeight()) instance.resize();
          });
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      if (chartRef.current === instance) chartRef.current = null;
    };
  }, [opts]);
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (!chart || chart.isDisposed()) return;
    const bound = Object.entries(events).flatMap(([name, handler]) => (handler ? [[name, handler] as const] : []));
    for (const [name, handler] of bound) chart.on(name, handler as (params: unknown) => void);
    return () => {
      if (chart.isDisposed()) return;
      for (const [name, handler] of bound) chart.off(name, handler as (params: unknown) => void);
    };
  }, [events, opts]);
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (chart && !chart.isDisposed()) chart.setOption(drawn, { notMerge: true });
  }, [drawn, opts]);
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (!chart || chart.isDisposed() || IN_TESTS || !container.current) return;
    if (container.current.clientHeight !== chart.getHeight()) chart.resize();
  }, [scaledHeight, opts]);
  return (
    <div style={TOOLTIP_HOST_STYLE}>
      <div ref={container} style={style} className={className} />
      <div ref={tooltipRef} className="chart-tooltip" style={TOOLTIP_STYLE} hidden />
    </div>
  );
}
