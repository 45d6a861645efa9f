import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app';
import { DISPLAY_STORAGE_KEY } from '../lib/storage-keys';

const root = document.documentElement;

afterEach(() => {
  vi.unstubAllGlobals();
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

  it('closes the display settings when the reader goes to another page', async () => {
    renderApp('/explore');
    await userEvent.click(await screen.findByText('显示设置'));
    const menu = screen.getByText('显示设置').closest('details')!;
    expect(menu.open).toBe(true);
    await userEvent.click(screen.getByRole('link', { name: '概览' }));
    await waitFor(() => expect(menu.open).toBe(false));
    // Opened again on this page, it stays open while the reader changes a setting.
    await userEvent.click(screen.getByText('显示设置'));
    await userEvent.click(screen.getByRole('checkbox', { name: '高对比度' }));
    expect(menu.open).toBe(true);
  });
});

/** A window as wide as `width` px, for the media queries the shell asks (jsdom has no matchMedia). */
function stubWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*(\d+)px/.exec(query);
    return {
      matches: max ? width <= Number(max[1]) : false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
  });
}

describe('the header in 长者模式 on a phone', () => {
  it('puts the 长者模式 toggle inside the settings, shortens its label and moves the dataset line to the footer', async () => {
    stubWidth(375);
    renderApp('/explore?mode=elder&size=30');
    const summary = await screen.findByText('设置');
    const details = summary.closest('details')!;
    const toggle = screen.getByRole('button', { name: /长者模式/ });
    expect(details).toContainElement(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Two or three lines of 40 px text in the header, it said what the footer can: the page comes first.
    expect(await within(screen.getByRole('contentinfo')).findByText('数据来源：5 份政府公开文件，人工整理，逐条核对原文')).toBeInTheDocument();
    expect(screen.getByRole('banner')).not.toHaveTextContent('份政府公开文件');

    // Turned off from inside the settings, the toggle is back in the header's row and keeps the focus.
    await userEvent.click(summary);
    await userEvent.click(toggle);
    await waitFor(() => expect(root.dataset.mode).toBeUndefined());
    const moved = screen.getByRole('button', { name: /长者模式/ });
    expect(details).not.toContainElement(moved);
    expect(moved).toHaveAttribute('aria-pressed', 'false');
    expect(moved).toHaveFocus();
    expect(screen.getByText('显示设置')).toBe(details.querySelector('summary'));
    expect(within(screen.getByRole('banner')).getByText('数据来源：5 份政府公开文件，人工整理，逐条核对原文')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent('份政府公开文件');
  });

  it('keeps the full header on a wide window in 长者模式, and on a phone without it', async () => {
    stubWidth(1280);
    const { unmount } = renderApp('/explore?mode=elder&size=30');
    const toggle = await screen.findByRole('button', { name: /长者模式/ });
    expect(toggle.closest('details')).toBeNull();
    expect(screen.getByText('显示设置')).toBeInTheDocument();
    unmount();
    delete root.dataset.mode;
    localStorage.clear();

    stubWidth(375);
    renderApp('/explore');
    const header = await screen.findByRole('button', { name: /长者模式/ });
    expect(header.closest('details')).toBeNull();
    expect(await screen.findByText('数据来源：5 份政府公开文件，人工整理，逐条核对原文')).toBeInTheDocument();

    // Turned on, the toggle moves into the settings, which open to show where it went, and keeps the focus.
    await userEvent.click(header);
    await waitFor(() => expect(root.dataset.mode).toBe('elder'));
    const moved = screen.getByRole('button', { name: /长者模式/ });
    expect(moved.closest('details')).toHaveProperty('open', true);
    expect(moved).toHaveFocus();
  });

  it('hands the focus to the settings when 恢复标准显示 removes itself', async () => {
    stubWidth(375);
    renderApp('/explore?mode=elder&size=24');
    await userEvent.click(await screen.findByText('设置'));
    await userEvent.click(screen.getByRole('button', { name: '恢复标准显示' }));
    await waitFor(() => expect(root.dataset.mode).toBeUndefined());
    expect(screen.getByText('显示设置')).toHaveFocus();
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
