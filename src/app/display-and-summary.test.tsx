import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { DISPLAY_STORAGE_KEY } from '../lib/display-settings';

const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  delete root.dataset.mode;
  delete root.dataset.contrast;
});

describe('display settings in the shell', () => {
  it('opens a shared link in 长者模式 with its text size and high contrast, and remembers it', async () => {
    renderApp('/explore?mode=elder&size=24&contrast=high');
    await waitFor(() => expect(root.dataset.mode).toBe('elder'));
    expect(root.dataset.contrast).toBe('high');
    expect(root.style.getPropertyValue('--root-font-size')).toBe('32px');
    expect(screen.getByRole('button', { name: /长者模式/ })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(JSON.parse(localStorage.getItem(DISPLAY_STORAGE_KEY)!)).toEqual({ elder: true, size: 24, highContrast: true }));
    // The navigation carries the settings on, with the language.
    expect(screen.getByRole('link', { name: '指标浏览' }).getAttribute('href')).toContain('mode=elder');
  });

  it('switches 长者模式, the size and high contrast from the header and writes them into the URL', async () => {
    const { router } = renderApp('/explore');
    const toggle = await screen.findByRole('button', { name: /长者模式/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    await waitFor(() => expect(root.dataset.mode).toBe('elder'));
    expect(router.state.location.search).toContain('mode=elder');
    await userEvent.click(screen.getByText('显示设置'));
    await userEvent.click(screen.getByRole('radio', { name: '30 磅' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '高对比度' }));
    await waitFor(() => expect(root.dataset.contrast).toBe('high'));
    expect(root.style.getPropertyValue('--root-font-size')).toBe('40px');
    expect(router.state.location.search).toMatch(/size=30.*contrast=high/);
    await userEvent.click(screen.getByRole('button', { name: '恢复标准显示' }));
    await waitFor(() => expect(root.dataset.mode).toBeUndefined());
    expect(root.dataset.contrast).toBeUndefined();
    expect(router.state.location.search).not.toContain('mode=');
  });
});

describe('chart text summary in the explorer', () => {
  it('states the values, highest and caveats of the drawn chart in visible text', async () => {
    renderApp('/explore');
    const summary = await screen.findByText('图表文字说明');
    const box = summary.closest('.chart-summary') as HTMLElement;
    // 高州 alone reports the 12345 resolution rate, for January–October 2021.
    expect(box.textContent).toContain('只有一个数值：高州市（2021年，非全年）99.5%');
    expect(within(box).getByText(/只覆盖部分年份/)).toBeInTheDocument();
    expect(document.querySelector('figure.chart')?.getAttribute('aria-describedby')).toBe(box.id);
  });

  it('names highest and lowest and flags a contradiction in the source, in English too', async () => {
    // 高州's 2021 report gives two figures for published 行政强制 cases.
    renderApp('/explore?indicator=enforcement.published-coercion-cases&lang=en');
    const summary = await screen.findByText('What the chart shows');
    const box = summary.closest('.chart-summary') as HTMLElement;
    expect(box.textContent).toMatch(/Highest: Gaozhou \(2021, part year\) 1,299 cases/);
    expect(box.textContent).toMatch(/Lowest: Gaozhou \(2021, part year\) 36 cases/);
    expect(box.textContent).toContain('the source gives conflicting figures');
  });
});
