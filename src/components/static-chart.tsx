import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useState } from 'react';
import { useTranslation } from '../lib/translation-context';
import { CHART_FONT_FAMILY, withChartFont } from './chart-font';

/**
 * Renders an option to an SVG document with ECharts' server-side SVG renderer
 * (no DOM, no animation). A series legend (chart-legend.ts) is drawn in above
 * the plot, so a printed line chart says which line is which.
 */
export async function renderOptionToSvg(option: EChartsCoreOption, width: number, height: number): Promise<string> {
  const [{ echarts, shapes }, { paintFrame, textMeasure, withStaticLegend }] = await Promise.all([import('../lib/echarts'), import('./chart-frame')]);
  const framed = withStaticLegend(option, width, textMeasure(shapes), CHART_FONT_FAMILY);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(withChartFont({ ...framed.option, animation: false, textStyle: option.textStyle }));
    paintFrame(chart, shapes, framed.drawing);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface StaticChartProps {
  option: EChartsCoreOption;
  /** Drawing size in CSS pixels; the image scales to its container's width, keeping its aspect ratio. */
  width: number;
  height: number;
  label: string;
  className?: string;
  /** Called once the SVG is ready to show (print waits for every chart). */
  onReady?: () => void;
}

/**
 * A chart as a static SVG image: vector, so it prints crisply at any
 * resolution, and not interactive. The image is named by `label`; the data
 * beside it is the accessible equivalent.
 */
export function StaticChart({ option, width, height, label, className, onReady }: StaticChartProps) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<{ option: EChartsCoreOption; url: string } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    renderOptionToSvg(option, width, height).then(
      (markup) => {
        if (!cancelled) setSvg({ option, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}` });
      },
      (error: unknown) => {
        if (!cancelled) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [option, width, height]);

  // While a changed option is drawn, the previous image stays (no flash of the placeholder).
  const current = svg ? svg.url : null;
  if (failed) return <p className="static-chart static-chart--failed">{failed}</p>;
  if (!current) {
    return (
      <p className="static-chart static-chart--loading" style={{ aspectRatio: `${width} / ${height}` }}>
        {t('chart.loading')}
      </p>
    );
  }
  return (
    <img
      className={['static-chart', className].filter(Boolean).join(' ')}
      src={current}
      alt={label}
      width={width}
      height={height}
      onLoad={onReady}
      data-ready="true"
    />
  );
}
