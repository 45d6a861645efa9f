import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../test/render-app';

/** A lazy page that loads many indicator files: more than findBy's 1 s default on a busy machine. */
const SLOW = { timeout: 8000 };

const TABLE = '各地区最新数值对比（每行同一标尺）';

function rowOf(table: HTMLElement, indicator: string): HTMLElement {
  return within(table).getByRole('rowheader', { name: new RegExp(`^${indicator}`) }).closest('tr')!;
}

describe('ComparePage', () => {
  it('puts 高州 and 深圳 side by side and flags their different periods and scopes inline', async () => {
    renderApp('/compare?j=440981,440300&i=disclosure.information-requests,hotline.resolution-rate');
    const table = await screen.findByRole('table', { name: TABLE }, SLOW);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['指标', '高州市', '深圳市']);
    const requests = rowOf(table, '依申请公开政府信息申请数');
    const header = within(requests).getByRole('rowheader');
    expect(header).toHaveTextContent('年份不同');
    expect(header).toHaveTextContent('统计期不同');
    expect(header).toHaveTextContent('口径不同');
    const [gaozhou, shenzhen] = within(requests).getAllByRole('cell');
    expect(gaozhou).toHaveTextContent('38 件');
    expect(gaozhou).toHaveTextContent('2021年1–10月');
    expect(gaozhou).toHaveTextContent('非全年');
    expect(shenzhen).toHaveTextContent('≥260 件');
    expect(shenzhen).toHaveTextContent('不少于（下限）');
    expect(shenzhen).toHaveTextContent('2018年全年');
    expect(shenzhen).toHaveTextContent('市政府办公厅');
    // 深圳's "接近2017年的2倍" is a relative value: shown as such, never as a level.
    expect(shenzhen).toHaveTextContent('是2017年的 ≈2 倍约数');
    expect(screen.getByText(/有的数值是整个地区的，有的只是发文机关本身/)).toBeInTheDocument();
    // Where does 高州's 办结率 come from? One click to the quote.
    const rate = rowOf(table, '12345热线办结率');
    expect(within(rate).getAllByRole('cell')[1]).toHaveTextContent('未报告');
    expect(within(rate).getByRole('link', { name: '在原文中查看：工单总体办结率为99.5%' }).getAttribute('href')).toBe(
      '/reader/001_3f0a2276b96b94a9?start=3094&end=3107',
    );
  });

  it('draws the grouped bar chart, one per unit, with the legend for hatching and dashes', async () => {
    renderApp('/compare?j=440981,440300&i=disclosure.information-requests,hotline.resolution-rate');
    expect(await screen.findByRole('img', { name: /依申请公开政府信息申请数：高州市、深圳市的最新数值对比柱状图/ }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /12345热线办结率：高州市、深圳市/ })).toBeInTheDocument();
    expect(screen.getByText(/所选指标的单位不同（件、%），按单位分开绘制/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'CSV 表格' }).length).toBeGreaterThan(0);
  });

  it('falls back with a notice when the link names unknown or too few jurisdictions and unknown indicators', async () => {
    renderApp('/compare?j=440981,999999&i=no.such-indicator');
    expect(await screen.findByText('链接中的地区代码 999999 不存在，已忽略。', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/对比至少需要两个地区，已补充：/)).toBeInTheDocument();
    expect(screen.getByText('链接中的指标 no.such-indicator 不存在，已忽略。')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: TABLE }, SLOW);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0);
  });

  it('keeps at most four jurisdictions', async () => {
    renderApp('/compare?j=440981,440300,440100,442000,440000&i=hotline.resolution-rate');
    expect(await screen.findByText('最多对比四个地区，已去掉：广东省。', undefined, SLOW)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: TABLE }, SLOW);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5);
  });

  it('changes jurisdictions and indicators through the URL, and keeps the language', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/compare?j=440981,440300&i=hotline.resolution-rate&lang=en');
    const fieldset = await screen.findByRole('group', { name: 'Jurisdictions (2–4)' }, SLOW);
    // Two is the minimum: a chosen box stays ticked (and enabled, so it reads as chosen) and the link is unchanged.
    const gaozhou = within(fieldset).getByRole('checkbox', { name: 'Gaozhou' });
    await user.click(gaozhou);
    expect(gaozhou).toBeChecked();
    expect(router.state.location.search).toBe('?j=440981,440300&i=hotline.resolution-rate&lang=en');
    expect(screen.getByText('A comparison needs at least two jurisdictions, so Gaozhou stays chosen. To swap it, choose another jurisdiction first.')).toBeInTheDocument();
    await user.click(within(fieldset).getByRole('checkbox', { name: 'Guangzhou' }));
    expect(router.state.location.search).toBe('?j=440981,440300,440100&i=hotline.resolution-rate&lang=en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add an indicator' }), 'disclosure.information-requests');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(router.state.location.search).toBe('?j=440981,440300,440100&i=hotline.resolution-rate,disclosure.information-requests&lang=en');
    await user.click(screen.getByRole('button', { name: 'Remove 12345 hotline resolution rate' }));
    expect(router.state.location.search).toBe('?j=440981,440300,440100&i=disclosure.information-requests&lang=en');
    expect(await screen.findByRole('columnheader', { name: 'Guangzhou' }, SLOW)).toBeInTheDocument();
  });

  it('compares a chosen year: a jurisdiction without that year is not reported, and the year is in the link', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/compare?j=440981,440300&i=disclosure.information-requests');
    await screen.findByRole('table', { name: TABLE }, SLOW);
    await user.selectOptions(screen.getByRole('combobox', { name: '年份' }), '2018');
    expect(router.state.location.search).toBe('?j=440981,440300&i=disclosure.information-requests&y=2018');
    const table = await screen.findByRole('table', { name: '各地区 2018 年数值对比（每行同一标尺）' }, SLOW);
    const [gaozhou, shenzhen] = within(rowOf(table, '依申请公开政府信息申请数')).getAllByRole('cell');
    // 高州's figure is for 2021: in a 2018 comparison it is not reported, never shown in 2018's place.
    expect(gaozhou).toHaveTextContent('未报告');
    expect(shenzhen).toHaveTextContent('≥260 件');
    expect(screen.getByRole('img', { name: /2018 年数值对比柱状图/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '年份' }), '');
    expect(router.state.location.search).toBe('?j=440981,440300&i=disclosure.information-requests');
  });

  it('says so when the link asks for a year the indicators do not report, and compares the latest', async () => {
    renderApp('/compare?j=440981,440300&i=disclosure.information-requests&y=1999');
    expect(await screen.findByText('所选指标没有 1999 年的数值，已改为比较各地区的最新数值。', undefined, SLOW)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: TABLE }, SLOW)).toBeInTheDocument();
  });
});
