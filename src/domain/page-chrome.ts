/**
 * Page chrome in scraped government pages: the site's navigation and
 * breadcrumbs above the document, accessibility switches ("无障碍版",
 * "长者助手"), the "信息来源 / 发布日期 / 分享" line, share buttons, script
 * fragments, and the ICP / 公安备案 footer. The reader dims and folds these
 * in display only: the text and every offset into it stay exactly as served.
 *
 * Heuristics are line-based and deliberately conservative: a line of the
 * document body is never marked, because a number quoted from it must stay
 * readable. Tested on the five real documents.
 */
export const CHROME_KINDS = [
  'accessibility', // 无障碍版, 长者助手, 关怀版
  'navigation', // breadcrumbs, section names and unrelated headlines above the title
  'pageMeta', // 信息来源 / 发布日期 / 字体 / 分享 line
  'share', // 分享到, share() calls
  'code', // script and markup left in by the scraper
  'footer', // ICP / 公安备案, 主办单位, 网站标识码, 联系方式
  'widget', // lone button labels (发布, 打印, 触碰右侧展开), editor credits
  'blank', // long runs of empty lines
] as const;
export type ChromeKind = (typeof CHROME_KINDS)[number];

export interface ChromeBlock {
  /** UTF-16 offsets; the block covers whole lines, without the final line break. */
  start: number;
  end: number;
  kinds: ChromeKind[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

const isBlank = (line: string) => line.trim() === '';

const ACCESSIBILITY = /^(?:无障碍版?|长者助手|长者模式|关怀版|适老化|无障碍浏览|读屏专用)(?:[\s|｜]+(?:无障碍版?|长者助手|长者模式|关怀版|适老化|无障碍浏览|读屏专用))*$/;
const BREADCRUMB = /(?:您(?:当前|现在)的?位置|当前位置)|^[^。，,；;]{0,40}(?:\s*>{1,2}\s*[^。，,；;>]{0,20}){2,}$/;
const PAGE_META = /^(?:信息来源|来源|发布机构)[:：]|(?:发布日期|信息提供日期|发布时间)[:：]\s*\d{4}|【字体|视力保护色|(?:^|\s)分享[:：]\s*$|浏览次数[:：]/;
const SHARE = /^分享到[:：]?|\.share\(/;
const CODE = /document\.write\(|^\s*\$\(|<\/?script|^\s*style="|^\s*>\s*$|function\s*\(|^\s*var\s+\w+\s*=|^\s*\}\);?\s*$/;
const FOOTER = /ICP备|公网安备|网站标识码|主办单位[:：]|承办单位[:：]|联系方式[:：]|版权所有|Copyright|©/i;
const WIDGET = /^(?:发布|打印|关闭|返回顶部|收藏|打印本页|关闭窗口|触碰右侧展开|扫一扫|【打印】|【关闭】)$|^\[\s*编辑[:：].*\]$|^\[\s*责任编辑[:：].*\]$/;

/** A line that can be the document's own title: short, no sentence punctuation, a title word. */
const TITLE = /^[^。，,；;:：]{6,80}$/;
const TITLE_WORD = /报告|方案|通知|情况|意见|办法|规定|公告|通报|决定|要点|总结|计划/;
/** How far from the top the header (site navigation before the title) may reach. */
const HEADER_LINES = 12;
/** How many blank lines in a row make a fold. */
const BLANK_RUN = 5;

function classify(line: string): ChromeKind | null {
  const text = line.trim();
  if (text === '') return null;
  if (ACCESSIBILITY.test(text)) return 'accessibility';
  if (SHARE.test(text)) return 'share';
  if (CODE.test(text)) return 'code';
  if (FOOTER.test(text)) return 'footer';
  if (WIDGET.test(text)) return 'widget';
  if (PAGE_META.test(text)) return 'pageMeta';
  if (BREADCRUMB.test(text)) return 'navigation';
  return null;
}

/**
 * Lines above the document's title that are not the title itself: section
 * names ("市政通告"), the site's other headlines. Only applies when a
 * breadcrumb or accessibility line shows the top is a web page header.
 */
function headerLines(lines: Line[], kinds: Array<ChromeKind | null>): Set<number> {
  const header = new Set<number>();
  const nonBlank = lines.map((_line, i) => i).filter((i) => !isBlank(lines[i]!.text)).slice(0, HEADER_LINES);
  const pageLike = nonBlank.some((i) => kinds[i] === 'navigation' || kinds[i] === 'accessibility');
  if (!pageLike) return header;
  const title = nonBlank.find((i) => {
    const text = lines[i]!.text.trim();
    return kinds[i] === null && TITLE.test(text) && TITLE_WORD.test(text);
  });
  if (title === undefined) return header;
  for (const i of nonBlank) if (i < title && kinds[i] === null) header.add(i);
  return header;
}

/** The chrome blocks of a text, in order. Blank lines between two chrome lines join them into one block. */
export function detectPageChrome(text: string): ChromeBlock[] {
  const lines = splitLines(text);
  const kinds = lines.map((l) => classify(l.text));
  for (const i of headerLines(lines, kinds)) kinds[i] = 'navigation';

  // Long runs of blank lines (left where the page had widgets) are folded too.
  for (let i = 0; i < lines.length; ) {
    if (!isBlank(lines[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && isBlank(lines[j]!.text)) j++;
    if (j - i >= BLANK_RUN) for (let k = i; k < j; k++) kinds[k] = 'blank';
    i = j;
  }

  const blocks: ChromeBlock[] = [];
  let current: ChromeBlock | null = null;
  let pendingBlank: Line | null = null; // blank lines after a block, joined only if chrome follows
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = kinds[i] ?? null;
    if (kind !== null) {
      if (current && (pendingBlank !== null || current.end + 1 >= line.start)) {
        current.end = line.end;
        if (!current.kinds.includes(kind)) current.kinds.push(kind);
      } else {
        current = { start: line.start, end: line.end, kinds: [kind] };
        blocks.push(current);
      }
      pendingBlank = null;
    } else if (isBlank(line.text) && current) {
      pendingBlank = line;
    } else {
      current = null;
      pendingBlank = null;
    }
  }
  // A block that is only blank lines stays a fold; chrome kinds come first for display.
  for (const block of blocks) block.kinds.sort((a, b) => CHROME_KINDS.indexOf(a) - CHROME_KINDS.indexOf(b));
  return blocks;
}

/** True when [start, end) overlaps a chrome block. */
export function overlapsChrome(blocks: ChromeBlock[], start: number, end: number): boolean {
  return blocks.some((b) => start < b.end && b.start < end);
}
