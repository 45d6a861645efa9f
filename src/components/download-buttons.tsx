import type { EChartsCoreOption } from 'echarts/core';
import { useState } from 'react';
import { useTranslation } from '../lib/translation-context';
import { renderChartFile, type ChartExportFrame } from './chart-export';
import { downloadFile, safeFileName } from '../lib/download-file';

export interface DownloadButtonsProps {
  baseName: string;
  /**
   * Null when no chart is shown (the table tab): only CSV is offered. The
   * frame is built on a click: it reads the page's link and today's date then,
   * and a trend's notes need not be worked out on every render.
   */
  chart: { option: EChartsCoreOption; frame: () => ChartExportFrame } | null;
  /** Exactly what the files beside it show: a chart's data next to a chart, the whole table without one. */
  csv: () => string;
}

/** PNG and SVG of a chart with its title, legends, notes and source line, and a CSV of exactly what is shown (explorer, compare). */
export function DownloadButtons({ baseName, chart, csv }: DownloadButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(t('download.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const image = (format: 'png' | 'svg') =>
    run(async () => {
      if (!chart) return;
      downloadFile(await renderChartFile(chart.option, chart.frame(), format), safeFileName(baseName, format));
    });

  return (
    <div className="download-buttons" role="group" aria-label={t('download.label')}>
      <span className="muted small">{t('download.label')}:</span>
      {chart && (
        <>
          <button type="button" className="button button--small" disabled={busy} onClick={() => void image('png')}>
            {t('download.png')}
          </button>
          <button type="button" className="button button--small" disabled={busy} onClick={() => void image('svg')}>
            {t('download.svg')}
          </button>
        </>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() =>
          void run(async () => downloadFile(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), safeFileName(baseName, 'csv')))
        }
      >
        {t('download.csv')}
      </button>
      <span role="status" aria-live="polite" className="small">
        {busy ? t('download.working') : error}
      </span>
    </div>
  );
}
