import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../lib/translation-context';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../lib/i18n';
import { echarts } from '../lib/echarts';
import { SERIES_LEGEND_KEY } from './chart-legend';
import { LazyChart } from './lazy-chart';
import { twoJurisdictionLines } from '../../test/fixtures/line-chart-option';

describe('LazyChart', () => {
  it('loads ECharts on demand and draws the option (SVG at a fixed width in tests)', async () => {
    const { container } = render(
      <I18nProvider i18n={createI18n('zh')}>
        <LazyChart
          label="测试图"
          height={200}
          option={{ xAxis: { type: 'category', data: ['高州市'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [{ value: 99.5, observationId: 'o1' }] }] }}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('img', { name: '测试图' })).toBeInTheDocument();
    // The bar is a real SVG path once the lazy chunk has loaded and drawn. Testing Library's waitFor, not
    // vi.waitFor: the chunk's arrival re-renders every LazyChart, and only waitFor lets React render that
    // outside act() without a warning (whichever test of this file runs first is the one that loads it).
    await waitFor(() => expect(container.querySelectorAll('svg path').length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(container.querySelector('svg')?.getAttribute('width')).toBe('640');
  });

  describe('series legend', () => {
    const option = twoJurisdictionLines;
    const seriesNames = (container: HTMLElement) => {
      const element = container.querySelector<HTMLElement>('[_echarts_instance_]');
      const chart = element ? echarts.getInstanceByDom(element) : undefined;
      return ((chart?.getOption() as { series?: Array<{ name: string }> } | undefined)?.series ?? []).map((s) => s.name);
    };

    it('names each line above the figure with a toggle button that hides or shows every series of that name', async () => {
      const { container } = render(
        <I18nProvider i18n={createI18n('zh')}>
          <LazyChart label="测试图" height={200} option={option} />
        </I18nProvider>,
      );
      const legend = screen.getByRole('list', { name: /图例/ });
      // Outside the figure: content inside role="img" is hidden from assistive technology.
      expect(screen.getByRole('img', { name: '测试图' }).contains(legend)).toBe(false);
      await waitFor(() => expect(seriesNames(container)).toEqual(['高州市', '高州市', '深圳市']), { timeout: 10_000 });

      const gaozhou = screen.getByRole('button', { name: '高州市' });
      expect(gaozhou).toHaveAttribute('aria-pressed', 'true');
      fireEvent.click(gaozhou);
      expect(gaozhou).toHaveAttribute('aria-pressed', 'false');
      await waitFor(() => expect(seriesNames(container)).toEqual(['深圳市']));

      fireEvent.click(gaozhou);
      await waitFor(() => expect(seriesNames(container)).toEqual(['高州市', '高州市', '深圳市']));
    });

    it('draws no legend for a chart whose builder lists none', () => {
      render(
        <I18nProvider i18n={createI18n('zh')}>
          <LazyChart label="测试图" height={200} option={{ ...option, [SERIES_LEGEND_KEY]: undefined }} />
        </I18nProvider>,
      );
      expect(screen.queryByRole('list')).toBeNull();
    });
  });
});
