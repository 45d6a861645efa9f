import { CJK_RANGES } from '../domain/chinese-runs';

/**
 * What a line may break between: words, spaces, and CJK characters one by
 * one, each CJK character keeping the digits or letters and any opening
 * bracket before it and the closing punctuation after it ("（2019年", "4日）"),
 * so neither a date nor a bracket is split from its text. CJK characters are
 * the ones read as Chinese (domain/chinese-runs.ts).
 */
const WRAP_TOKENS = new RegExp(`[（《「『“]*[^\\s${CJK_RANGES}]*[${CJK_RANGES}][，。、；：）》」』！？]*|[^\\s${CJK_RANGES}]+|\\s+`, 'gu');

/**
 * Breaks `text` into lines no wider than `maxWidth`: between words, around
 * any CJK character, and inside a word only when it alone is too wide (a
 * link). Done here rather than by the renderer so the layout knows how many
 * lines there are and the image grows to hold them all (an export's notes and
 * source line, chart-frame.ts; the rows of a narrow comparison chart). Pure.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const token of text.match(WRAP_TOKENS) ?? []) {
    if (measure(line + token) <= maxWidth) {
      line += token;
      continue;
    }
    if (/^\s+$/.test(token)) {
      push();
      continue;
    }
    push();
    if (measure(token) <= maxWidth) {
      line = token;
      continue;
    }
    for (const char of token) {
      if (line !== '' && measure(line + char) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines;
}
