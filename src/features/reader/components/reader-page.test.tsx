import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, fixtures } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { serveIndexWithoutDocuments } from '../../../../test/index-without-documents';
import { renderApp } from '../../../../test/render-app';
import { unmarkedChinese } from '../../../../test/unmarked-chinese';

const GAOZHOU = '001_3f0a2276b96b94a9';
const text = fixtures.text.get(`sources/${GAOZHOU}.txt`)!;
const facts = (fixtures.json.get(`source-facts/${GAOZHOU}.json`) as { observations: Array<{ provenance: { start: number; end: number } }> }).observations;
const distinctSpans = [...new Set(facts.map((o) => `${o.provenance.start}-${o.provenance.end}`))];
const spanOf = (quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

async function openReader(url: string) {
  const result = renderApp(url);
  const frame = await screen.findByRole('region', { name: url.includes('lang=en') ? 'Full text' : '原文全文' });
  return { ...result, frame };
}

describe('ReaderPage', () => {
  it('opens a linked span highlighted, with its fact shown; the rendered text equals the source text', async () => {
    const { start, end } = spanOf('可网办率98.36%');
    const { frame } = await openReader(`/reader/${GAOZHOU}?start=${start}&end=${end}`);
    const active = frame.querySelector('mark.hl-mark--active')!;
    expect(active.textContent).toBe('可网办率98.36%');
    expect(active).toHaveAttribute('aria-label', expect.stringContaining('可网办率'));
    expect(active).toHaveAttribute('aria-label', expect.stringContaining('98.36%'));
    expect(frame.querySelector('.highlighted-text')!.textContent).toBe(text);
    const side = screen.getByRole('complementary', { name: '本文数据' });
    expect(within(side).getByText('可网办率98.36%', { selector: 'blockquote' })).toBeInTheDocument();
    const position = distinctSpans.indexOf(`${start}-${end}`) + 1;
    expect(position).toBeGreaterThan(0);
    expect(screen.getByText(`第 ${position} / ${distinctSpans.length} 条`)).toBeInTheDocument();
  });

  it('puts the focus on the linked span when it opens, so the keyboard and a screen reader start from the quote', async () => {
    const { start, end } = spanOf('工单总体办结率为99.5%');
    const { frame } = await openReader(`/reader/${GAOZHOU}?start=${start}&end=${end}`);
    const active = frame.querySelector('mark.hl-mark--active')!;
    await waitFor(() => expect(document.activeElement).toBe(active));
    // Described by the fact it states, and still the span the link named.
    expect(active).toHaveAttribute('aria-describedby', screen.getByRole('tooltip').id);
    expect(screen.getByRole('tooltip')).toHaveTextContent('12345热线办结率');
    expect(active.textContent).toBe('工单总体办结率为99.5%');
  });

  it('highlights every curated fact as a focusable mark and dims page chrome without dropping a character', async () => {
    const { frame } = await openReader(`/reader/${GAOZHOU}`);
    const focusable = frame.querySelectorAll('mark[tabindex="0"]');
    // One clause can state several facts, and a span can start where a longer one starts
    // ("最多跑一次事项2018项" within "…,达到100%"): one focusable mark per distinct start, naming all.
    const starts = new Set(facts.map((o) => o.provenance.start));
    expect(focusable.length).toBe(starts.size);
    const named = [...focusable].flatMap((m) => (m as HTMLElement).dataset.starts!.split(' '));
    expect(named.sort()).toEqual([...distinctSpans].sort());
    const chrome = [...frame.querySelectorAll('.chrome')].map((e) => e.textContent).join('');
    expect(chrome).toContain('粤ICP备16116520号');
    expect(chrome).toContain('高凉网');
    expect(chrome).not.toContain('专此报告');
  });

  it('moves between facts with n and p, updating the URL and focus', async () => {
    const user = userEvent.setup();
    const { router, frame } = await openReader(`/reader/${GAOZHOU}?lang=zh`);
    await user.keyboard('n');
    const first = frame.querySelector('mark[tabindex="0"]')!;
    await waitFor(() => expect(document.activeElement).toBe(first));
    const firstSearch = router.state.location.search;
    expect(firstSearch).toMatch(/start=\d+&end=\d+/);
    expect(firstSearch).toContain('lang=zh');
    await user.keyboard('n');
    await waitFor(() => expect(router.state.location.search).not.toBe(firstSearch));
    await user.keyboard('p');
    await waitFor(() => expect(router.state.location.search).toBe(firstSearch));
    await waitFor(() => expect(document.activeElement).toBe(first));
  });

  it('keeps the chosen span when its mark, shared with a span starting at the same character, takes the focus', async () => {
    const user = userEvent.setup();
    // "最多跑一次事项2018项" and "最多跑一次事项2018项,达到100%" start together: one mark to focus for both.
    const { start, end } = spanOf('最多跑一次事项2018项,达到100%');
    expect(spanOf('最多跑一次事项2018项').start).toBe(start);
    const { router, frame } = await openReader(`/reader/${GAOZHOU}?start=${start}&end=${end}`);
    const side = screen.getByRole('complementary', { name: '本文数据' });
    const current = side.querySelector<HTMLElement>('.reader__fact-button[aria-current="true"]')!;
    await user.click(current);
    const mark = frame.querySelector(`mark[data-starts~="${start}-${end}"]`)!;
    await waitFor(() => expect(document.activeElement).toBe(mark));
    expect(router.state.location.search).toBe(`?start=${start}&end=${end}`);
    expect(within(side).getByText('最多跑一次事项2018项,达到100%', { selector: 'blockquote' })).toBeInTheDocument();
  });

  it('finds text in the document with a match count, and filters the fact list by theme', async () => {
    const user = userEvent.setup();
    const { frame, router } = await openReader(`/reader/${GAOZHOU}`);
    await user.type(screen.getByRole('searchbox', { name: '在原文中查找' }), '行政强制案');
    expect(await screen.findByText('1 / 2')).toBeInTheDocument();
    expect(frame.querySelectorAll('.find-match')).toHaveLength(2);
    await user.keyboard('{Enter}');
    expect(screen.getByText('2 / 2')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '按主题筛选' }), 'hotline');
    expect(router.state.location.search).toContain('theme=hotline');
    const list = screen.getByRole('complementary', { name: '本文数据' }).querySelector('ol')!;
    expect(within(list).getAllByRole('button').length).toBe(10);
  });

  it.each([
    [`start=50&end=10`, '链接中的位置颠倒或为空：起点 50 不在终点 10 之前。已从文首显示原文。'],
    [`start=10&end=${text.length + 5}`, `链接指向第 10–${text.length + 5} 个字符，但这份文件只有 ${text.length.toLocaleString('en')} 个字符（链接可能属于另一份文件）。已从文首显示原文。`],
    [`start=10`, '链接中的位置不完整（start=10，end=—）：需要起点和终点两个数。已从文首显示原文。'],
    [`start=a&end=9`, '链接中的位置（start=a，end=9）不是字符序号（0 或正整数）。已从文首显示原文。'],
  ])('says what is wrong with a span that is not valid (%s), and shows the document from the top without a highlight', async (search, message) => {
    const { frame } = await openReader(`/reader/${GAOZHOU}?${search}`);
    expect(screen.getByText(message)).toHaveAttribute('role', 'status');
    expect(frame.querySelector('mark.hl-mark--active, mark.hl-mark--link')).toBeNull();
  });

  it('says in English why a span is beyond the end of the document', async () => {
    await openReader(`/reader/${GAOZHOU}?start=6000&end=6010&lang=en`);
    expect(
      screen.getByText(`The link points to characters 6000–6010, but this document has only ${text.length.toLocaleString('en')} characters (the link may belong to another document). Showing the document from the top.`),
    ).toBeInTheDocument();
  });

  it('in English, marks every Chinese text from the document as Chinese: the quote, the period as written, the find example', async () => {
    const { start, end } = spanOf('可网办率98.36%');
    await openReader(`/reader/${GAOZHOU}?start=${start}&end=${end}&lang=en`);
    const side = screen.getByRole('complementary', { name: 'Figures in this document' });
    expect(within(side).getByText(/«截至目前»/)).toBeInTheDocument();
    expect(unmarkedChinese(screen.getByRole('main'))).toEqual([]);
    // Each mark's name is English (the figure it states) and is marked so, while its text stays Chinese.
    const marks = [...screen.getByRole('region', { name: 'Full text' }).querySelectorAll('mark[aria-label]')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.closest('[lang]')?.getAttribute('lang'), mark.getAttribute('aria-label')!).toBe('en');
  });

  it('highlights a linked span that is not a fact (a sentence someone shared)', async () => {
    const { start, end } = spanOf('专此报告。');
    const { frame } = await openReader(`/reader/${GAOZHOU}?start=${start}&end=${end}&lang=en`);
    const link = frame.querySelector('mark.hl-mark--link')!;
    expect(link.textContent).toBe('专此报告。');
    expect(link).toHaveAttribute('aria-label', `Linked passage: characters ${start}–${end}`);
  });

  it('unfolds the page chrome a linked span lies in, so the span is not hidden under the fold', async () => {
    const { start, end } = spanOf('粤ICP备16116520号');
    const { frame } = await openReader(`/reader/${GAOZHOU}?start=${start}&end=${end}`);
    const link = frame.querySelector('mark.hl-mark--link')!;
    expect(link.textContent).toBe('粤ICP备16116520号');
    expect(link.querySelector('.chrome--folded')).toBeNull();
    expect(link.closest('.chrome--folded')).toBeNull();
    expect(link.querySelector('.chrome')).not.toBeNull();
  });

  it('lists the documents at #/reader and explains an unknown document', async () => {
    renderApp('/reader');
    expect(await screen.findByRole('link', { name: '高州市2021年度法治政府建设情况报告' })).toHaveAttribute('href', `/reader/${GAOZHOU}`);
    expect(await screen.findByText(/82 条数据/)).toBeInTheDocument();
    renderApp('/reader/no-such-doc');
    expect(await screen.findByText('找不到文件“no-such-doc”。')).toBeInTheDocument();
  });

  it('explains a failed facts file inside the page', async () => {
    server.use(http.get(dataPath(`source-facts/${GAOZHOU}.json`), () => new HttpResponse(null, { status: 500 })));
    renderApp(`/reader/${GAOZHOU}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(`source-facts/${GAOZHOU}.json`);
  });

  describe('with no documents', () => {

    it('says there are none instead of an empty list', async () => {
      serveIndexWithoutDocuments('curated');
      renderApp('/reader');
      const note = await screen.findByText(/^还没有原文文件/);
      expect(note).toHaveAttribute('role', 'status');
      expect(within(note.closest('section')!).queryByRole('list')).toBeNull();
    });

    it('says why for the synthetic dataset, and the footer does not claim its values come from documents', async () => {
      serveIndexWithoutDocuments('synthetic');
      renderApp('/reader?lang=en');
      expect(await screen.findByText(/synthetic dataset has no documents/)).toHaveAttribute('role', 'status');
      const footer = screen.getByRole('contentinfo');
      expect(footer).toHaveTextContent(/generated samples, not figures from any government document/);
      expect(footer).not.toHaveTextContent(/quoted from the listed government documents/);
    });
  });
});

