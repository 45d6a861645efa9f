import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../test/render-app';

/** A lazy page that loads many indicator files: more than findBy's 1 s default on a busy machine. */
const SLOW = { timeout: 8000 };

describe('OverviewPage', () => {
  it('is the start page: the 12345 card shows 高州’s latest 办结率 99.5% for 1–10月, linked to the explorer and the quote', async () => {
    renderApp('/');
    const card = (await screen.findByRole('heading', { level: 3, name: '12345热线' }, SLOW)).closest('li')!;
    const value = await within(card).findByRole('link', { name: /^99\.5% · / }, SLOW);
    expect(value.getAttribute('href')).toBe('/explore?indicator=hotline.resolution-rate&j=440981&obs=001_3f0a2276b96b94a9%3A3094-3107%3Ahotline.resolution-rate');
    const entry = value.closest('li')!;
    expect(within(entry).getByText('高州市')).toBeInTheDocument();
    expect(within(entry).getAllByText(/2021年1–10月/).length).toBeGreaterThan(0);
    expect(within(entry).getAllByText('非全年').length).toBeGreaterThan(0);
    const quote = within(entry).getAllByRole('link', { name: '原文出处：工单总体办结率为99.5%' })[0]!;
    expect(quote.getAttribute('href')).toBe('/reader/001_3f0a2276b96b94a9?start=3094&end=3107');
    expect(within(card).getByRole('link', { name: '12345热线办结率' }).getAttribute('href')).toBe('/explore?indicator=hotline.resolution-rate&j=440981');
  });

  it('shows the qualifier and scope of a headline value: 深圳’s ≥260 requests are the office’s own', async () => {
    renderApp('/');
    const card = (await screen.findByRole('heading', { level: 3, name: '政务公开' }, SLOW)).closest('li')!;
    const value = await within(card).findByRole('link', { name: /^≥260 件/ }, SLOW);
    const entry = value.closest('li')!;
    expect(within(entry).getByText('不少于（下限）')).toBeInTheDocument();
    expect(entry).toHaveTextContent('2018年全年');
    expect(entry).toHaveTextContent('市政府办公厅');
  });

  it('writes plain-language sentences from the data, qualifier and part-year period in words', async () => {
    renderApp('/');
    const section = (await screen.findByRole('heading', { level: 2, name: '通俗摘要' }, SLOW)).closest('section')!;
    expect(await within(section).findByText('高州市，2021年1–10月，12345热线办结率为99.5%。这只是年内部分时段的数字，不是全年。', undefined, SLOW)).toBeInTheDocument();
    expect(within(section).getByText(/深圳市，2018年全年，依申请公开政府信息申请数不少于260 件。这个数字只指市政府办公厅/)).toBeInTheDocument();
  });

  it('marks each theme in the coverage matrix as reported, partial or not reported', async () => {
    renderApp('/');
    const table = await screen.findByRole('table', { name: '各地区、各年份、各主题的数据覆盖情况' }, SLOW);
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain('高州市2021');
    expect(headers).toContain('深圳市2018');
    const column = headers.indexOf('高州市2021');
    const cellIn = (theme: string, index: number) => within(table).getByRole('rowheader', { name: theme }).closest('tr')!.children[index]!;
    // 高州's 2021 report was written in December: its hotline figures are for 1–10月.
    expect(cellIn('12345热线', column)).toHaveAttribute('data-status', 'partial');
    expect(cellIn('12345热线', column)).toHaveTextContent(/仅覆盖年内部分时段/);
    // 深圳 2018 (written after the year) reports its proposals for the full year, and no hotline figure at all.
    const shenzhen = headers.indexOf('深圳市2018');
    expect(cellIn('建议提案', shenzhen)).toHaveAttribute('data-status', 'full');
    expect(cellIn('建议提案', shenzhen)).toHaveTextContent('17 个指标，全年');
    expect(cellIn('12345热线', shenzhen)).toHaveAttribute('data-status', 'notReported');
    expect(cellIn('12345热线', shenzhen)).toHaveTextContent('未报告');
    expect(cellIn('12345热线', shenzhen)).not.toHaveTextContent(/\d/);
    expect(screen.getByText(/尚未收录文件的地区：广东省、茂名市/)).toBeInTheDocument();
  });

  it('offers entry points for leaders, staff and the public, keeping the language', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en');
    const compare = await screen.findByRole('link', { name: 'Compare jurisdictions' }, SLOW);
    expect(compare.getAttribute('href')).toMatch(/^\/compare\?j=440981,\d+&i=hotline\.resolution-rate,admin-review\.applications,disclosure\.information-requests&lang=en$/);
    const staff = screen.getByRole('heading', { name: 'For staff' }).closest('li')!;
    expect(within(staff).getByRole('link', { name: 'Explore indicators' }).getAttribute('href')).toBe('/explore?indicator=hotline.resolution-rate&lang=en');
    expect(within(staff).getByRole('link', { name: 'Browse by jurisdiction' }).getAttribute('href')).toBe('/jurisdiction?lang=en');
    expect(within(staff).getByRole('link', { name: 'Briefings' }).getAttribute('href')).toBe('/briefings?lang=en');
    await user.click(screen.getByRole('button', { name: 'Read the plain-language summaries' }));
    expect(screen.getByRole('heading', { name: 'Plain-language summaries' })).toHaveFocus();
    expect(await screen.findByText('Gaozhou, Jan–Oct 2021: 12345 hotline resolution rate was 99.5%. This covers only part of the year, not the full year.', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toHaveTextContent('Overview');
  });

  it('explains a failed indicator file in place and keeps the rest of the page', async () => {
    server.use(http.get(dataPath('indicators/hotline.resolution-rate.json'), () => new HttpResponse(null, { status: 500 })));
    renderApp('/');
    expect(await screen.findByRole('alert', undefined, SLOW)).toHaveTextContent('服务器返回错误 500，未能获取 indicators/hotline.resolution-rate.json');
    expect(screen.getByRole('heading', { name: '重点主题：最新数据' })).toBeInTheDocument();
  });
});
