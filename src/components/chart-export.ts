import type { EChartsCoreOption } from 'echarts/core';

export interface ChartExportFrame {
  title: string;
  subtitle: string;
  /** "Source: …; retrieved …": printed under the chart so a copied image keeps its provenance. */
  sourceLine: string;
  width: number;
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
 * file, with its title, subtitle, series legend and source line drawn in
 * (chart-frame.ts, withExportFrame). A fresh instance is used so the
 * on-screen chart is never resized. Chart code loads only on the first export.
 */
export async function renderChartFile(option: EChartsCoreOption, frame: ChartExportFrame, format: 'png' | 'svg'): Promise<Blob> {
  const [{ echarts, shapes }, { paintFrame, textMeasure, withExportFrame }] = await Promise.all([import('../lib/echarts'), import('./chart-frame')]);
  const framed = withExportFrame(option, frame, textMeasure(shapes));
  const container = document.createElement('div');
  const chart = echarts.init(container, null, {
    renderer: format === 'svg' ? 'svg' : 'canvas',
    width: frame.width,
    height: frame.height,
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
