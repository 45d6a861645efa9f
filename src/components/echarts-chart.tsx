import type { EChartsCoreOption } from 'echarts/core';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useDisplaySettings } from '../lib/display-settings';
import { echarts } from '../lib/echarts';
import { chartDisplayFor, scaledChartHeight, transformChartOption } from './chart-display-transform';

export interface EChartsChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Receives the clicked data item (as built by the option builder) so callers never touch the instance. */
  onItemClick?: (datum: unknown) => void;
  renderer?: 'canvas' | 'svg';
  className?: string;
}

/**
 * The one component that renders an ECharts option. Loaded lazily (see
 * lazy-chart.tsx) so ECharts arrives after the shell. echarts-for-react
 * disposes the instance on unmount, which also covers StrictMode's double
 * mount; the option is replaced whole (notMerge) so a removed series never lingers.
 * In 长者模式 and high contrast the option passes through transformChartOption
 * (bigger text, thicker lines, dark palette), so option builders stay unaware.
 * The chart follows its container's width (echarts-for-react autoResize).
 */
export default function EChartsChart({ option, height, onItemClick, renderer = 'canvas', className }: EChartsChartProps) {
  const onEvents = useMemo(
    () => (onItemClick ? { click: (params: { data?: unknown }) => onItemClick(params.data) } : undefined),
    [onItemClick],
  );
  const settings = useDisplaySettings();
  const display = useMemo(() => chartDisplayFor(settings), [settings]);
  const shown = useMemo(() => transformChartOption(option, display), [option, display]);
  const opts = useMemo(() => ({ renderer }), [renderer]);
  const scaledHeight = scaledChartHeight(height, display);
  const style = useMemo(() => ({ height: scaledHeight, width: '100%' }), [scaledHeight]);
  return (
    <EChartsReactCore
      echarts={echarts}
      option={shown}
      autoResize
      notMerge
      lazyUpdate
      opts={opts}
      style={style}
      className={className}
      onEvents={onEvents}
    />
  );
}
