/**
 * Periods as the reports state them, turned into short strings:
 *   "2021"                    the whole year (or "2021年以来", year to date)
 *   "2021-01..2021-10"        a span of months (1-10月, 前三季度, 上半年)
 *   "asOf 2021-11-08"         a cut-off date (截至11月8日, 截至10月底 → last day)
 *   "asOf now"                截至目前 / 目前: as of writing, date not stated
 * A year the text leaves implicit (今年, 1-10月) is the document year; when
 * the document names no year at all it is written "????".
 */
export interface PeriodMarker {
  /** Offset just after the phrase: a fact after it (in the same paragraph) falls under it. */
  end: number;
  period: string;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// One alternation so the text is scanned once; the longer forms come first at each position.
const PERIOD_RE = new RegExp(
  [
    // 1: year, 2: month, 3: 底/末 or day
    String.raw`(?:截至|截止到?|截止至)(?:((?:19|20)\d\d)年)?(\d{1,2})[月日](底|末|\d{1,2}[日号])`,
    // 4: 截至目前
    String.raw`((?:截至|截止到?)目前|目前|至今)`,
    // 5: year or 今年, 6: start month, 7: end month
    String.raw`(?:((?:19|20)\d\d)年|今年|本年)?(\d{1,2})月?(?:-|－|—|~|～|至|到)(\d{1,2})月`,
    // 8: year, 9: half or quarter phrase
    String.raw`(?:((?:19|20)\d\d)年|今年|本年)?(上半年|下半年|前三季度|前[两二]季度|第?[一二三四1-4]季度)`,
    // 10: year (full year, or the year of a date)
    String.raw`(?<![较比与和同是近至到\-－—~～\d])((?:19|20)\d\d)年(?:度)?(?!的|同期|相比|底前|前|第)`,
    // 11: this year
    String.raw`(今年|本年度|全年)`,
  ].join('|'),
  'g',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number | null, month: number): number {
  // A missing year is taken as a non-leap year: only February 29 would differ.
  return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
}

function span(year: number | null, from: number, to: number): string | null {
  if (from < 1 || to > 12 || from > to) return null;
  const y = year === null ? '????' : String(year);
  if (from === 1 && to === 12) return y;
  return `${y}-${pad(from)}..${y}-${pad(to)}`;
}

function halfOrQuarter(phrase: string): [number, number] | null {
  if (phrase === '上半年') return [1, 6];
  if (phrase === '下半年') return [7, 12];
  if (phrase === '前三季度') return [1, 9];
  if (phrase.startsWith('前')) return [1, 6];
  const q = CN_DIGIT[phrase.replace('第', '').charAt(0)];
  return q === undefined ? null : [q * 3 - 2, q * 3];
}

/** All period phrases in the text, in order. Linear: one regex pass. */
export function findPeriodMarkers(text: string, documentYear: number | null): PeriodMarker[] {
  const markers: PeriodMarker[] = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(text); m !== null; m = PERIOD_RE.exec(text)) {
    const end = m.index + m[0].length;
    let period: string | null = null;
    if (m[2] !== undefined) {
      const year = m[1] !== undefined ? Number(m[1]) : documentYear;
      const month = Number(m[2]);
      const tail = m[3] ?? '';
      // "截至11日8日" (a typo in seed 001) reads as 11月8日: the second number is the day.
      const day = tail === '底' || tail === '末' ? daysInMonth(year, month) : Number.parseInt(tail, 10);
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        period = `asOf ${year === null ? '????' : year}-${pad(month)}-${pad(day)}`;
      }
    } else if (m[4] !== undefined) {
      period = 'asOf now';
    } else if (m[6] !== undefined && m[7] !== undefined) {
      period = span(m[5] !== undefined ? Number(m[5]) : documentYear, Number(m[6]), Number(m[7]));
    } else if (m[9] !== undefined) {
      const months = halfOrQuarter(m[9]);
      if (months) period = span(m[8] !== undefined ? Number(m[8]) : documentYear, months[0], months[1]);
    } else if (m[10] !== undefined) {
      period = m[10];
    } else if (m[11] !== undefined) {
      period = documentYear === null ? '????' : String(documentYear);
    }
    if (period !== null) markers.push({ end, period });
  }
  return markers;
}
