import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asItem, barChartDraft, countyScaleTableDraft, makeBriefing, quoteDraft, tableDraft } from '../../../../test/fixtures/briefing-data';
import type { BriefingItem } from '../../../domain/briefing';
import { renderApp } from '../../../../test/render-app';
import { addBriefingItem, closeBriefingStore, getBriefing, listBriefings, saveBriefing } from '../../../lib/briefings/briefing-store';

// IndexedDB and the data files take a moment on a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  await closeBriefingStore();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeBriefingStore());

async function seed() {
  return saveBriefing(
    makeBriefing(
      'b1',
      [
        asItem(barChartDraft('hotline.work-orders', 2021), 'i1'),
        asItem(barChartDraft('hotline.resolution-rate', 2021), 'i2'),
        asItem(quoteDraft('disclosure.information-requests'), 'i3'),
      ],
      '第一季度简报',
    ),
  );
}

const itemTitles = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '').filter((t) => /^\d+\./.test(t));

describe('briefing editor', () => {
  it('edits the title and a note, and stores them', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/briefings/b1');
    const title = await screen.findByRole('textbox', { name: '标题' });
    await user.clear(title);
    expect(await screen.findByRole('textbox', { name: '标题' })).toHaveAttribute('aria-invalid', 'true');
    await user.type(title, '月度简报');
    await user.type(screen.getByRole('textbox', { name: /^备注: 2\./ }), '办结率为1-10月');
    await waitFor(async () => {
      const stored = await getBriefing('b1');
      expect(stored?.title).toBe('月度简报');
      expect(stored?.items[1]!.note).toBe('办结率为1-10月');
    });
  });

  it('reorders by keyboard (Alt+Arrow on the handle) with an announcement, and by buttons', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/briefings/b1');
    const handle = await screen.findByRole('button', { name: /调整顺序：依申请公开/ });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await screen.findByText(/已将「依申请公开.*」移到第 2 位（共 3 项）/)).toBeInTheDocument();
    expect(itemTitles()[1]).toMatch(/^2\. .*依申请公开/);
    // Focus stays on the moved item's handle, so it can keep moving.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /调整顺序：依申请公开/ }));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(itemTitles()[0]).toMatch(/^1\. .*依申请公开/));

    const last = screen.getByRole('listitem', { name: /^第 3 项/ });
    await user.click(within(last).getByRole('button', { name: '上移' }));
    await waitFor(() => expect(itemTitles()[1]).toMatch(/12345热线办结率/));
    await waitFor(async () => expect((await getBriefing('b1'))!.items.map((i) => i.id)).toEqual(['i3', 'i2', 'i1']));
  });

  it('removes an item', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/briefings/b1');
    const item = await screen.findByRole('listitem', { name: /^第 1 项/ });
    await user.click(within(item).getByRole('button', { name: '移除' }));
    expect(await screen.findByText(/已移除「12345热线工单量/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '内容（2 项）' })).toBeInTheDocument();
    await waitFor(async () => expect((await getBriefing('b1'))!.items.map((i) => i.id)).toEqual(['i2', 'i3']));
  });

  it('notes when the data changed since an item was added', async () => {
    const stale = asItem(barChartDraft('hotline.resolution-rate', 2021), 'i1');
    stale.observations = stale.observations.map((o) => ({ ...o, value: 90 }));
    await saveBriefing(makeBriefing('b1', [stale]));
    renderApp('/briefings/b1');
    expect(await screen.findByText(/自加入以来数据已更新：1 个数值改变，0 个删除，0 个新增/)).toBeInTheDocument();
  });

  it('prints footnotes with document, issuer, date and quote in the A4 preview', async () => {
    await seed();
    renderApp('/briefings/b1/print');
    const sheet = await screen.findByRole('article', { name: 'A4 打印预览' });
    expect(within(sheet).getByRole('heading', { level: 1, name: '第一季度简报' })).toBeInTheDocument();
    const notes = sheet.querySelectorAll('.briefing-footnote');
    expect([...notes].map((n) => n.textContent?.slice(0, 3))).toEqual(['[1]', '[2]', '[3]']);
    expect(notes[1]!.textContent).toContain('《高州市2021年度法治政府建设情况报告》，高州市人民政府，2021年12月2日。');
    expect(notes[1]!.textContent).toContain('「工单总体办结率为99.5%」');
    expect(within(notes[1] as HTMLElement).getByRole('link', { name: '查看原文' })).toHaveAttribute('href', '/reader/001_3f0a2276b96b94a9?start=3094&end=3107');
  });
});

