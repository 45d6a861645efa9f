import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../../../mocks/handlers';
import { renderApp } from '../../../../test/render-app';
import { createBackup, type ImportedReport } from '../../../domain/imported-report';
import { closeImportedStore, listImportedReports, saveImportedReport } from '../../../lib/imported/imported-store';
import { importedGaozhouReport } from '../../../../test/fixtures/imported-gaozhou-report';

const SOURCE = fixtures.text.get('sources/001_3f0a2276b96b94a9.txt')!;
const HOTLINE = SOURCE.split('\n').find((line) => line.includes('12345政府服务热线工单12905宗'))!;
const EXCERPT = `高州市2021年度法治政府建设情况报告\n\n${HOTLINE}\n`;

/** A report already saved in this browser: 高州's work orders of a year (2022 unless told), one figure. */
function savedReport(year = 2022): Promise<ImportedReport> {
  // A later year was imported later, so it is listed first.
  return importedGaozhouReport({
    id: year === 2022 ? 'saved-test' : `saved-test-${year}`,
    title: `高州市${year}年度法治政府建设情况报告`,
    year,
    importedAt: `2026-11-${year - 1999}T00:00:00.000Z`,
  });
}

/** What Tab can land on inside `container`, in document order (user-event's own list, jsdom draws no boxes). */
function tabStops(container: Element): HTMLElement[] {
  const selector = 'input:not([type=hidden]):not([disabled]), button:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([disabled]), details > summary';
  return [...container.querySelectorAll<HTMLElement>(selector)].filter((e) => e.tabIndex >= 0);
}

beforeEach(async () => {
  await closeImportedStore();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeImportedStore());

async function fillDetails(user: ReturnType<typeof userEvent.setup>, expectedTitle = '高州市2021年度法治政府建设情况报告') {
  await screen.findByRole('group', { name: '文件信息' });
  await user.type(screen.getByRole('searchbox', { name: /搜索地区/ }), '高州');
  const matches = await screen.findByRole('listbox', { name: '匹配的地区' });
  await user.selectOptions(matches, '440981');
  expect(screen.getByText('已选：高州市（440981）')).toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: '发布机关' }), '高州市人民政府');
  expect(screen.getByRole('textbox', { name: '文件标题' })).toHaveValue(expectedTitle);
  expect(screen.getByRole('spinbutton', { name: '报告年度' })).toHaveValue(2021);
  await user.click(screen.getByRole('button', { name: '下一步：提取并审核数字' }));
}

/** Pastes the excerpt, goes on to the details, fills them in and starts the extraction. */
async function pasteExcerptAndExtract(user: ReturnType<typeof userEvent.setup>) {
  fireEvent.input(await screen.findByRole('textbox', { name: '粘贴报告全文' }), { target: { value: EXCERPT } });
  await user.click(screen.getByRole('button', { name: '下一步：文件信息' }));
  await fillDetails(user);
}

