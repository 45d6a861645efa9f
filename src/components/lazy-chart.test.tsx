import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../lib/i18n';
import { LazyChart } from './lazy-chart';

describe('LazyChart', () => {
  it('loads ECharts on demand and draws the option (SVG at a fixed width in tests)', async () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n('zh')}>
        <LazyChart
          label="测试图"
          height={200}
          option={{ xAxis: { type: 'category', data: ['高州市'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [{ value: 99.5, observationId: 'o1' }] }] }}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('img', { name: '测试图' })).toBeInTheDocument();
    // The bar is a real SVG path once the lazy chunk has loaded and drawn.
    await vi.waitFor(() => expect(container.querySelectorAll('svg path').length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(container.querySelector('svg')?.getAttribute('width')).toBe('640');
  });
});
