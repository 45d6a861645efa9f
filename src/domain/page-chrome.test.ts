import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFactsFileSchema } from './data-files';
import { detectPageChrome, overlapsChrome, type ChromeBlock } from './page-chrome';

const dataDir = path.resolve(__dirname, '../../public/data');
const text = (id: string) => readFileSync(path.join(dataDir, 'sources', `${id}.txt`), 'utf8');
/** The scraped pages use no-break spaces around ">"; compare with plain spaces (same length, so offsets hold). */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const facts = (id: string) =>
  SourceFactsFileSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'source-facts', `${id}.json`), 'utf8'))).observations;
const IDS = ['000_95bac47a01022ce6', '001_3f0a2276b96b94a9', '002_708db31ce4ea3cc1', '003_46cc8aeac5ceb1f9', '004_a24638c85b82cf1e'];

function chromeText(source: string, blocks: ChromeBlock[]): string[] {
  return blocks.map((b) => plain(source.slice(b.start, b.end)));
}
function isChrome(source: string, blocks: ChromeBlock[], needle: string): boolean {
  const at = plain(source).indexOf(needle);
  expect(at, `«${needle}» is in the text`).toBeGreaterThanOrEqual(0);
  return blocks.some((b) => b.start <= at && at + needle.length <= b.end);
}

describe('detectPageChrome on the five documents', () => {
  it.each(IDS)('%s: blocks cover whole lines, in order, and never a quoted fact', (id) => {
    const source = text(id);
    const blocks = detectPageChrome(source);
    let previousEnd = -1;
    for (const block of blocks) {
      expect(block.start).toBeGreaterThan(previousEnd);
      expect(block.start === 0 || source[block.start - 1] === '\n').toBe(true);
      expect(block.end === source.length || source[block.end] === '\n').toBe(true);
      previousEnd = block.end;
    }
    for (const fact of facts(id)) expect(overlapsChrome(blocks, fact.provenance.start, fact.provenance.end), fact.id).toBe(false);
  });

  it('000: 长者助手, the section name and the breadcrumb above the title, and the 信息来源 line', () => {
    const source = text(IDS[0]!);
    const blocks = detectPageChrome(source);
    expect(chromeText(source, blocks)[0]).toBe('长者助手\n市政通告\n您现在的位置:首页 > 政务公开 >> 市政通告');
    expect(blocks[0]!.kinds).toEqual(['accessibility', 'navigation']);
    expect(isChrome(source, blocks, '信息来源:中山市人民政府发布日期:2022-03-01 分享:')).toBe(true);
    expect(isChrome(source, blocks, '中山市人民政府办公室2021年度法治政府建设工作情况报告')).toBe(false);
  });

  it('001: the site breadcrumb and an unrelated headline on top; share scripts, 备案 footer and editor credit at the end', () => {
    const source = text(IDS[1]!);
    const blocks = detectPageChrome(source);
    expect(isChrome(source, blocks, '高凉网 > 教育 > 正文')).toBe(true);
    expect(isChrome(source, blocks, '习近平:坚定不移走中国人权发展道路')).toBe(true);
    expect(isChrome(source, blocks, '高州市2021年度法治政府建设情况报告')).toBe(false);
    const tail = blocks.at(-1)!;
    expect(tail.end).toBe(source.length);
    for (const needle of ["$('#share-1').share();", 'document.write(unescape', '粤公网安备 44098102441048号', '粤ICP备16116520号', '[ 编辑: 高凉网编辑 ]', '分享到:']) {
      expect(isChrome(source, blocks, needle), needle).toBe(true);
    }
    expect(tail.kinds).toEqual(expect.arrayContaining(['share', 'code', 'footer', 'widget']));
    // The signature and date end the report: they are text, not chrome.
    expect(isChrome(source, blocks, '专此报告。')).toBe(false);
    expect(isChrome(source, blocks, '2021年12月2日')).toBe(false);
  });

  it('002: 无障碍版 长者助手 and the breadcrumb, but the notice and the whole plan stay text', () => {
    const source = text(IDS[2]!);
    const blocks = detectPageChrome(source);
    expect(chromeText(source, blocks)[0]).toBe('无障碍版 长者助手\n您当前的位置: > >决策公开');
    expect(isChrome(source, blocks, '关于印发横栏镇2022年政务公开工作要点分工方案的通知')).toBe(false);
    expect(isChrome(source, blocks, '中山市横栏党政综合办公室')).toBe(false);
    expect(isChrome(source, blocks, '司法所牵头,党政综合办配合')).toBe(false);
  });

  it('003: the section name, breadcrumb, 字体/视力保护色 line and the trailing widget label', () => {
    const source = text(IDS[3]!);
    const blocks = detectPageChrome(source);
    expect(isChrome(source, blocks, '市政府部门\n\n您现在的位置 首页 > 政务公开')).toBe(true);
    expect(isChrome(source, blocks, '【字体: 视力保护色:')).toBe(true);
    expect(isChrome(source, blocks, '触碰右侧展开')).toBe(true);
    expect(isChrome(source, blocks, '市政府办公厅2018年法治政府建设重点工作落实情况')).toBe(false);
  });

  it('004: a clean text has no chrome', () => {
    expect(detectPageChrome(text(IDS[4]!))).toEqual([]);
  });
});

describe('detectPageChrome on small texts', () => {
  it('leaves prose alone even when it mentions 报告 and 位置', () => {
    const prose = '现将有关情况报告如下:\n我市在全省的位置靠前,共办理12件。\n';
    expect(detectPageChrome(prose)).toEqual([]);
  });
  it('folds a long run of blank lines only', () => {
    expect(detectPageChrome('a\n\n\nb')).toEqual([]);
    const folded = detectPageChrome('a\n\n\n\n\n\nb');
    expect(folded).toEqual([{ start: 2, end: 6, kinds: ['blank'] }]);
  });
});
