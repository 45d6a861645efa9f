import type { EChartsCoreOption } from 'echarts/core';
import type { ChartMarkItem } from './chart-legend';

export interface ChartExportFrame {
  title: string;
  subtitle: string;
  /** "Source: …; retrieved …": printed under the chart so a copied image keeps its provenance. */
  sourceLine: string;
  /** The marks the chart draws (chart-legend.ts, marksShown), explained under the title as on the page. */
  marks?: ChartMarkItem[];
  /** What a reader must know that the bars cannot say (a figure for the issuing office only, mixed periods), printed above the source line. */
  notes?: string[];
  width: number;
  /** The height with one legend row and one source line: more rows make the image taller, never the plot smaller. */
  height: number;
}

function dataUrlToBlob(dataUrl: string): Blob {
  const [header, body] = dataUrl.split(',') as [string, string];
  const mime = /data:([^;]+)/.exec(header)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: mime });
}

/**
 * Renders an option off-screen at a fixed size and returns it as a PNG or SVG
 * file, with its title, subtitle, series and marks legends, notes and
 * source line drawn in (chart-frame.ts, withExportFrame). A fresh instance is used so the
 * on-screen chart is never resized. Chart code loads only on the first export.
 */
export async function renderChartFile(option: EChartsCoreOption, frame: ChartExportFrame, format: 'png' | 'svg'): Promise<Blob> {
  const [{ echarts, shapes }, { paintFrame, textMeasure, withExportFrame }] = await Promise.all([import('../lib/echarts'), import('./chart-frame')]);
  const framed = withExportFrame(option, frame, textMeasure(shapes));
  const container = document.createElement('div');
  const chart = echarts.init(container, null, {
    renderer: format === 'svg' ? 'svg' : 'canvas',
    width: frame.width,
    height: framed.height,
  });
  try {
    chart.setOption(framed.option);
    paintFrame(chart, shapes, framed.drawing);
    if (format === 'svg') {
      return new Blob([chart.renderToSVGString()], { type: 'image/svg+xml;charset=utf-8' });
    }
    return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }));
  } finally {
    chart.dispose();
  }
}
