import { act, fireEvent, render } from '@testing-library/react';
import type { EChartsCoreOption } from 'echarts/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { echarts } from '../lib/echarts';
import type { ChartMouseParams } from './chart-tooltip';
import EChartsChart from './echarts-chart';
import { twoJurisdictionLines } from '../../test/fixtures/line-chart-option';

afterEach(() => {
  vi.restoreAllMocks();
});

type Instance = NonNullable<ReturnType<typeof echarts.getInstanceByDom>>;

/** The chart's ECharts instance once the component has set it up and drawn the option. */
async function drawnChart(container: HTMLElement): Promise<Instance> {
  let chart: Instance | undefined;
  await vi.waitFor(
    () => {
      const element = container.querySelector<HTMLElement>('[_echarts_instance_]');
      chart = element ? echarts.getInstanceByDom(element) : undefined;
      expect(chart && container.querySelectorAll('svg path').length).toBeGreaterThan(0);
    },
    { timeout: 10_000 },
  );
  return chart!;
}

const seriesNames = (chart: Instance) => ((chart.getOption() as { series: Array<{ name: string }> }).series ?? []).map((s) => s.name);

describe('EChartsChart hidden series', () => {
  const option = twoJurisdictionLines;

  it('leaves out every series whose name is switched off, and draws them again when it is back on', async () => {
    const { container, rerender } = render(<EChartsChart option={option} height={200} hiddenSeries={new Set(['高州市'])} />);
    const chart = await drawnChart(container);
    expect(seriesNames(chart)).toEqual(['深圳市']);
    rerender(<EChartsChart option={option} height={200} hiddenSeries={new Set()} />);
    await vi.waitFor(() => expect(seriesNames(chart)).toEqual(['高州市', '高州市', '深圳市']));
  });
});

describe('EChartsChart instance', () => {
  it('gives a new instance (a new size in tests) the option and the event handlers at once', async () => {
    const onRendered = vi.fn();
    const { container, rerender } = render(<EChartsChart option={twoJurisdictionLines} height={200} onRendered={onRendered} />);
    const first = await drawnChart(container);
    rerender(<EChartsChart option={twoJurisdictionLines} height={260} onRendered={onRendered} />);
    const second = await drawnChart(container);
    expect(second).not.toBe(first);
    expect(first.isDisposed()).toBe(true);
    expect(seriesNames(second)).toEqual(['高州市', '高州市', '深圳市']);
    // The new instance's own draw reached the handler: it was bound before the option was set.
    onRendered.mockClear();
    act(() => second.resize({ height: 280 }));
    await vi.waitFor(() => expect(onRendered).toHaveBeenCalled());
  });
});

describe('EChartsChart tooltip', () => {
  const option: EChartsCoreOption = {
    animation: false,
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: ['高州市', '深圳市'], inverse: true },
    series: [{ type: 'bar', name: '2021', data: [1358, 99.5], barMaxWidth: 60 }],
  };

  it('shows the hovered bar as ECharts did (series, category, value) and hides when the pointer leaves', async () => {
    const { container } = render(<EChartsChart option={option} height={240} />);
    const chart = await drawnChart(container);
    const tooltip = container.querySelector<HTMLElement>('.chart-tooltip')!;
    expect(tooltip).not.toBeVisible();

    // A real pointer move over the first bar, through zrender's hit test and ECharts' event.
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [600, '高州市']) as [number, number];
    const root = chart.getZr().painter.getViewportRoot();
    act(() => {
      root.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
    });
    expect(tooltip).toBeVisible();
    expect(tooltip).toHaveTextContent('2021高州市1,358');

    const moveTo = (value: number, category: string) => {
      const [px, py] = chart.convertToPixel({ seriesIndex: 0 }, [value, category]) as [number, number];
      act(() => {
        root.dispatchEvent(new MouseEvent('mousemove', { clientX: px, clientY: py, bubbles: true }));
      });
    };
    // Off the bar, into empty plot (深圳市's bar ends at 99.5).
    moveTo(1000, '深圳市');
    expect(tooltip).not.toBeVisible();
    moveTo(50, '深圳市');
    expect(tooltip).toHaveTextContent('2021深圳市99.5');
    // Out of the chart altogether.
    act(() => {
      root.dispatchEvent(new MouseEvent('mouseout', { relatedTarget: document.body, bubbles: true }));
    });
    expect(tooltip).not.toBeVisible();
  });

  it('goes away on Escape and on a tap outside the chart', async () => {
    const { container } = render(<EChartsChart option={option} height={240} />);
    const chart = await drawnChart(container);
    const tooltip = container.querySelector<HTMLElement>('.chart-tooltip')!;
    const hover = () =>
      act(() => {
        // As ECharts passes it for a series item (a tap on a phone arrives as a mouse move, too).
        const params: ChartMouseParams = { componentType: 'series', seriesName: '2021', name: '深圳市', value: 99.5, color: '#0072B2', event: { offsetX: 5, offsetY: 5 } };
        chart.trigger('mousemove', params as never);
      });

    hover();
    expect(tooltip).toHaveTextContent('2021深圳市99.5');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(tooltip).not.toBeVisible();

    hover();
    fireEvent.pointerDown(tooltip.parentElement!);
    expect(tooltip).toBeVisible(); // a tap on the chart itself keeps it
    fireEvent.pointerDown(document.body);
    expect(tooltip).not.toBeVisible();
  });
});
