import type { EChartsCoreOption } from 'echarts/core';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { echarts } from '../lib/echarts';

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
 */
export default function EChartsChart({ option, height, onItemClick, renderer = 'canvas', className }: EChartsChartProps) {
  const onEvents = useMemo(
    () => (onItemClick ? { click: (params: { data?: unknown }) => onItemClick(params.data) } : undefined),
    [onItemClick],
  );
  const opts = useMemo(() => ({ renderer }), [renderer]);
  const style = useMemo(() => ({ height, width: '100%' }), [height]);
  return (
    <EChartsReactCore
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate
      opts={opts}
      style={style}
      className={className}
      onEvents={onEvents}
    />
  );
}
