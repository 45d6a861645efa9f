/**
 * What a line may break between: words, spaces, and CJK characters one by
 * one, each CJK character keeping the digits or letters and any opening
 * bracket before it and the closing punctuation after it ("（2019年", "4日）"),
 * so neither a date nor a bracket is split from its text.
 */
const WRAP_TOKENS = /[（《「『“]*[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]*[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF][，。、；：）》」』！？]*|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/gu;

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