describe('ImportPage', () => {
  it('pastes a report, reviews its figures, saves it, and lists it', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    await pasteExcerptAndExtract(user);

    expect(await screen.findByText(/找到 \d+ 个数字，其中 \d+ 个已自动对应到指标/)).toBeInTheDocument();
    // Every figure is highlighted in the text, as text.
    const text = document.querySelector('.import-review .highlighted-text')!;
    expect(text.textContent).toBe(EXCERPT);
    expect(text.querySelectorAll('mark[data-starts]').length).toBeGreaterThan(5);

    // Role queries over the review table (thousands of <option>s) are slow in jsdom: query by text and selector.
    const table = document.querySelector<HTMLTableElement>('table.import-facts')!;
    expect(table.querySelector('caption')?.textContent).toMatch(/找到的数字/);
    const workOrders = within(table).getByText('高州市共收到12345政府服务热线工单12905宗').closest('tr')!;
    expect(workOrders.querySelector('select.fact-row__indicator')).toHaveValue('hotline.work-orders');
    expect(within(workOrders).getByText('2021年1–10月')).toBeInTheDocument();
    const acceptIn = (row: HTMLElement) => within(row).getByText('接受', { selector: 'button' });

    // A figure without an indicator cannot be accepted into the saved data.
    const unmapped = [...table.querySelectorAll<HTMLSelectElement>('select.fact-row__indicator')].find((select) => select.value === '')!.closest('tr')!;
    await user.click(acceptIn(unmapped));
    expect(within(unmapped).getByText(/未对应指标，不能保存/)).toBeInTheDocument();
    expect(screen.getByText('保存报告', { selector: 'button' })).toBeDisabled();
    await user.click(acceptIn(unmapped));

    await user.click(screen.getByText(/接受所有已自动对应指标的数字/, { selector: 'button' }));
    expect(acceptIn(workOrders)).toHaveAttribute('aria-pressed', 'true');
    expect(acceptIn(workOrders)).toHaveAccessibleName('接受数字 9');
    await user.click(screen.getByText('保存报告', { selector: 'button' }));

    expect(await screen.findByText(/已保存“高州市2021年度法治政府建设情况报告”，含 \d+ 个数字/, undefined, { timeout: 5000 })).toBeInTheDocument();
    const saved = await screen.findByRole('table', { name: '保存在本浏览器中的报告' });
    expect(within(saved).getByRole('rowheader', { name: /高州市2021年度法治政府建设情况报告/ })).toBeInTheDocument();

    const [stored] = await listImportedReports();
    const observation = stored!.observations.find((o) => o.indicatorId === 'hotline.work-orders')!;
    expect(observation).toMatchObject({ value: 12905, valueAsWritten: '12905', jurisdictionCode: '440981', period: { kind: 'span', startMonth: 1, endMonth: 10 } });
    expect(EXCERPT.slice(observation.provenance.start, observation.provenance.end)).toBe(observation.provenance.quote);
  });

  it('the review table scrolls in its own named region, one Tab stop before its controls, which still work from the keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    await pasteExcerptAndExtract(user);
    await screen.findByText(/找到 \d+ 个数字/);

    // By selector, not role: role queries over the table's thousands of <option>s are slow in jsdom.
    const table = document.querySelector<HTMLTableElement>('table.import-facts')!;
    const region = table.parentElement!;
    expect(region).toHaveAttribute('role', 'region');
    expect(region.tabIndex).toBe(0);
    expect(region).toHaveClass('table-scroll');
    expect(table).toHaveClass('data-table', 'import-facts');
    expect(region).toHaveAccessibleName(/^找到的数字（第 1–\d+ 个，共 \d+ 个）$/);
    expect(region).toHaveAccessibleName(table.caption!.textContent!);
    // The section around it (toolbar, table, pages) is a landmark too: named by its own heading, not a second copy of the caption.
    const section = region.closest('section')!;
    expect(section).toHaveClass('import-review__facts');
    expect(section).toHaveAccessibleName('逐个接受、修改或不采用');
    expect(within(section).getByRole('heading', { level: 4 })).toHaveTextContent('逐个接受、修改或不采用');

    // From the toolbar, Tab stops on the region, then goes on into the first row's controls in their order.
    const bulk = screen.getByText(/接受所有已自动对应指标的数字/, { selector: 'button' });
    const firstRow = table.tBodies[0]!.rows[0]!;
    const indicator = firstRow.querySelector('select.fact-row__indicator')!;
    const accept = within(firstRow).getByText('接受', { selector: 'button' });
    const reject = within(firstRow).getByText('不采用', { selector: 'button' });
    bulk.focus();
    await user.tab();
    expect(region).toHaveFocus();
    await user.tab();
    expect(indicator).toHaveFocus();
    await user.tab();
    expect(accept).toHaveFocus();
    await user.keyboard(' ');
    expect(accept).toHaveAttribute('aria-pressed', 'true');
    await user.tab();
    expect(reject).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(reject).toHaveAttribute('aria-pressed', 'true');
    expect(accept).toHaveAttribute('aria-pressed', 'false');
    // And back the same way, through the region to the toolbar: nothing holds the focus.
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(indicator).toHaveFocus();
    await user.tab({ shift: true });
    expect(region).toHaveFocus();
    await user.tab({ shift: true });
    expect(bulk).toHaveFocus();
    // From the table's last control, Tab leaves the region for the next control after it.
    const stops = tabStops(region);
    const after = tabStops(document.body).filter((e) => !region.contains(e) && region.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)[0]!;
    stops.at(-1)!.focus();
    await user.tab();
    expect(after).toHaveFocus();
  });

  it('lists saved reports in a table that scrolls in its own named region; Tab goes through it in order and delete still works', async () => {
    await saveImportedReport(await savedReport());
    const user = userEvent.setup();
    renderApp('/import');
    const region = await screen.findByRole('region', { name: '保存在本浏览器中的报告' });
    expect(region.tabIndex).toBe(0);
    expect(region).toHaveClass('table-scroll');
    const table = within(region).getByRole('table', { name: '保存在本浏览器中的报告' });
    expect(table).toHaveClass('data-table', 'import-saved__table');
    // The section keeps its heading's name; the region is not a second landmark of the same name.
    expect(screen.getByRole('region', { name: '已导入的报告' })).toContainElement(region);

    // After the restore field, Tab stops on the region, then on the row's links and button in their order.
    screen.getByLabelText('从备份导入').focus();
    await user.tab();
    expect(region).toHaveFocus();
    await user.tab();
    expect(within(table).getByRole('link', { name: '12345热线工单量' })).toHaveFocus();
    await user.tab();
    expect(within(table).getByRole('link', { name: '阅读原文' })).toHaveFocus();
    await user.tab();
    const remove = within(table).getByRole('button', { name: '删除“高州市2022年度法治政府建设情况报告”' });
    expect(remove).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(region).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByLabelText('从备份导入')).toHaveFocus();

    // Delete, asked and confirmed from the keyboard: focus goes from the button to the question that replaces it.
    remove.focus();
    await user.keyboard('{Enter}');
    const confirm = within(table).getByRole('group', { name: /确定删除“高州市2022年度法治政府建设情况报告”/ });
    expect(within(confirm).getByRole('button', { name: '确定删除' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('已删除“高州市2022年度法治政府建设情况报告”。')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '保存在本浏览器中的报告' })).toBeNull();
    expect(await listImportedReports()).toEqual([]);
  });

  it('keeps keyboard focus through a deletion: on the question, back on the button when kept, on the next row once deleted', async () => {
    for (const year of [2020, 2021, 2022]) await saveImportedReport(await savedReport(year));
    const user = userEvent.setup();
    renderApp('/import');
    const table = await screen.findByRole('table', { name: '保存在本浏览器中的报告' });
    const deleteButton = (year: number) => within(table).getByRole('button', { name: `删除“高州市${year}年度法治政府建设情况报告”` });

    // Asked: focus moves onto the question's confirm button, inside the group that says what is asked.
    deleteButton(2022).focus();
    await user.keyboard('{Enter}');
    const question = within(table).getByRole('group', { name: /^确定删除“高州市2022年度法治政府建设情况报告”？/ });
    expect(within(question).getByRole('button', { name: '确定删除' })).toHaveFocus();
    // Kept with the cancel button: focus returns to the same row's delete button.
    await user.tab();
    expect(within(question).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: /确定删除/ })).toBeNull();
    expect(deleteButton(2022)).toHaveFocus();
    // Kept with Escape: the same.
    await user.keyboard('{Enter}');
    expect(within(table).getByRole('button', { name: '确定删除' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(deleteButton(2022)).toHaveFocus();

    // An Enter held down asks, and its repeats do not confirm on the button that focus moved to.
    await user.keyboard('{Enter>4/}');
    expect(within(table).getByRole('button', { name: '确定删除' })).toHaveFocus();
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    // Deleted: focus goes to the next row's delete button, not to the top of the page.
    await user.keyboard('{Enter}');
    expect(await screen.findByText('已删除“高州市2022年度法治政府建设情况报告”。')).toBeInTheDocument();
    await waitFor(() => expect(deleteButton(2021)).toHaveFocus());
    // The last row deleted: to the row before it.
    deleteButton(2020).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('已删除“高州市2020年度法治政府建设情况报告”。')).toBeInTheDocument();
    await waitFor(() => expect(deleteButton(2021)).toHaveFocus());
    // No row left: to the section's heading.
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('还没有导入的报告。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: '已导入的报告' })).toHaveFocus());
    expect(await listImportedReports()).toEqual([]);
  });

  it('a deletion that fails keeps the report and the question, with focus on it, and says why', async () => {
    await saveImportedReport(await savedReport());
    const user = userEvent.setup();
    renderApp('/import');
    const table = await screen.findByRole('table', { name: '保存在本浏览器中的报告' });
    const failing = vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
    });
    try {
      within(table).getByRole('button', { name: '删除“高州市2022年度法治政府建设情况报告”' }).focus();
      await user.keyboard('{Enter}');
      await user.keyboard('{Enter}');
      expect(await screen.findByRole('alert')).toHaveTextContent(/^删除失败：写入失败（.*The operation failed for reasons unrelated to the database itself.）$/);
      expect(within(table).getByRole('button', { name: '确定删除' })).toHaveFocus();
    } finally {
      failing.mockRestore();
    }
    expect(await listImportedReports()).toHaveLength(1);
  });

  it('names the saved reports table and its region in English', async () => {
    await saveImportedReport(await savedReport());
    renderApp('/import?lang=en');
    const region = await screen.findByRole('region', { name: 'Reports saved in this browser' });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole('table', { name: 'Reports saved in this browser' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Imported reports' })).toContainElement(region);
  });

  it('says the browser storage is full when a save exceeds the quota, keeps the review and what is stored, and saves once there is room', async () => {
    await saveImportedReport(await savedReport());
    const user = userEvent.setup();
    renderApp('/import');
    await pasteExcerptAndExtract(user);
    await screen.findByText(/找到 \d+ 个数字/);
    await user.click(screen.getByText(/接受所有已自动对应指标的数字/, { selector: 'button' }));
    const summary = screen.getByText(/^已接受 \d+ 个数字，可保存 \d+ 个。$/).textContent;

    const full = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saveButton = screen.getByText('保存报告', { selector: 'button' });
    try {
      saveButton.focus();
      await user.keyboard('{Enter}');
      // It was "写入失败（…）", which did not say what to do.
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /^保存失败，浏览器中已有的数据没有改动：浏览器的存储空间已满。请先导出备份，删除不再需要的导入报告，或释放磁盘空间后再试。$/,
      );
    } finally {
      full.mockRestore();
    }
    // Focus stays on the save button, to try again from (busy, it is aria-disabled: a disabled button loses focus).
    expect(saveButton).toHaveFocus();
    // The review is as it was, the report saved before is still there, and saving again works.
    expect(screen.getByText(/^已接受 \d+ 个数字，可保存 \d+ 个。$/).textContent).toBe(summary);
    expect((await listImportedReports()).map((r) => r.id)).toEqual(['saved-test']);
    await user.click(screen.getByText('保存报告', { selector: 'button' }));
    expect(await screen.findByText(/已保存“高州市2021年度法治政府建设情况报告”/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(await listImportedReports()).toHaveLength(2);
  });

  it('says in English that browser storage is full', async () => {
    const user = userEvent.setup();
    renderApp('/import?lang=en');
    await screen.findByText('No imported reports yet.');
    const json = JSON.stringify(createBackup([await savedReport()], new Date('2026-11-24T00:00:00Z')));
    const full = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await user.upload(screen.getByLabelText('Import a backup'), new File([json], 'backup.json'));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /^Importing the backup failed; the data already stored is unchanged: browser storage is full\. Export a backup, delete imported reports you no longer need or free disk space, then try again\.$/,
      );
    } finally {
      full.mockRestore();
    }
    expect(await listImportedReports()).toEqual([]);
  });

  it('abandoning an import stores nothing', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    await pasteExcerptAndExtract(user);
    await screen.findByText(/找到 \d+ 个数字/);
    await user.click(screen.getByText(/接受所有已自动对应指标的数字/, { selector: 'button' }));
    await user.click(screen.getByText('放弃导入', { selector: 'button' }));
    expect(await screen.findByRole('textbox', { name: '粘贴报告全文' })).toHaveValue('');
    expect(await screen.findByText('还没有导入的报告。')).toBeInTheDocument();
    expect(await listImportedReports()).toEqual([]);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.txt', { type: 'text/plain' });
    await user.upload(await screen.findByLabelText('打开 .txt 文件'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('文件“huge.txt”有 5.0 MB，超过 5 MB 上限，未读取。');
  });

  it('refuses a paste over 5 MB', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    fireEvent.input(await screen.findByRole('textbox', { name: '粘贴报告全文' }), { target: { value: '工'.repeat(1_800_000) } });
    await user.click(screen.getByRole('button', { name: '下一步：文件信息' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('输入框中的文字有 5.1 MB，超过 5 MB 上限。');
    expect(screen.queryByRole('group', { name: '文件信息' })).toBeNull();
  });

  it('refuses a binary-looking paste, on submit as on the paste itself, and stores nothing', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    const field = await screen.findByRole('textbox', { name: '粘贴报告全文' });
    const binary = `\u0000\u0001PK\u0003\u0004${'\u0014\u0002x'.repeat(20)}`;
    fireEvent.input(field, { target: { value: binary } });
    await user.click(screen.getByRole('button', { name: '下一步：文件信息' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('输入框中的文字不是纯文本：其中有 44 个控制字符（包括 NUL），第一个在第 1 个字符处。');
    expect(screen.queryByRole('group', { name: '文件信息' })).toBeNull();

    // Pasted onto a report already in the field: refused before it lands, the report stays as it was.
    fireEvent.input(field, { target: { value: EXCERPT } });
    const landed = fireEvent.paste(field, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? binary : '') } });
    expect(landed).toBe(false);
    expect(field).toHaveValue(EXCERPT);
    // Counted in the text the paste would make: the report, then the pasted bytes.
    expect(screen.getByRole('alert')).toHaveTextContent(`加上这次粘贴，文字将不是纯文本：其中会有 44 个控制字符（包括 NUL），第一个在第 ${EXCERPT.length + 1} 个字符处，因此没有粘贴。`);
    expect(await listImportedReports()).toEqual([]);
  });

  it('names NUL only when the text holds one: stray control characters and unreadable marks are told as such', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    const field = await screen.findByRole('textbox', { name: '粘贴报告全文' });
    // No NUL, but far more than 1 % of the text is control characters and U+FFFD.
    const garbled = `${HOTLINE.slice(0, 20)}${'\u0007\ufffd\u0001'.repeat(10)}`;
    fireEvent.input(field, { target: { value: garbled } });
    await user.click(screen.getByRole('button', { name: '下一步：文件信息' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('输入框中的文字不是纯文本：其中有 30 个控制字符或无法识别的字符，超过全文的 1%，第一个在第 21 个字符处。');
    expect(alert).not.toHaveTextContent('NUL');
    fireEvent.input(field, { target: { value: EXCERPT } });
    expect(fireEvent.paste(field, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? '\ufffd'.repeat(EXCERPT.length) : '') } })).toBe(false);
    expect(screen.getByRole('alert')).toHaveTextContent(`加上这次粘贴，文字将不是纯文本：其中会有 ${EXCERPT.length} 个控制字符或无法识别的字符，超过全文的 1%`);
    expect(screen.getByRole('alert')).not.toHaveTextContent('NUL');
  });

  it('says in English what gives a file away, NUL or not', async () => {
    const user = userEvent.setup();
    renderApp('/import?lang=en');
    const input = await screen.findByLabelText('Open a .txt file');
    await user.upload(input, new File([new TextEncoder().encode('\u0001\u0002\u0003 abc')], 'stray.txt', { type: 'text/plain' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“stray.txt” is not plain text: it holds 3 control or unreadable characters, more than 1% of the text, the first at character 1.');
    expect(alert).not.toHaveTextContent('NUL');
    await user.upload(input, new File([new TextEncoder().encode(`\u0000${HOTLINE}`)], 'nul.txt', { type: 'text/plain' }));
    expect(await screen.findByText('“nul.txt” is not plain text: it holds one control character, a NUL, at character 1.', { exact: false })).toBeInTheDocument();
  });

  it('refuses a paste over 5 MB as it is pasted, keeping what the field held', async () => {
    renderApp('/import');
    const field = await screen.findByRole('textbox', { name: '粘贴报告全文' });
    fireEvent.input(field, { target: { value: EXCERPT } });
    const huge = '工'.repeat(2_400_000);
    const landed = fireEvent.paste(field, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? huge : '') } });
    expect(landed).toBe(false);
    expect(field).toHaveValue(EXCERPT);
    expect(screen.getByRole('alert')).toHaveTextContent('加上这次粘贴，文字将有 6.9 MB，超过 5 MB 上限，因此没有粘贴。');
    // The limit is on the text the paste would make: a paste under 5 MB onto a long text is refused too.
    fireEvent.input(field, { target: { value: '工'.repeat(1_000_000) } });
    expect(fireEvent.paste(field, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? '工'.repeat(900_000) : '') } })).toBe(false);
    expect(screen.getByRole('alert')).toHaveTextContent('加上这次粘贴，文字将有 5.4 MB，超过 5 MB 上限');
    fireEvent.input(field, { target: { value: EXCERPT } });
    // A plain report still goes in (the browser then inserts it; jsdom does not, so only the event is checked).
    expect(fireEvent.paste(field, { clipboardData: { getData: () => HOTLINE } })).toBe(true);
  });

  it('refuses an empty file, one of blanks only and one of a BOM only, in the reader\'s language', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    const input = await screen.findByLabelText('打开 .txt 文件');
    await user.upload(input, new File([], 'empty.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('文件“empty.txt”是空的，其中没有文字，未读取。');
    expect(screen.queryByText(/已读取文件/)).toBeNull();
    await user.upload(input, new File(['  \r\n\t\n'], 'blank.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('文件“blank.txt”是空的'));
    await user.upload(input, new File([new Uint8Array([0xff, 0xfe])], 'bom.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('文件“bom.txt”是空的'));
    expect(screen.queryByText(/已读取文件/)).toBeNull();
    // Nothing was taken for a report: the next step is not reached.
    await user.click(screen.getByRole('button', { name: '下一步：文件信息' }));
    expect(screen.queryByRole('group', { name: '文件信息' })).toBeNull();
  });

  it('says in English that a file is empty', async () => {
    const user = userEvent.setup();
    renderApp('/import?lang=en');
    await user.upload(await screen.findByLabelText('Open a .txt file'), new File([new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])], 'empty.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“empty.txt” is empty: it holds no text, and was not read.');
  });

  it('says what a file of another format renamed .txt is, and how to get its text, instead of blaming its encoding', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    const input = await screen.findByLabelText('打开 .txt 文件');
    // A PNG's first bytes, then bytes that are neither UTF-8 nor GB18030: this was "无法识别文件的编码", and advice to save it as UTF-8.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xff, 0x81]);
    await user.upload(input, new File([png], 'scan.txt', { type: 'text/plain' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('文件“scan.txt”其实是 PNG 图片，不是纯文本，未读取。图片中的文字要先经文字识别（OCR）转成文本');
    expect(alert).not.toHaveTextContent('编码');
    const pdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0xff, 0xff]);
    await user.upload(input, new File([pdf], '报告.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('文件“报告.txt”其实是 PDF 文件，不是纯文本，未读取。请在 PDF 阅读器中选中正文'));
    expect(screen.queryByText(/已读取文件/)).toBeNull();
  });

  it('says in English that a .txt file is a Word document', async () => {
    const user = userEvent.setup();
    renderApp('/import?lang=en');
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x9c, 0xe3]);
    await user.upload(await screen.findByLabelText('Open a .txt file'), new File([docx], 'report.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“report.txt” is a Word (.docx), WPS or OFD document or a ZIP archive, not plain text, and was not read.');
  });

  it('names a UTF-16 file without a BOM as such, not as a Word or PDF file, and says how to save it', async () => {
    const utf16 = (text: string, bigEndian: boolean) =>
      new Uint8Array([...text].flatMap((c) => (bigEndian ? [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff] : [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])));
    const user = userEvent.setup();
    renderApp('/import');
    const input = await screen.findByLabelText('打开 .txt 文件');
    await user.upload(input, new File([utf16(EXCERPT, false)], 'le.txt', { type: 'text/plain' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('文件“le.txt”看来是不带 BOM 的 UTF-16 LE 文本。没有 BOM 就无法确定它的编码，因此未读取。请在文本编辑器中把它另存为 UTF-8（或带 BOM 的 UTF-16）后再打开。');
    expect(alert).not.toHaveTextContent(/PDF|控制字符/);
    await user.upload(input, new File([utf16(EXCERPT, true)], 'be.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('文件“be.txt”看来是不带 BOM 的 UTF-16 BE 文本。'));
    expect(screen.queryByText(/已读取文件/)).toBeNull();
  });

  it('names a UTF-16 file without a BOM in English', async () => {
    const user = userEvent.setup();
    renderApp('/import?lang=en');
    const bytes = new Uint8Array([...EXCERPT].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    await user.upload(await screen.findByLabelText('Open a .txt file'), new File([bytes], 'le.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“le.txt” looks like UTF-16 LE text without a BOM. Without a BOM its encoding cannot be known for sure, so it was not read.');
  });

  it('refuses a .txt file whose bytes decode but are binary content', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    const bytes = new TextEncoder().encode(`\u0000\u0001PK\u0003\u0004 ${HOTLINE}`.slice(0, 60));
    await user.upload(await screen.findByLabelText('打开 .txt 文件'), new File([bytes], 'report.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('文件“report.txt”不是纯文本：其中有 4 个控制字符（包括 NUL），第一个在第 1 个字符处。');
    expect(screen.queryByText(/已读取文件/)).toBeNull();
  });

  it('decodes a GB18030 file and says so', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    const hex = '32303231c4ea312d3130d4c2a3acc8abcad0b9b2cad5b5bdc8c8cfdfb9a4b5a53132393035d7daa1a3';
    const bytes = new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    await user.upload(await screen.findByLabelText('打开 .txt 文件'), new File([bytes], 'gbk.txt', { type: 'text/plain' }));
    expect(await screen.findByText(/已读取文件“gbk.txt”：27 个字符，编码 GB18030。/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步：文件信息' }));
    await fillDetails(user, '2021年1-10月，全市共收到热线工单12905宗。');
    await screen.findByText(/找到 1 个数字/);
    expect(document.querySelector('.import-review .highlighted-text')?.textContent).toBe('2021年1-10月，全市共收到热线工单12905宗。');
  });

  it('refuses a broken backup with the reason and keeps what is stored', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    await screen.findByText('还没有导入的报告。');
    const broken = new File(['{"format":"reportlens-backup","version":0,"reports":[]}'], 'old.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('从备份导入'), broken);
    expect(await screen.findByRole('alert')).toHaveTextContent('备份文件“old.json”的版本是 0，本应用只能读取版本 1。未导入任何内容。');
    await user.upload(screen.getByLabelText('从备份导入'), new File(['{"format":'], 'cut.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/备份文件“cut.json”不是有效的 JSON/));
    expect(await listImportedReports()).toEqual([]);
  });

  it('tells a backup of a later version as such, whatever its shape, in Chinese and English', async () => {
    await saveImportedReport(await savedReport());
    const later = () => new File([JSON.stringify({ format: 'reportlens-backup', version: 2, exportedAt: '2030-01-01T00:00:00Z', items: [] })], 'new.json');
    const user = userEvent.setup();
    const { unmount } = renderApp('/import');
    await screen.findByRole('table', { name: '保存在本浏览器中的报告' });
    await user.upload(screen.getByLabelText('从备份导入'), later());
    // It was "文件“new.json”不是 ReportLens 备份（reports: expected array, received undefined）".
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '备份文件“new.json”是版本 2，由更新版本的 ReportLens 导出；本应用只能读取版本 1。未导入任何内容。请用导出它的新版 ReportLens 打开，或先更新本应用。',
    );
    unmount();
    renderApp('/import?lang=en');
    await screen.findByRole('table', { name: 'Reports saved in this browser' });
    await user.upload(screen.getByLabelText('Import a backup'), later());
    expect(await screen.findByRole('alert')).toHaveTextContent('The backup “new.json” is version 2, exported by a newer ReportLens; this app reads version 1 only. Nothing was imported.');
    expect((await listImportedReports()).map((r) => r.id)).toEqual(['saved-test']);
  });

  it('keeps keyboard focus on the restore field, disabled while a backup is checked, after a restore and after a refusal', async () => {
    const user = userEvent.setup();
    renderApp('/import');
    await screen.findByText('还没有导入的报告。');
    const restore = screen.getByLabelText('从备份导入');
    restore.focus();
    await user.upload(restore, new File([JSON.stringify(createBackup([await savedReport()], new Date('2026-11-24T00:00:00Z')))], 'backup.json'));
    expect(await screen.findByText('已从备份导入 1 份报告。')).toBeInTheDocument();
    await waitFor(() => expect(restore).toHaveFocus());
    await user.upload(restore, new File(['{"format":'], 'cut.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/备份文件“cut.json”不是有效的 JSON/);
    await waitFor(() => expect(restore).toHaveFocus());
    expect(restore).toBeEnabled();
  });

  it('says a backup file is empty or an image, and restores one an editor saved again as UTF-16', async () => {
    await saveImportedReport(await savedReport());
    const user = userEvent.setup();
    renderApp('/import');
    await screen.findByRole('table', { name: '保存在本浏览器中的报告' });
    const restore = screen.getByLabelText('从备份导入');
    // It was "不是有效的 JSON：Unexpected end of JSON input".
    await user.upload(restore, new File([], 'backup.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('备份文件“backup.json”是空的，其中没有内容。未导入任何内容。');
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    await user.upload(restore, new File([jpeg], 'photo.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('文件“photo.json”其实是 JPEG 文件，不是 ReportLens 导出的备份（.json）。未导入任何内容。'));
    // Bytes that are no text: said in the reader's language, without the decoder's English reason.
    await user.upload(restore, new File([new Uint8Array([0x7b, 0x00, 0x01, 0x02, 0x7d])], 'garbled.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^备份文件“garbled\.json”不是可读的文本，可能已损坏，或不是 ReportLens 导出的备份。未导入任何内容。$/));
    // A backup of another report, saved again by an editor as UTF-16 LE with a BOM: read, checked and restored.
    const json = JSON.stringify(createBackup([await savedReport(2021)], new Date('2026-11-24T00:00:00Z')));
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...json].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    await user.upload(restore, new File([utf16], 'notepad.json'));
    expect(await screen.findByText('已从备份导入 1 份报告。')).toBeInTheDocument();
    expect((await listImportedReports()).map((r) => r.id)).toEqual(['saved-test', 'saved-test-2021']);
  });

  it('says in the reader\'s language when the extraction worker does not load, and extracts again on request', async () => {
    const StandIn = globalThis.Worker;
    let started = 0;
    // The first worker's script does not load: the browser sends a plain Event, without a message, to onerror.
    class FailingOnce {
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      private readonly inner: Worker | null;
      constructor(url: string | URL, options?: WorkerOptions) {
        this.inner = started++ === 0 ? null : new StandIn(url, options);
      }
      postMessage(data: unknown): void {
        if (!this.inner) {
          setTimeout(() => this.onerror?.(new Event('error')), 0);
          return;
        }
        this.inner.onmessage = (event) => this.onmessage?.(event);
        this.inner.postMessage(data);
      }
      terminate(): void {
        this.inner?.terminate();
      }
    }
    vi.stubGlobal('Worker', FailingOnce);
    try {
      const user = userEvent.setup();
      renderApp('/import');
      await pasteExcerptAndExtract(user);
      // It was "提取失败：the extraction worker failed", in English, with no way to try again.
      expect(await screen.findByRole('alert')).toHaveTextContent(
        '提取失败：提取程序没有加载成功或中途停止了（可能是网络中断，或网站刚刚更新过）。请检查网络后重试；仍不行时请刷新页面，之后需重新粘贴或打开报告。',
      );
      // The page moves focus to the new step's heading a frame after the step opens: the reader starts from there.
      await waitFor(() => expect(screen.getByRole('heading', { name: '3. 审核数字' })).toHaveFocus());
      await user.click(screen.getByRole('button', { name: '重新提取' }));
      expect(screen.getByRole('heading', { name: '审核数字' })).toHaveFocus();
      expect(await screen.findByText(/找到 \d+ 个数字，其中 \d+ 个已自动对应到指标/)).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(started).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says so when the browser cannot run the extraction worker', async () => {
    vi.stubGlobal('Worker', undefined);
    try {
      const user = userEvent.setup();
      renderApp('/import');
      await pasteExcerptAndExtract(user);
      expect(await screen.findByText(/^提取失败：此浏览器不能运行 Web Worker/)).toHaveAttribute('role', 'alert');
      expect(screen.queryByText(/正在从 \d+ 个字符中提取数字/)).not.toBeInTheDocument();
      expect(document.querySelector('table.import-facts')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
