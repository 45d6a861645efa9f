import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../../test/render-app';

// jsdom cannot click a bar on a canvas: the chart is replaced by one button per bar that calls the chart's
// onItemClick with the bar's datum, as ECharts does when a bar is clicked.
vi.mock('../../../components/echarts-chart', () => ({
  default: function BarsAsButtons({ option, onItemClick }: { option: { series?: Array<{ data?: unknown[] }> }; onItemClick?: (datum: unknown) => void }) {
    const data = (option.series ?? []).flatMap((s) => s.data ?? []).filter((d): d is { observationId: string } => typeof d === 'object' && d !== null && 'observationId' in d);
    return (
      <>
        {data.map((datum) => (
          <button key={datum.observationId} type="button" data-observation={datum.observationId} onClick={() => onItemClick?.(datum)}>
            bar
          </button>
        ))}
      </>
    );
  },
}));

describe('a bar of the comparison chart', () => {
  it('opens the reader at the sentence its value is quoted from, keeping the language', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/compare?j=440981,440300&i=disclosure.information-requests&lang=en');
    await waitFor(() => expect(document.querySelector('[data-observation]')).not.toBeNull(), { timeout: 8000 });
    // 高州's 38 requests, quoted from its 2021 report.
    const bar = [...document.querySelectorAll<HTMLElement>('[data-observation]')].find((b) => b.dataset.observation!.startsWith('001_3f0a2276b96b94a9:'))!;
    const [, span] = bar.dataset.observation!.split(':');
    const [start, end] = span!.split('-');
    await user.click(bar);
    await waitFor(() => expect(router.state.location.pathname).toBe('/reader/001_3f0a2276b96b94a9'));
    expect(router.state.location.search).toBe(`?start=${start}&end=${end}&lang=en`);
    expect(await screen.findByRole('region', { name: 'Full text' }, { timeout: 8000 })).toBeInTheDocument();
  });
});
