import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../../test/render-app';
import { unmarkedChinese } from '../../../../test/unmarked-chinese';
import { importedSourceId, type ImportedReport } from '../../../domain/imported-report';
import { closeImportedStore, saveImportedReport } from '../../../lib/imported/imported-store';
import { IMPORTED_GAOZHOU_QUOTE, importedGaozhouReport, importedGaozhouText } from '../../../../test/fixtures/imported-gaozhou-report';

// A report "imported" into this browser for 2022: a year the curated data does not cover for 高州.
const text = importedGaozhouText();
const quote = IMPORTED_GAOZHOU_QUOTE;

function report(): Promise<ImportedReport> {
  return importedGaozhouReport({ id: 'explorer-test', title: '高州市2022年度法治政府建设情况报告（导入）' });
}

beforeEach(async () => {
  await closeImportedStore();
  globalThis.indexedDB = new IDBFactory();
  await saveImportedReport(await report());
});
afterEach(() => closeImportedStore());

describe('the explorer with an imported report', () => {
  it('shows the imported value beside the curated one, marked imported, with its quote from the browser store', async () => {
    renderApp('/explore?indicator=hotline.work-orders&tab=table');
    const table = await screen.findByRole('table', { name: /数据表/ });
    await waitFor(() => expect(within(table).getByText('15,000 宗')).toBeInTheDocument());
    const importedRow = within(table).getByText('15,000 宗').closest('tr')!;
    expect(within(importedRow).getByText('导入')).toBeInTheDocument();
    // The curated 1-10月 figure is still there, not marked imported.
    const curatedRow = within(table).getByText('12,905 宗').closest('tr')!;
    expect(within(curatedRow).queryByText('导入')).toBeNull();

    await userEvent.click(within(importedRow).getByRole('button', { name: '查看出处' }));
    const detail = await screen.findByRole('region', { name: '出处' });
    expect(detail.querySelector('mark')?.textContent).toBe(quote);
    await waitFor(() => expect(detail.textContent).toContain('2022年,'));
    expect(within(detail).getByText('高州市2022年度法治政府建设情况报告（导入）')).toBeInTheDocument();
    expect(detail.querySelector('.source-detail__value .badge--imported')).toHaveTextContent('导入');
    // The text is in this browser's store, not a data file on the server: no link or citation to one.
    expect(within(detail).getByRole('link', { name: '在报告中查看原文' })).toBeInTheDocument();
    expect(within(detail).queryByRole('link', { name: '打开全文（纯文本）' })).toBeNull();
    expect(detail.querySelector('blockquote')).not.toHaveAttribute('cite');
  });

  it('in English, the source panel marks the period as written and the report\'s Chinese title and issuer as Chinese', async () => {
    const start = text.indexOf(quote);
    const id = `${importedSourceId('explorer-test')}:${start}-${start + quote.length}:hotline.work-orders`;
    renderApp(`/explore?indicator=hotline.work-orders&tab=table&lang=en&obs=${encodeURIComponent(id)}`);
    const detail = await screen.findByRole('region', { name: 'Source' });
    await waitFor(() => expect(detail.querySelector('mark')?.textContent).toBe(quote));
    expect(within(detail).getByText('«2022年»', { exact: false })).toBeInTheDocument();
    expect(unmarkedChinese(detail)).toEqual([]);
  });
});