describe('printed caveats', () => {
  const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
  const rowOf = (table: HTMLElement, name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;

  it('prints a table with scope, flags, not-reported rows, relative values apart, and notes (English)', async () => {
    await saveBriefing(makeBriefing('b1', [asItem(tableDraft('disclosure.information-requests'), 't1')], 'Disclosure'));
    renderApp('/briefings/b1/print?lang=en');
    const sheet = await screen.findByRole('article', { name: 'A4 print preview' });
    const levels = within(sheet).getByRole('table', { name: /data table/ });
    expect(within(levels).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Jurisdiction', 'Year', 'Value', 'Period', 'Scope']);
    const shenzhen = cells(rowOf(levels, 'Shenzhen'));
    expect(shenzhen[1]).toMatch(/^≥260 items/);
    // Its note's letter: a superscript of its own after the value, named for screen readers, and the
    // letter the notes below use ("a Shenzhen 2018: …"); then the source's footnote number.
    const shenzhenValue = within(rowOf(levels, 'Shenzhen')).getAllByRole('cell')[1]!;
    const noteRef = within(shenzhenValue).getByLabelText('Note a');
    expect(noteRef.tagName).toBe('SUP');
    expect(noteRef).toHaveClass('briefing-note-ref');
    expect(noteRef).toHaveTextContent(/^a$/);
    expect(shenzhen[1]).toMatch(/^≥260 itemsa\[\d+\]/);
    expect(shenzhen[3]).toBe('Municipal Government General Office');
    const gaozhou = cells(rowOf(levels, 'Gaozhou'));
    expect(gaozhou[2]).toMatch(/part year$/);
    expect(gaozhou[3]).toBe('whole jurisdiction');
    // Not reported is information: each jurisdiction-year with a document but no figure has its row.
    for (const name of ['Guangzhou', 'Zhongshan', 'Henglan']) expect(cells(rowOf(levels, name))[1]).toBe('Not reported');
    // The multiple is not a level: it is in a table of its own, its base in English.
    expect(within(levels).queryByText(/times/)).toBeNull();
    const relatives = within(sheet).getByRole('table', { name: /Relative values/ });
    expect(within(relatives).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Jurisdiction', 'Year', 'Relative value', 'Period', 'Scope']);
    expect(cells(rowOf(relatives, 'Shenzhen'))[1]).toMatch(/^≈2 times the 2017 figure/);
    expect(sheet.textContent).toContain('Signs: ≈ approximate; ≥ at least (lower bound).');
    expect(sheet.textContent).toContain('a Shenzhen 2018: “260多” (260-odd) is a lower bound');
  });

  it('cites the original Chinese title with its English gloss, and prints where the source can be read', async () => {
    await seed();
    renderApp('/briefings/b1/print?lang=en');
    const sheet = await screen.findByRole('article', { name: 'A4 print preview' });
    const note = sheet.querySelectorAll<HTMLElement>('.briefing-footnote')[1]!;
    const title = note.querySelector('cite')!;
    expect(title.textContent).toBe('高州市2021年度法治政府建设情况报告');
    expect(title).toHaveAttribute('lang', 'zh-CN');
    expect(note.textContent).toContain('高州市2021年度法治政府建设情况报告 [Gaozhou: 2021 report on building a rule-of-law government], Gaozhou Municipal Government, 2 Dec 2021.');
    expect(within(note).getByRole('link', { name: 'Read the source' })).toHaveAttribute('href', '/reader/001_3f0a2276b96b94a9?start=3094&end=3107&lang=en');
    expect(note.textContent).toContain(`Read the source: ${new URL('#/reader/001_3f0a2276b96b94a9?start=3094&end=3107&lang=en', window.location.href).href}`);
  });

  it('prints a quote with its qualifier, scope and note', async () => {
    await seed();
    renderApp('/briefings/b1/print');
    const sheet = await screen.findByRole('article', { name: 'A4 打印预览' });
    const caption = sheet.querySelector('.briefing-quote figcaption')!.textContent;
    expect(caption).toContain('≥260 件不少于（下限）');
    expect(caption).toContain('口径：市政府办公厅');
    expect(caption).toContain('说明：“260多件”是下限');
  });

  it('prints the chart marks legend under a chart', async () => {
    await seed();
    renderApp('/briefings/b1/print');
    const sheet = await screen.findByRole('article', { name: 'A4 打印预览' });
    expect(within(sheet).getAllByText('斜线：非全年数据（如1–10月、截至某日）')).toHaveLength(2);
  });

  it('adds a county-level table (2,900 counties without a figure) and prints how many were not reported in all', async () => {
    await saveBriefing(makeBriefing('b1', [], 'Counties'));
    const stored = await addBriefingItem('b1', countyScaleTableDraft('disclosure.information-requests', 2900));
    expect(stored.items).toHaveLength(1);
    renderApp('/briefings/b1/print?lang=en');
    const sheet = await screen.findByRole('article', { name: 'A4 print preview' });
    const levels = within(sheet).getByRole('table', { name: /data table/ });
    expect(within(levels).getAllByText('Not reported')).toHaveLength(100);
    expect(within(levels).getByText('And 2,803 more jurisdiction-years not reported (not zero), not listed here: 2,903 not reported in all; open the original view to see every one.')).toBeInTheDocument();
  });

  it('says so when a table was stored before its not-reported rows were recorded', async () => {
    const older: Record<string, unknown> = { ...asItem(tableDraft('disclosure.information-requests'), 't1') };
    delete older.notReported;
    delete older.notReportedTotal;
    await saveBriefing(makeBriefing('b1', [older as BriefingItem]));
    renderApp('/briefings/b1/print');
    const sheet = await screen.findByRole('article', { name: 'A4 打印预览' });
    expect(within(sheet).getByText('此项加入时尚未记录哪些地区、年份未报告数值；打开原视图可查看。')).toBeInTheDocument();
    expect(within(sheet).queryByText('未报告')).toBeNull();
  });
});

describe('briefings list', () => {
  it('duplicates and deletes (after confirming) a briefing', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/briefings');
    const actions = await screen.findByRole('group', { name: '简报「第一季度简报」的操作' });
    await user.click(within(actions).getByRole('button', { name: '复制' }));
    expect(await screen.findByRole('link', { name: '第一季度简报（副本）' })).toBeInTheDocument();
    const copyActions = screen.getByRole('group', { name: '简报「第一季度简报（副本）」的操作' });
    await user.click(within(copyActions).getByRole('button', { name: '删除' }));
    await user.click(within(copyActions).getByRole('button', { name: '确定删除' }));
    expect(await screen.findByText('已删除简报「第一季度简报（副本）」。')).toBeInTheDocument();
    expect((await listBriefings()).map((b) => b.title)).toEqual(['第一季度简报']);
  });

  it('refuses an invalid file with its reason and leaves stored briefings untouched', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/briefings');
    await screen.findByRole('link', { name: '第一季度简报' });
    const file = new File([JSON.stringify({ format: 'reportlens-briefings', version: 1, briefings: [{ ...makeBriefing('x', []), title: '坏的', date: '5月2日' }] })], 'b.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('导入简报文件（JSON）'), file);
    expect(await screen.findByText(/第 1 份简报「坏的」有误：字段 date：/)).toBeInTheDocument();
    expect(screen.getByText('文件未导入，已保存的简报没有任何改动。')).toBeInTheDocument();
    expect((await listBriefings()).map((b) => b.id)).toEqual(['b1']);
  });
});

// The table view: jsdom has no canvas, so ECharts cannot draw the chart tab here (the browser suite adds charts).
describe('adding from the explorer', () => {
  it('adds the table to a new briefing, which then appears in the list', async () => {
    const user = userEvent.setup();
    renderApp('/explore?indicator=hotline.work-orders&tab=table');
    const add = await screen.findByRole('button', { name: '将表格加入简报' }, { timeout: 5000 });
    await user.click(add);
    const dialog = screen.getByRole('dialog', { name: '加入简报' });
    const title = within(dialog).getByRole('textbox', { name: '新简报标题' });
    await user.clear(title);
    await user.type(title, '热线简报');
    await user.click(within(dialog).getByRole('button', { name: '新建并加入' }));
    expect(await screen.findByText('已加入简报「热线简报」（共 1 项）。')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(add);

    const [stored] = await listBriefings();
    const briefing = (await getBriefing(stored!.id))!;
    expect(briefing.items[0]).toMatchObject({ kind: 'table', indicator: { id: 'hotline.work-orders' }, scope: { year: null, includeRelatives: true } });
    expect(briefing.items[0]!.view).toEqual({ pathname: '/explore', search: '?indicator=hotline.work-orders&tab=table' });
    expect(briefing.items[0]!.observations.map((o) => o.provenance.quote)).toEqual(['2021年1-10月,高州市共收到12345政府服务热线工单12905宗']);

    await user.click(screen.getByRole('link', { name: '简报' }));
    expect(await screen.findByRole('link', { name: '热线简报' })).toBeInTheDocument();
  });

  it('adds a quote to an existing briefing; Escape closes the dialog and returns focus', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/explore?indicator=hotline.resolution-rate&tab=table&obs=001_3f0a2276b96b94a9%3A3094-3107%3Ahotline.resolution-rate');
    const add = await screen.findByRole('button', { name: '将引文加入简报' }, { timeout: 5000 });
    await user.click(add);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(add);
    await user.click(add);
    await user.click(await screen.findByRole('button', { name: '加入「第一季度简报」' }));
    expect(await screen.findByText('已加入简报「第一季度简报」（共 4 项）。')).toBeInTheDocument();
    expect((await getBriefing('b1'))!.items[3]).toMatchObject({ kind: 'quote', observations: [{ valueAsWritten: '99.5%' }] });
  });
});
