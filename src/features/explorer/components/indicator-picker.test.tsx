import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../../../mocks/handlers';
import type { DataIndex } from '../../../domain/data-files';
import { createI18n } from '../../../lib/i18n';
import { createQueryClient } from '../../../lib/query-client';
import { I18nProvider } from '../../../lib/translation-context';
import { explorerMessages } from '../locales';
import { IndicatorPicker } from './indicator-picker';

const catalog = (fixtures.json.get('index.json') as Pick<DataIndex, 'indicators'>).indicators;

function renderPicker(language: 'zh' | 'en') {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider i18n={createI18n(language, [explorerMessages])}>
        <IndicatorPicker indicators={catalog} selectedId="hotline.resolution-rate" onSelect={vi.fn()} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('IndicatorPicker', () => {
  it('holds only the chosen indicator until the page has painted, then lists every one', async () => {
    renderPicker('zh');
    const select = screen.getByRole('combobox', { name: /指标/ });
    expect(within(select).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['hotline.resolution-rate']);
    expect(select).toHaveValue('hotline.resolution-rate');
    // The count says how many there are from the start.
    expect(screen.getByText(`(共 ${catalog.length} 个指标)`)).toBeInTheDocument();
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(catalog.length));
    expect(select).toHaveValue('hotline.resolution-rate');
  });

  it.each([
    ['focused', (select: HTMLElement) => fireEvent.focus(select)],
    ['pointed at', (select: HTMLElement) => fireEvent.pointerEnter(select)],
  ] as const)('lists every indicator at once when %s before the page has painted', (_how, approach) => {
    renderPicker('zh');
    const select = screen.getByRole('combobox', { name: /指标/ });
    expect(within(select).getAllByRole('option')).toHaveLength(1);
    approach(select);
    expect(within(select).getAllByRole('option')).toHaveLength(catalog.length);
    expect(select).toHaveValue('hotline.resolution-rate');
  });

  it.each(['zh', 'en'] as const)('lists each theme in the catalog order, a total before its parts and rates (%s)', async (language) => {
    renderPicker(language);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(catalog.length));
    const hotline = screen.getAllByRole('group').find((g) => g.getAttribute('label')?.includes('12345'))!;
    const listed = within(hotline).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(listed).toEqual(catalog.filter((i) => i.theme === 'hotline').map((i) => i.id));
    // Work orders, then their kinds, then the resolution rate (alphabetical order scattered them).
    expect(listed.indexOf('hotline.work-orders')).toBeLessThan(listed.indexOf('hotline.work-orders-complaints'));
    expect(listed.indexOf('hotline.work-orders-praise')).toBeLessThan(listed.indexOf('hotline.resolution-rate'));
  });
});
