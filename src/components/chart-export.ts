import type { EChartsCoreOption } from 'echarts/core';

export interface ChartExportFrame {
  title: string;
  subtitle: string;
  /** "Source: …; retrieved …": printed under the chart so a copied image keeps its provenance. */
  sourceLine: string;
  width: number;
  height: number;
}

const TITLE_BAND = 72;
const SOURCE_BAND = 44;

/**
 * Adds a title, subtitle and source line to a chart option for export, and
 * moves the legend and grid out of their way. Pure, so it can be tested.
 */
export function withExportFrame(option: EChartsCoreOption, frame: ChartExportFrame): EChartsCoreOption {
  const grid = (option.grid ?? {}) as Record<string, unknown>;
  const legend = option.legend as Record<string, unknown> | undefined;
  return {
    ...option,
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: frame.title,
      subtext: frame.subtitle,
      left: 16,
      top: 12,
      textStyle: { fontSize: 18, fontWeight: 'bold', color: '#1a1a1a' },
      subtextStyle: { fontSize: 13, color: '#4a4f57' },
    },
    legend: legend ? { ...legend, top: TITLE_BAND, left: 16 } : undefined,
    grid: { ...grid, top: TITLE_BAND + 48, bottom: SOURCE_BAND + 8, left: 24, right: 24 },
    graphic: [
      {
        type: 'text',
        left: 16,
        bottom: 12,
        style: { text: frame.sourceLine, fill: '#4a4f57', font: '12px sans-serif', width: frame.width - 32, overflow: 'break' },
      },
    ],
  };
}

function dataUrlToBlob(dataUrl: string): Blob {
  const [header, body] = dataUrl.split(',') as [string, string];
  const mime = /data:([^;]+)/.exec(header)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: mime });
}

/**
 * Renders an option off-screen at a fixed size and returns it as a PNG or SVG
 * file. A fresh instance is used so the on-screen chart is never resized.
 */
export async function renderChartFile(option: EChartsCoreOption, frame: ChartExportFrame, format: 'png' | 'svg'): Promise<Blob> {
  const { echarts } = await import('../lib/echarts');
  const container = document.createElement('div');
  const chart = echarts.init(container, null, {
    renderer: format === 'svg' ? 'svg' : 'canvas',
    width: frame.width,
    height: frame.height,
  });
  try {
    chart.setOption(withExportFrame(option, frame));
    if (format === 'svg') {
      return new Blob([chart.renderToSVGString()], { type: 'image/svg+xml;charset=utf-8' });
    }
    return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }));
  } finally {
    chart.dispose();
  }
}
