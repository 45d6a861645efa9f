import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../mocks/node';
import { decodeColumnarIndicatorFile } from '../src/domain/columnar-indicator-file';
import { ColumnarIndicatorFileSchema, RegionFileSchema } from '../src/domain/data-files';
import { renderApp } from './render-app';
import { syntheticDatasetForTests } from './synthetic-files';

// A small synthetic dataset (60 counties × 10 years × 2 indicators), generated in memory and served at data-synthetic/.
const { files, serve: serveSynthetic } = syntheticDatasetForTests({ seed: 3, counties: 60, indicators: ['hotline.resolution-rate', 'admin-review.applications'] });

describe('explorer on the synthetic dataset', () => {
  it('shows the synthetic banner and a virtualised table that knows its full size', async () => {
    serveSynthetic();
    window.history.replaceState(null, '', '/?data=synthetic');
    renderApp('/explore?data=synthetic&indicator=hotline.resolution-rate&tab=table');
    expect(await screen.findByText(/合成数据（仅用于演示与性能测试/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /12345热线办结率/ });
    const rowCount = Number(table.getAttribute('aria-rowcount'));
    const summary = JSON.parse(files.get('index.json')!).summaries.find((s: { indicatorId: string }) => s.indicatorId === 'hotline.resolution-rate');
    // Every value is a row (plus the header row), but only a window of them is in the DOM.
    expect(rowCount).toBe(summary.observationCount + 1);
    const rendered = within(table).getAllByRole('row').filter((r) => r.hasAttribute('aria-rowindex'));
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(rowCount / 4);
    expect(rendered[0]!.getAttribute('aria-rowindex')).toBe('1');
    expect(rendered[1]!.getAttribute('aria-rowindex')).toBe('2');
    // The rows left out are one spacer below, hidden from assistive technology; none above at the top.
    const spacers = table.querySelectorAll('tbody tr.spacer-row');
    expect(spacers).toHaveLength(1);
    expect(spacers[0]).toHaveAttribute('aria-hidden', 'true');

    // Scrolled halfway (jsdom has no layout: the fallback region and row height), the window follows.
    const region = screen.getByTestId('virtual-table');
    region.scrollTop = (rowCount / 2) * 46;
    fireEvent.scroll(region);
    const moved = within(table).getAllByRole('row').filter((r) => r.hasAttribute('aria-rowindex') && r.closest('tbody'));
    const firstIndex = Number(moved[0]!.getAttribute('aria-rowindex'));
    expect(firstIndex).toBeGreaterThan(rowCount / 2 - 30);
    expect(firstIndex).toBeLessThan(rowCount / 2);
    expect(moved.map((r) => Number(r.getAttribute('aria-rowindex')))).toEqual(moved.map((_, i) => firstIndex + i));
    expect(table.querySelectorAll('tbody tr.spacer-row')).toHaveLength(2);
  });

  it("shows a linked observation's source with the first chart, also one the chart does not draw", async () => {
    serveSynthetic();
    window.history.replaceState(null, '', '/?data=synthetic');
    const file = decodeColumnarIndicatorFile(ColumnarIndicatorFileSchema.parse(JSON.parse(files.get('indicators/hotline.resolution-rate.json')!)));
    if (!file.ok) throw new Error(JSON.stringify(file.issues));
    // An early year: the ranked chart draws the latest year and reads the one before it.
    const linked = file.observations.find((o) => o.year === 2016)!;
    const index = JSON.parse(files.get('index.json')!) as { jurisdictions: Array<{ code: string; name: { zh: string } }> };
    const name = index.jurisdictions.find((j) => j.code === linked.jurisdictionCode)!.name.zh;
    renderApp(`/explore?data=synthetic&indicator=hotline.resolution-rate&obs=${linked.id}`);
    expect(await screen.findByText(/图中为排名前 20 的地区/)).toBeInTheDocument();
    // In the same render as the chart: not after every year's rows have been built.
    const detail = screen.getByRole('region', { name: '出处' });
    expect(within(detail).getByText(name)).toBeInTheDocument();
    expect(detail.textContent).toContain(linked.provenance.quote);
  });

  it('draws the top 20 of the year and offers a search to highlight a county', async () => {
    serveSynthetic();
    window.history.replaceState(null, '', '/?data=synthetic');
    renderApp('/explore?data=synthetic&indicator=hotline.resolution-rate');
    expect(await screen.findByText(/图中为排名前 20 的地区/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '显示前' })).toHaveValue('20');
    expect(screen.getByRole('searchbox', { name: '查找并突出显示地区' })).toBeInTheDocument();
  });
});

