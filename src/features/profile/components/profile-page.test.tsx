import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, fixtures } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../test/render-app';

/** A lazy page that loads many indicator files: more than findBy's 1 s default on a busy machine. */
const SLOW = { timeout: 8000 };

const RATE_FILE = 'indicators/hotline.resolution-rate.json';

describe('ProfilePage', () => {
  it('groups 高州’s indicators by theme, with latest value, period and a link to the quote in the reader', async () => {
    renderApp('/jurisdiction/440981');
    expect(await screen.findByRole('heading', { level: 2, name: '高州市' }, SLOW)).toBeInTheDocument();
    const hotline = await screen.findByRole('region', { name: '12345热线：高州市的指标' }, SLOW);
    const row = within(hotline).getByRole('rowheader', { name: '12345热线办结率' }).closest('tr')!;
    expect(within(row).getByText('99.5%')).toBeInTheDocument();
    expect(row).toHaveTextContent('2021年1–10月');
    expect(within(row).getByText('非全年')).toBeInTheDocument();
    const quote = within(row).getByRole('link', { name: '在原文中查看：工单总体办结率为99.5%' });
    expect(quote.getAttribute('href')).toBe('/reader/001_3f0a2276b96b94a9?start=3094&end=3107');
    expect(within(row).getByRole('link', { name: '12345热线办结率' }).getAttribute('href')).toBe('/explore?indicator=hotline.resolution-rate&j=440981');
    // Themes appear in catalog order, each with its own heading.
    const themeHeadings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(themeHeadings.indexOf('12345热线 (10)')).toBeLessThan(themeHeadings.indexOf('行政复议 (9)'));
    expect(themeHeadings.some((h) => h?.startsWith('建议提案'))).toBe(false); // 高州 reports no proposals
    // No other county of 茂名 has values: the comparison is with 深圳, the one sharing an indicator (依申请公开).
    const compare = new URL(screen.getByRole('link', { name: '与其他地区对比' }).getAttribute('href')!, 'http://x');
    expect(compare.pathname).toBe('/compare');
    expect(compare.searchParams.get('j')).toBe('440981,440300');
    expect(compare.searchParams.get('i')).toBe('disclosure.information-requests');
  });

  it('shows both values of a contradiction with a warning, and a relative value as relative', async () => {
    renderApp('/jurisdiction/440981');
    const enforcement = await screen.findByRole('region', { name: '行政执法：高州市的指标' }, SLOW);
    const cells = within(enforcement).getAllByText(/^(36|1,299) 宗$/);
    expect(cells.map((c) => c.textContent)).toEqual(['36 宗', '1,299 宗']);
    expect(within(enforcement).getAllByText('原文数值不一致')).toHaveLength(2);
    const business = screen.getByRole('region', { name: '营商环境：高州市的指标' });
    // The source writes the base 较2020年同期: the message's own 较 is not said twice.
    expect(within(business).getByText('较2020年同期增长 10.6%')).toBeInTheDocument();
  });

  it('names a relative value’s base in English, not in the source’s Chinese words', async () => {
    renderApp('/jurisdiction/440981?lang=en');
    const business = await screen.findByRole('region', { name: 'Business environment: indicators for Gaozhou' }, SLOW);
    expect(within(business).getByText('10.6% change vs the same period of 2020')).toBeInTheDocument();
  });

  it('draws a trend line where there are several years, and says the values in words', async () => {
    const file = structuredClone(fixtures.json.get(RATE_FILE)) as { observations: Array<Record<string, unknown>> };
    const [latest] = file.observations;
    file.observations.push({ ...latest, id: 'earlier', year: 2020, value: 97, period: { kind: 'fullYear', asWritten: '全年' } });
    server.use(http.get(dataPath(RATE_FILE), () => HttpResponse.json(file)));
    renderApp('/jurisdiction/440981');
    const hotline = await screen.findByRole('region', { name: '12345热线：高州市的指标' }, SLOW);
    expect(within(hotline).getByRole('columnheader', { name: '趋势' })).toBeInTheDocument();
    expect(within(hotline).getByRole('img', { name: '12345热线办结率，2020–2021年：2020: 97；2021: 99.5' })).toBeInTheDocument();
    // The latest value is still 2021's part-year figure, not the older full-year one.
    const row = within(hotline).getByRole('rowheader', { name: '12345热线办结率' }).closest('tr')!;
    expect(within(row).getByText('99.5%')).toBeInTheDocument();
    expect(within(row).getByText('另有 1 个较早年份')).toBeInTheDocument();
    // The sparkline is summarised in words beside it, with the caveat that 2021 covers only part of the year:
    // collapsed under its heading (one row per indicator; at scale a county has 145), open on a click.
    const trendWords = within(row).getByText('12345热线办结率：从2020年的 97 升至2021年的 99.5（含非全年数据，升降不一定可比）', { exact: false });
    expect(trendWords).not.toBeVisible();
    await userEvent.click(within(row).getByText('图表文字说明'));
    expect(trendWords).toBeVisible();
    // Themes without several years get no trend column.
    expect(within(screen.getByRole('region', { name: '行政复议：高州市的指标' })).queryByRole('columnheader', { name: '趋势' })).toBeNull();
  });

  it('falls back to a notice and the list of jurisdictions for an unknown code', async () => {
    renderApp('/jurisdiction/999999');
    expect(await screen.findByText('链接中的地区代码“999999”不存在。请从下面的列表中选择一个地区。', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '高州市' }).getAttribute('href')).toBe('/jurisdiction/440981');
  });

  it('lists every jurisdiction by level, searchable by name or code, keeping the language', async () => {
    const user = userEvent.setup();
    renderApp('/jurisdiction?lang=en');
    const search = await screen.findByRole('searchbox', { name: 'Search jurisdictions by name or code' }, SLOW);
    expect(screen.getByRole('heading', { name: 'County-level' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Town-level' })).toBeInTheDocument();
    await user.type(search, '4409');
    expect(screen.getByRole('link', { name: 'Gaozhou' }).getAttribute('href')).toBe('/jurisdiction/440981?lang=en');
    expect(screen.getByRole('link', { name: 'Maoming' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Shenzhen' })).toBeNull();
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByText('No jurisdiction matches “zzz”')).toBeInTheDocument();
  });

  it('says so when a jurisdiction has no values, instead of showing zeros', async () => {
    renderApp('/jurisdiction/440900');
    expect(await screen.findByText('已收录的文件中暂无这个地区的数值。', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '高州市' })).toBeInTheDocument(); // its county
  });

  it('at scale loads one theme at a time, on request, instead of every indicator file', async () => {
    const index = structuredClone(fixtures.json.get('index.json')) as { summaries: Array<{ indicatorId: string; observationCount: number }> };
    for (const summary of index.summaries) if (summary.observationCount > 0) summary.observationCount = 50_000;
    server.use(http.get(dataPath('index.json'), () => HttpResponse.json(index)));
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/indicators/')) requested.push(new URL(request.url).pathname.split('/').pop()!);
    });
    renderApp('/jurisdiction/440981');
    const placeholder = await screen.findByRole('region', { name: /^12345热线 \(\d+\)$/ }, SLOW);
    const load = within(placeholder).getByRole('button', { name: /加载此主题的 \d+ 个指标/ });
    expect(screen.getByText(/各主题在需要时再加载/)).toBeInTheDocument();
    expect(requested).toEqual([]);
    expect(screen.queryByRole('region', { name: '12345热线：高州市的指标' })).toBeNull();

    await userEvent.click(load);
    const hotline = await screen.findByRole('region', { name: '12345热线：高州市的指标' }, SLOW);
    expect(within(hotline).getByRole('rowheader', { name: '12345热线办结率' })).toBeInTheDocument();
    // Only the opened theme's files were fetched.
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((file) => file.startsWith('hotline.'))).toBe(true);
    server.events.removeAllListeners();
  });
});
