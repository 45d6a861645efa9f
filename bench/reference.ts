/**
 * The bench's reference page: the app's ranked bar chart (top 20 of the
 * latest year) drawn by ECharts alone, from the same files (index.json and
 * the columnar indicator file), with the same tree-shaken ECharts modules.
 * No React, no router, no validation: the floor the app is compared with.
 * It reads only what the chart needs from the columnar file (docs/data-format.md):
 * the presence bitmap for codes and years, the values, and the numbers as
 * written (the canonical rendering of a value unless the file lists another).
 *
 * ?indicator=<id>            draw that indicator
 * ?mode=table                instead of the chart, a plain <table> of every value (for the scroll reference)
 * window.__switchIndicator(id) fetches another indicator and redraws (the switch reference).
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { canonicalValueAsWritten } from '../src/domain/canonical-value';
import { decodePresence } from '../src/domain/presence-bitmap';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface Columnar {
  indicatorId: string;
  unit: string;
  codes: string[];
  years: number[];
  present: string;
  columns: { v: number[]; w?: { rows: number[]; values: string[] } };
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
  const { codes, years, unit } = file;
  const { v, w } = file.columns;
  const presence = decodePresence(file.present, codes.length * years.length);
  if (!presence.ok) throw new Error(presence.message);
  const written = new Map<number, string>();
  w?.rows.forEach((row, k) => written.set(row, w.values[k]!));
  const result: Array<{ name: string; year: number; value: number; written: string }> = [];
  for (let y = 0, cell = 0; y < years.length; y++) {
    for (let j = 0; j < codes.length; j++, cell++) {
      if ((presence.bytes[cell >> 3]! & (1 << (cell & 7))) === 0) continue;
      const r = result.length;
      result.push({ name: names.get(codes[j]!) ?? '', year: years[y]!, value: v[r]!, written: written.get(r) ?? canonicalValueAsWritten(v[r]!, unit) ?? '' });
    }
  }
  return result;
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