describe('a jurisdiction profile on the synthetic dataset', () => {
  it('says its values come from generated texts, not from "0 documents"', async () => {
    serveSynthetic();
    window.history.replaceState(null, '', '/?data=synthetic');
    const index = JSON.parse(files.get('index.json')!) as { jurisdictions: Array<{ code: string; level: string }> };
    const county = index.jurisdictions.find((j) => j.level === 'county')!;
    renderApp(`/jurisdiction/${county.code}?data=synthetic`);
    expect(await screen.findByText(/个指标，数值来自生成的合成文本，不是政府文件。/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText(/来自 0 份文件/)).toBeNull();
  });

  it('opens the overview saying the data is generated, not "0 government documents"', async () => {
    serveSynthetic();
    window.history.replaceState(null, '', '/?data=synthetic');
    renderApp('/?data=synthetic');
    // 60 counties, 10 years, the catalog's indicators (every one is listed, even those without a file here).
    expect(await screen.findByText(/^合成数据：60 个县级地区、10 个年份、\d+ 个指标的数值都是程序生成的/)).toBeInTheDocument();
    expect(screen.queryByText(/收录 0 份政府公开文件/)).toBeNull();
    expect(screen.getByText(/这些数字是合成的/)).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/数值与来源文本均为程序生成的示例/);
  });

  it("reads only its province's file of slices of the indicators, every theme at once", async () => {
    serveSynthetic();
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      requested.push(decodeURIComponent(new URL(request.url).pathname.replace(/^.*\/data-synthetic\//, '')));
    });
    window.history.replaceState(null, '', '/?data=synthetic');
    const index = JSON.parse(files.get('index.json')!) as { regionFiles?: string; jurisdictions: Array<{ code: string; level: string; name: { zh: string } }> };
    expect(index.regionFiles).toBe('one-per-province');
    // A county of 天津 (the 60 counties reach from 北京 into 河北).
    const county = index.jurisdictions.find((j) => j.level === 'county' && j.code.startsWith('12'))!;
    renderApp(`/jurisdiction/${county.code}?data=synthetic`);
    const hotline = await screen.findByRole('region', { name: `12345热线：${county.name.zh}的指标` }, { timeout: 5000 });
    // No theme waits for a click: the slices are small.
    expect(screen.queryByRole('button', { name: /加载此主题的/ })).toBeNull();
    // Its latest value, quoted from the slice of 天津.
    const regionFile = RegionFileSchema.parse(JSON.parse(files.get('regions/120000.json')!));
    const slice = decodeColumnarIndicatorFile(ColumnarIndicatorFileSchema.parse(regionFile.indicators['hotline.resolution-rate']));
    if (!slice.ok) throw new Error(JSON.stringify(slice.issues));
    const own = slice.observations.filter((o) => o.jurisdictionCode === county.code).sort((a, b) => b.year - a.year);
    expect(own.length).toBeGreaterThan(0);
    expect(within(hotline).getByRole('link', { name: (name) => name.includes(own[0]!.provenance.quote) })).toBeInTheDocument();
    const indicatorRequests = requested.filter((file) => file.startsWith('indicators/') || file.startsWith('regions/'));
    // Both indicators' values from one file.
    expect(indicatorRequests).toEqual(['regions/120000.json']);
    server.events.removeAllListeners();
  });

  it("names its province's file when it fails, and shows every theme on retry", async () => {
    serveSynthetic();
    let broken = true;
    server.use(http.get('*/data-synthetic/regions/120000.json', () => (broken ? new HttpResponse(null, { status: 500 }) : undefined)));
    window.history.replaceState(null, '', '/?data=synthetic');
    const county = countyOf天津();
    renderApp(`/jurisdiction/${county.code}?data=synthetic`);
    // The synthetic banner is an alert too: this one names the file.
    const named = await screen.findByText(/regions\/120000\.json/, undefined, { timeout: 5000 });
    const alert = named.closest<HTMLElement>('[role="alert"]')!;
    expect(alert).toHaveTextContent('500');
    expect(screen.queryByRole('region', { name: `12345热线：${county.name.zh}的指标` })).toBeNull();
    broken = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('region', { name: `行政复议：${county.name.zh}的指标` }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: `12345热线：${county.name.zh}的指标` })).toBeInTheDocument();
    expect(screen.queryByText(/regions\/120000\.json/)).toBeNull();
  });

  it('names a broken slice in the file by its path and shows the other indicators', async () => {
    serveSynthetic();
    const stored = RegionFileSchema.parse(JSON.parse(files.get('regions/120000.json')!));
    const applications = stored.indicators['admin-review.applications'] as { codes: string[] };
    // A county of 河北 in 天津's slice.
    const indicators = { ...stored.indicators, 'admin-review.applications': { ...applications, codes: [...applications.codes.slice(0, -1), '130101'] } };
    server.use(http.get('*/data-synthetic/regions/120000.json', () => HttpResponse.json({ ...stored, indicators })));
    window.history.replaceState(null, '', '/?data=synthetic');
    const county = countyOf天津();
    renderApp(`/jurisdiction/${county.code}?data=synthetic`);
    // The issue is listed as its path (in code) and its message.
    const issue = /^indicators\.admin-review\.applications\.codes\.\d+: 130101 is not in region 120000$/;
    const named = await screen.findByText((_, element) => element?.tagName === 'LI' && issue.test(element.textContent ?? ''), undefined, { timeout: 5000 });
    expect(named.closest('[role="alert"]')).toHaveTextContent('regions/120000.json');
    expect(await screen.findByRole('region', { name: `12345热线：${county.name.zh}的指标` })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: `行政复议：${county.name.zh}的指标` })).toBeNull();
  });
});

/** A county of 天津 in the test data (the 60 counties reach from 北京 into 河北). */
function countyOf天津() {
  const index = JSON.parse(files.get('index.json')!) as { jurisdictions: Array<{ code: string; level: string; name: { zh: string } }> };
  return index.jurisdictions.find((j) => j.level === 'county' && j.code.startsWith('12'))!;
}
