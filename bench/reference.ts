/**
 * The bench's reference page: the app's ranked bar chart (top 20 of the
 * latest year) drawn by ECharts alone, from the same files (index.json and
 * the columnar indicator file), with the same tree-shaken ECharts modules.
 * No React, no router, no validation: the floor the app is compared with.
 *
 * ?indicator=<id>            draw that indicator
 * ?mode=table                instead of the chart, a plain <table> of every value (for the scroll reference)
 * window.__switchIndicator(id) fetches another indicator and redraws (the switch reference).
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface Columnar {
  indicatorId: string;
  codes: string[];
  years: number[];
  columns: { j: number[]; y: number[]; v: number[]; w: string[] };
}
interface Index {
  jurisdictions: Array<{ code: string; name: { zh: string } }>;
  indicators: Array<{ id: string; name: { zh: string }; unit: string; direction: string }>;
}

const params = new URLSearchParams(location.search);
const base = new URL(params.get('base') ?? '../data-synthetic/', location.href);
const TOP = 20;

async function json<T>(file: string): Promise<T> {
  const response = await fetch(new URL(file, base));
  return (await response.json()) as T;
}

const indexPromise = json<Index>('index.json');

function rows(file: Columnar, names: Map<string, string>) {
  const { j, y, v, w } = file.columns;
  return v.map((value, i) => ({ name: names.get(file.codes[j[i]!]!) ?? '', year: file.years[y[i]!]!, value, written: w[i]! }));
}

let chart: echarts.ECharts | null = null;

async function draw(indicatorId: string): Promise<void> {
  const index = await indexPromise;
  const indicator = index.indicators.find((i) => i.id === indicatorId)!;
  const names = new Map(index.jurisdictions.map((j) => [j.code, j.name.zh]));
  const all = rows(await json<Columnar>(`indicators/${indicatorId}.json`), names);
  const latest = Math.max(...all.map((r) => r.year));
  const sign = indicator.direction === 'lowerIsBetter' ? 1 : -1;
  const top = all.filter((r) => r.year === latest).sort((a, b) => sign * (a.value - b.value)).slice(0, TOP);
  chart ??= echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
  chart.setOption(
    {
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText' },
      grid: { left: 8, right: 96, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'value', name: indicator.unit, min: 0, max: indicator.unit === '%' ? 100 : undefined },
      yAxis: { type: 'category', data: top.map((r) => r.name), inverse: true, axisLabel: { interval: 0 } },
      series: [
        {
          type: 'bar',
          data: top.map((r) => ({ value: r.value, label: { show: true, formatter: r.written } })),
          barMaxWidth: 28,
          itemStyle: { color: '#0072B2' },
          label: { show: true, position: 'right', fontSize: 12, color: '#1a1a1a' },
        },
      ],
    },
    { notMerge: true },
  );
}

async function table(indicatorId: string): Promise<void> {
  const index = await indexPromise;
  const names = new Map(index.jurisdictions.map((j) => [j.code, j.name.zh]));
  const all = rows(await json<Columnar>(`indicators/${indicatorId}.json`), names).sort((a, b) => b.year - a.year || b.value - a.value);
  const body = all.map((r) => `<tr><th>${r.name}</th><td>${r.year}</td><td>${r.written}</td></tr>`).join('');
  document.getElementById('chart')!.remove();
  document.getElementById('table')!.innerHTML = `<table><thead><tr><th>地区</th><th>年份</th><th>数值</th></tr></thead><tbody>${body}</tbody></table>`;
  document.body.dataset.ready = 'true';
}

declare global {
  interface Window {
    __switchIndicator?: (indicatorId: string) => Promise<void>;
  }
}
window.__switchIndicator = draw;

const indicatorId = params.get('indicator') ?? 'hotline.resolution-rate';
void (params.get('mode') === 'table' ? table(indicatorId) : draw(indicatorId));
