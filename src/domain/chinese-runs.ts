/**
 * The Chinese stretches of a text in another language: an English note that
 * quotes its source (“260多” (260-odd) is a lower bound) or names a term
 * (政策解读). Marked as Chinese, a screen reader reads them with a Chinese
 * voice instead of spelling out characters, or skipping them, in English.
 *
 * A run starts and ends with a Chinese character (CJK_RANGES: Han, CJK
 * punctuation such as 〔〕, full-width forms) and takes in what is written
 * between two of them without a space (截至11月8日), and digits written
 * against it on either side (260多, 超23485, 3万余): the number belongs to
 * the Chinese phrase, and a Chinese voice reads 260多 as one amount. Joining
 * the pieces gives the text back unchanged.
 */
export interface TextRun {
  text: string;
  chinese: boolean;
}

/**
 * The characters of Chinese text, as ranges for a regular expression's class
 * (`[${CJK_RANGES}]`, or `[^\s${CJK_RANGES}]` for everything else): CJK
 * radicals, punctuation (〔〕、。), bopomofo, strokes, enclosed and
 * compatibility forms (㈠, ㎡), Han ideographs, compatibility ideographs and
 * full-width forms (，１). One definition for every place that asks: a run
 * marked Chinese here, a character one em wide in a chart's text layout
 * (components/stacked-bars.ts) and a place a line may break (lib/wrap-text.ts),
 * so what is read as Chinese is also measured and wrapped as Chinese. The
 * blocks 3040–30FF and 3130–318F (kana, Hangul jamo) are inside the range:
 * as wide as Han, and absent from the reports.
 */
export const CJK_RANGES = String.raw`\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef`;

const CJK_CHARACTER = new RegExp(`^[${CJK_RANGES}]$`, 'u');

/** True for one character of Chinese text (CJK_RANGES). */
export function isCjkCharacter(char: string): boolean {
  return CJK_CHARACTER.test(char);
}

const CHINESE = `[${CJK_RANGES}]`;
const ATTACHED = String.raw`[0-9０-９.,%]`;
/** Digits against the run, then Chinese characters with anything but spaces and quotation marks between them, then digits. */
const RUN = new RegExp(String.raw`${ATTACHED}*${CHINESE}(?:[^\s“”"'‘’()]*${CHINESE})?[0-9０-９%]*`, 'gu');

export function chineseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    let start = match.index;
    let found = match[0];
    // A leading '.' or ',' ends the sentence before ("…bound.260多" is not written, "2.5万" is): keep only digits.
    while (/^[.,]/.test(found)) {
      found = found.slice(1);
      start++;
    }
    if (start > at) runs.push({ text: text.slice(at, start), chinese: false });
    runs.push({ text: found, chinese: true });
    at = start + found.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), chinese: false });
  return runs;
}
