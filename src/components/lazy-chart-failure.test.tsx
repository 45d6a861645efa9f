import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../lib/i18n';
import { I18nProvider } from '../lib/translation-context';
import { LazyChart } from './lazy-chart';

// The chart chunk fails to load until `chunkReachable` is set, as after a dropped connection.
const network = vi.hoisted(() => ({ chunkReachable: false }));
vi.mock('./echarts-chart', async (importOriginal) => {
  if (!network.chunkReachable) throw new Error('Failed to fetch dynamically imported module: ./assets/echarts-chart.js');
  return importOriginal();
});

const option = { xAxis: { type: 'category', data: ['高州市'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [{ value: 99.5 }] }] };

describe('LazyChart when the chart library cannot load', () => {
  it('says so beside the figure, with the error and a retry that loads it once it can', async () => {
    const { container } = render(
      <I18nProvider i18n={createI18n('zh')}>
        <LazyChart label="测试图" height={200} option={option} />
      </I18nProvider>,
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    // With the import's error in brackets (vitest wraps the factory's error in its own message).
    expect(alert).toHaveTextContent(/图表组件未能加载（.+）/);
    // Not inside the figure: the content of role="img" is hidden from assistive technology.
    expect(screen.queryByRole('img', { name: '测试图' })).toBeNull();

    network.chunkReachable = true;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('img', { name: '测试图' }, { timeout: 10_000 })).toBeInTheDocument();
    // Testing Library's waitFor (not vi.waitFor): the chunk arrives while it waits and re-renders the chart.
    await waitFor(() => expect(container.querySelectorAll('svg path').length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
