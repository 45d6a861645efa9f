import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../../../mocks/handlers';
import { serveIndexWithoutDocuments } from '../../../../test/index-without-documents';
import { renderApp } from '../../../../test/render-app';

const GAOZHOU = '001_3f0a2276b96b94a9';
const text = fixtures.text.get(`sources/${GAOZHOU}.txt`)!;
const hrefOf = (quote: string) => {
  const start = text.indexOf(quote);
  return `/reader/${GAOZHOU}?start=${start}&end=${start + quote.length}`;
};

describe('QualityPage', () => {
  it('lists 001’s 可网办率 contradiction with links to its three spans', async () => {
    renderApp('/quality');
    const card = await screen.findByRole('article', { name: /不一致: 可网办率：原文 98\.36%，按 1,?895 ÷ 2,?018 计算为 93\.90%/ });
    expect(within(card).getByText(/相差 \+4\.46 个百分点/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '在原文中查看：可网办率98.36%' })).toHaveAttribute('href', hrefOf('可网办率98.36%'));
    expect(within(card).getByRole('link', { name: '在原文中查看：事项可网办数1895项' })).toHaveAttribute('href', hrefOf('事项可网办数1895项'));
    expect(within(card).getByRole('link', { name: '在原文中查看：我市依申请事项2018项' })).toBeInTheDocument();
  });

  it('shows parts against totals: 12905 consistent, 82 = 72 + 10', async () => {
    renderApp('/quality');
    expect(await screen.findByRole('article', { name: /^一致: 12345热线工单量：合计 12,?905，分项之和 12,?905$/ })).toBeInTheDocument();
    const review = screen.getByRole('article', { name: /^一致: .*行政复议.*：合计 82，分项之和 82$/ });
    expect(within(review).getByRole('link', { name: '在原文中查看：其中受理72件' })).toBeInTheDocument();
    expect(within(review).getByRole('link', { name: '在原文中查看：不予受理10件' })).toBeInTheDocument();
  });

  it('lists 行政强制案 repeated in one enumeration, and the summary per document', async () => {
    renderApp('/quality');
    const repeated = await screen.findByRole('article', { name: /出现 2 次，数值为 36 \/ 1,?299/ });
    expect(within(repeated).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([hrefOf('行政强制案36宗'), hrefOf('行政强制案1299宗')]);
    const summary = screen.getByRole('table', { name: '按文件' });
    const gaozhou = within(summary).getByRole('rowheader', { name: '高州市2021年度法治政府建设情况报告' }).closest('tr')!;
    expect(within(gaozhou).getAllByRole('cell').map((c) => c.textContent)[0]).toBe('82');
    expect(within(gaozhou).getAllByRole('cell').map((c) => c.textContent)[1]).toBe('2');
    expect(screen.getByRole('table', { name: '按地区' })).toBeInTheDocument();
    // 横栏镇's work plan gives tasks, not figures: named below the table instead of silently missing from it.
    expect(within(summary).queryByRole('rowheader', { name: '横栏镇2022年政务公开工作要点分工方案' })).toBeNull();
    const withoutFigures = screen.getByText('以下文件没有指标数值，不在表中：').parentElement!;
    expect(within(withoutFigures).getAllByRole('link').map((a) => a.textContent)).toEqual(['横栏镇2022年政务公开工作要点分工方案']);
  });

  it('names a relative value’s missing base in words in English, with the source’s words marked as Chinese', async () => {
    renderApp('/quality?lang=en');
    const table = await screen.findByRole('table', { name: 'Relative figures without a base' });
    const cell = within(table).getByText('the same period of 2020', { exact: false });
    expect(cell).toHaveTextContent('the same period of 2020 «较2020年同期»');
    expect(within(cell).getByText('较2020年同期')).toHaveAttribute('lang', 'zh-CN');
    expect(within(table).getByRole('columnheader', { name: 'Base' })).toBeInTheDocument();
  });

  it('filters to problems only and to one document, in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/quality?lang=en');
    await user.click(await screen.findByRole('checkbox', { name: 'Problems only' }));
    expect(router.state.location.search).toContain('problems=1');
    expect(screen.queryByRole('article', { name: /^Consistent/ })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Document' }), '004_a24638c85b82cf1e');
    expect(router.state.location.search).toContain('doc=004_a24638c85b82cf1e');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  describe('with nothing to check', () => {

    it('says so instead of showing empty tables that read as "no problems"', async () => {
      serveIndexWithoutDocuments('curated');
      renderApp('/quality');
      expect(await screen.findByText(/^没有可检查的数据/)).toHaveAttribute('role', 'status');
      expect(screen.queryByRole('table')).toBeNull();
      expect(screen.queryByText('没有此类发现。')).toBeNull();
      expect(screen.queryByRole('checkbox', { name: '只显示问题' })).toBeNull();
    });

    it('says why for the synthetic dataset: it has no source documents', async () => {
      serveIndexWithoutDocuments('synthetic');
      renderApp('/quality?lang=en');
      expect(await screen.findByText(/synthetic dataset has no source documents.*does not mean the data has no problems/)).toHaveAttribute('role', 'status');
    });
  });
});
