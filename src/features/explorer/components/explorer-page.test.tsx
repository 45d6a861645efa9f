import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, fixtures } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../test/render-app';

const RATE_FILE = 'indicators/hotline.resolution-rate.json';

describe('ExplorerPage', () => {
  it('shows the default indicator with its values, qualifiers, periods and not-reported years', async () => {
    renderApp('/explore');
    // The file's first test also loads the page's lazy chunks (and ECharts) cold: more than findBy's default second on a busy machine.
    const table = await screen.findByRole('table', { name: /12345热线办结率/ }, { timeout: 5000 });
    const gaozhou = within(table).getByRole('rowheader', { name: '高州市' }).closest('tr')!;
    expect(within(gaozhou).getByText('99.5%')).toBeInTheDocument();
    expect(within(gaozhou).getByText('2021年1–10月')).toBeInTheDocument();
    expect(within(gaozhou).getByText('非全年')).toBeInTheDocument();
    // 深圳's 2018 document gives no hotline rate: it must read as not reported, never 0.
    const shenzhen = within(table).getByRole('rowheader', { name: '深圳市' }).closest('tr')!;
    expect(within(shenzhen).getByText('未报告')).toBeInTheDocument();
    expect(within(table).queryByText(/^0(\.0+)?%?$/)).toBeNull();
  });

  it('opens the quote and its document from the table, and keeps the selection in the URL', async () => {
    const { router } = renderApp('/explore');
    await userEvent.click(await screen.findByRole('button', { name: '查看出处' }));
    const detail = screen.getByRole('region', { name: '出处' });
    expect(within(detail).getByText('99.5%', { selector: 'strong' })).toBeInTheDocument();
    expect(detail.querySelector('mark')?.textContent).toBe('工单总体办结率为99.5%');
    expect(within(detail).getByText('高州市2021年度法治政府建设情况报告')).toBeInTheDocument();
    expect(router.state.location.search).toContain('obs=001_3f0a2276b96b94a9');
    // The surrounding sentence comes from the served source text.
    await waitFor(() => expect(detail.textContent).toContain('群众对工单处理的满意度'));
  });

  it('says a linked value is no longer in the data, instead of inviting a click as if none had been linked', async () => {
    const stale = '001_3f0a2276b96b94a9:1-9:hotline.resolution-rate';
    renderApp(`/explore?indicator=hotline.resolution-rate&obs=${encodeURIComponent(stale)}`);
    const detail = await screen.findByRole('region', { name: '出处' }, { timeout: 5000 });
    expect(await within(detail).findByText(`链接指向的数值（${stale}）不在当前数据中：数据可能已更新。请在图表或表格中重新选择。`)).toHaveAttribute('role', 'status');
    expect(within(detail).queryByText(/选择图中的柱子/)).toBeNull();
  });

  it('says a linked value from an imported report that is not in this browser is not here, in English', async () => {
    const stale = 'imported-0b1f6a8e-1111-4222-8333-444455556666:3-20:hotline.resolution-rate';
    renderApp(`/explore?indicator=hotline.resolution-rate&lang=en&obs=${encodeURIComponent(stale)}`);
    const detail = await screen.findByRole('region', { name: 'Source' }, { timeout: 5000 });
    expect(
      await within(detail).findByText('The linked value comes from an imported report that is not in this browser: it may have been deleted, or imported in another browser. Choose a value in the chart or table.'),
    ).toBeInTheDocument();
  });

  it('shows ≥ for a lower bound and marks the qualifier in words', async () => {
    renderApp('/explore?indicator=disclosure.information-requests');
    const table = await screen.findByRole('table', { name: /数据表/ });
    expect(within(table).getByText(/≥260/)).toBeInTheDocument();
    expect(within(table).getAllByText('不少于（下限）').length).toBeGreaterThan(0);
  });

  it('switches indicator from the picker and filters the list by search', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/explore');
    const search = await screen.findByRole('searchbox', { name: '搜索指标' });
    await user.type(search, '投诉');
    const select = screen.getByRole('combobox', { name: /指标/ });
    const options = within(select).getAllByRole('option').filter((o) => (o as HTMLOptionElement).value);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option.textContent).toMatch(/投诉/);
    await user.selectOptions(select, options[0]!);
    expect(router.state.location.search).toContain(`indicator=${(options[0] as HTMLOptionElement).value}`);
  });

  it('falls back to the default indicator with a notice when the URL names an unknown one', async () => {
    renderApp('/explore?indicator=no.such-indicator');
    expect(await screen.findByText(/链接中的指标“no.such-indicator”不存在/)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /12345热线办结率/ })).toBeInTheDocument();
  });

  it('switches to English and back, keeping the view', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/explore?indicator=hotline.work-orders');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('columnheader', { name: 'Jurisdiction' })).toBeInTheDocument();
    expect(router.state.location.search).toContain('lang=en');
    expect(router.state.location.search).toContain('indicator=hotline.work-orders');
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('columnheader', { name: '地区' })).toBeInTheDocument();
  });
});

describe('ExplorerPage when data fails', () => {
  it('explains a server error for the indicator file inside its panel, keeps the picker working, and retries', async () => {
    let failing = true;
    server.use(
      http.get(dataPath(RATE_FILE), () =>
        failing ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(fixtures.json.get(RATE_FILE) as object),
      ),
    );
    renderApp('/explore');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`服务器返回错误 500，未能获取 ${RATE_FILE}`);
    expect(screen.getByRole('combobox', { name: /指标/ })).toBeEnabled();
    failing = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('table', { name: /12345热线办结率/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the file when it is not valid JSON', async () => {
    server.use(http.get(dataPath(RATE_FILE), () => HttpResponse.text('{"schemaVersion": 1, "observ')));
    renderApp('/explore');
    expect(await screen.findByRole('alert')).toHaveTextContent(`${RATE_FILE} 不是有效的 JSON 文件`);
  });

  it('names the file and the field when the data does not match the schema', async () => {
    const broken = structuredClone(fixtures.json.get(RATE_FILE)) as { observations: Array<{ qualifier: string }> };
    broken.observations[0]!.qualifier = 'roughly';
    server.use(http.get(dataPath(RATE_FILE), () => HttpResponse.json(broken)));
    renderApp('/explore');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${RATE_FILE} 的内容不符合数据格式`);
    expect(within(alert).getByText('observations.0.qualifier')).toBeInTheDocument();
  });

  it('explains a failed index request in place, with the file name and a retry', async () => {
    server.use(http.get(dataPath('index.json'), () => HttpResponse.error()));
    renderApp('/explore');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法连接到数据服务器，未能获取 index.json');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
    // The shell (header, language switch) still renders.
    expect(screen.getByRole('banner')).toHaveTextContent('ReportLens');
  });
});
