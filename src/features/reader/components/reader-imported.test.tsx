import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../../test/render-app';
import { unmarkedChinese } from '../../../../test/unmarked-chinese';
import { importedSourceId, type ImportedReport } from '../../../domain/imported-report';
import { closeImportedStore, saveImportedReport } from '../../../lib/imported/imported-store';
import { IMPORTED_GAOZHOU_QUOTE, importedGaozhouReport, importedGaozhouText } from '../../../../test/fixtures/imported-gaozhou-report';

// A report imported into this browser, and the id of one that is not (deleted, or imported elsewhere).
const text = importedGaozhouText();
const quote = IMPORTED_GAOZHOU_QUOTE;
const start = text.indexOf(quote);
const end = start + quote.length;
const stored = importedSourceId('reader-test');
const gone = importedSourceId('deleted-report');

function report(): Promise<ImportedReport> {
  return importedGaozhouReport({ id: 'reader-test', title: '高州市2022年度法治政府建设情况报告（导入）' });
}

const realIndexedDb = globalThis.indexedDB;

beforeEach(async () => {
  await closeImportedStore();
  globalThis.indexedDB = new IDBFactory();
  await saveImportedReport(await report());
});
afterEach(async () => {
  await closeImportedStore();
  globalThis.indexedDB = realIndexedDb;
});

describe('the reader with imported reports', () => {
  it('opens an imported report at a linked span, from the browser store', async () => {
    renderApp(`/reader/${stored}?start=${start}&end=${end}`);
    const frame = await screen.findByRole('region', { name: '原文全文' });
    expect(frame.querySelector('.highlighted-text')!.textContent).toBe(text);
    expect(frame.querySelector('mark.hl-mark--active')!.textContent).toBe(quote);
    // Marked imported, as everywhere: in the header and beside the figure's value.
    const header = screen.getByRole('heading', { level: 2, name: /高州市2022年度法治政府建设情况报告/ }).closest('header')!;
    expect(header.querySelector('.badge--imported')).toHaveTextContent('导入');
    const side = screen.getByRole('complementary', { name: '本文数据' });
    expect(side.querySelector('.fact-details .badge--imported')).toHaveTextContent('导入');
    // Its text is in this browser, not among the data files: a link to sources/<id>.txt would be a 404.
    expect(screen.queryByRole('link', { name: '纯文本原件' })).toBeNull();
  });

  it('in English, shows an imported report\'s title once and marks its Chinese title and issuer as Chinese', async () => {
    renderApp(`/reader/${stored}?start=${start}&end=${end}&lang=en`);
    await screen.findByRole('region', { name: 'Full text' });
    // Typed in Chinese only, the title is both the zh and the en title: not repeated as an English subtitle.
    expect(screen.getAllByText('高州市2022年度法治政府建设情况报告（导入）')).toHaveLength(1);
    expect(unmarkedChinese(screen.getByRole('main'))).toEqual([]);
  });

  it('in English, the list of documents marks an imported report\'s Chinese title and issuer as Chinese', async () => {
    renderApp('/reader?lang=en');
    await screen.findByRole('link', { name: '高州市2022年度法治政府建设情况报告（导入）' });
    expect(unmarkedChinese(screen.getByRole('main'))).toEqual([]);
  });

  it('says an imported report is not in this browser (deleted, or imported in another), not just "no document"', async () => {
    renderApp(`/reader/${gone}?start=${start}&end=${end}`);
    const notice = await screen.findByText(/^这份导入的报告不在本浏览器中/);
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent('可能已被删除，或是在另一个浏览器中导入的');
    expect(screen.queryByText(/找不到文件/)).toBeNull();
    expect(screen.getByRole('link', { name: '去导入页面重新导入' })).toHaveAttribute('href', '/import');
  });

  it('says so in English too', async () => {
    renderApp(`/reader/${gone}?lang=en`);
    expect(await screen.findByText(/^This imported report is not in this browser/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import it again' })).toHaveAttribute('href', '/import?lang=en');
  });

  it('says the browser store cannot be opened when that is why the report cannot be read', async () => {
    await closeImportedStore();
    globalThis.indexedDB = undefined as unknown as IDBFactory;
    renderApp(`/reader/${stored}?start=${start}&end=${end}`);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('无法打开本浏览器中保存导入报告的存储'));
    expect(alert).toHaveTextContent('this browser offers no IndexedDB');
    expect(screen.queryByText(/不在本浏览器中|找不到文件/)).toBeNull();
  });
});
