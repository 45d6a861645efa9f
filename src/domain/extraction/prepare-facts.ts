import { nearlyEqual, type NumberInQuote, type ReviewFact } from '../imported-facts';
import { parseNumberAsWritten } from '../number-as-written';
import { findPeriodMarkers } from './period';
import type { ExtractedFact } from './types';

/**
 * From engine facts to the review facts the import page shows: where each
 * number sits in its quote and the period phrase that governs it. Runs in the
 * extraction worker only (src/features/import/extraction/extraction-job.ts),
 * so the number parser and the period reader stay out of the page's chunk;
 * imported-facts.ts turns a reviewed fact into an Observation.
 */

// ---- The number as written, inside the quote --------------------------------

/** Qualifier words the number parser reads as part of the number ("约1358", "超23485"). */
const ATTACHED_PREFIXES = ['接近', '将近', '大约', '近', '约', '超过', '逾', '超', '不到', '不足'];
/** Qualifier words the engine reads but that stay apart from the number ("不少于100件"). */
const SEPARATE_PREFIXES = ['不超过', '不少于', '至少', '少于', '大概'];
const SUFFIX_QUALIFIERS = ['以上', '左右', '以内', '以下', '之内', '上下', '内'];
const QUALIFIED_BASE = /(接近|将近|近|约|大约)(?:(?:19|20)\d\d年|去年|上年|同期|上年同期)的$/;

const NUMBER_IN_QUOTE =
  /(百分之)?([0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?(?:万亿|万|亿)?|[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?)(多|余)?(%|％)?/g;

/**
 * Finds the fact's number in its quote: the first number whose value (万/亿
 * expanded, as the engine reports it) equals the fact's value. Null when the
 * quote holds no such number (never happens for engine output; guards edits).
 */
export function locateNumber(fact: Pick<ExtractedFact, 'quote' | 'value' | 'unit'>): NumberInQuote | null {
  const { quote } = fact;
  NUMBER_IN_QUOTE.lastIndex = 0;
  for (let m = NUMBER_IN_QUOTE.exec(quote); m !== null; m = NUMBER_IN_QUOTE.exec(quote)) {
    if (m[0].length === 0) {
      NUMBER_IN_QUOTE.lastIndex++;
      continue;
    }
    const parsed = parseNumberAsWritten(m[0]);
    if (parsed === null || !nearlyEqual(parsed.value, fact.value)) continue;
    if (parsed.isPercent !== (fact.unit === '%')) continue;
    let offset = m.index;
    let written = m[0];
    let qualifierAsWritten: string | null = null;
    const before = quote.slice(0, offset);
    const attached = ATTACHED_PREFIXES.find((w) => before.endsWith(w) && !SEPARATE_PREFIXES.some((s) => before.endsWith(s)));
    if (attached && parseNumberAsWritten(attached + written) !== null) {
      offset -= attached.length;
      written = attached + written;
    } else {
      const separate = SEPARATE_PREFIXES.find((w) => before.endsWith(w));
      if (separate) qualifierAsWritten = separate;
      const base = QUALIFIED_BASE.exec(before);
      if (!separate && base) qualifierAsWritten = base[1]!;
    }
    if (qualifierAsWritten === null) {
      const after = quote.slice(m.index + m[0].length);
      const afterUnit = fact.unit !== '%' && after.startsWith(fact.unit) ? after.slice(fact.unit.length) : after.replace(/^个(?=工作日)/, '').replace(/^工作日/, '');
      const suffix = SUFFIX_QUALIFIERS.find((w) => afterUnit.startsWith(w));
      if (suffix) qualifierAsWritten = suffix;
    }
    return { valueAsWritten: written, offset, qualifierAsWritten };
  }
  return null;
}

// ---- Periods -----------------------------------------------------------------

/**
 * The period phrase that governs a number at `numberStart`: the nearest period
 * phrase before it in the same paragraph (the engine's rule), as written
 * ("1-10月", "截至11月8日", "全年"); null when there is none or it does not
 * give `period`. `markers` is findPeriodMarkers(text, documentYear).
 */
export function periodPhraseBefore(
  text: string,
  numberStart: number,
  period: string,
  documentYear: number | null,
  markers: ReadonlyArray<{ end: number; period: string }>,
): string | null {
  const paragraphStart = text.lastIndexOf('\n', numberStart - 1) + 1;
  let marker: { end: number; period: string } | null = null;
  // Markers are in text order: binary search for the last one ending at or before the number.
  let lo = 0;
  let hi = markers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid]!.end <= numberStart) {
      marker = markers[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (marker === null || marker.end < paragraphStart || marker.period !== period) return null;
  // The shortest stretch ending at the marker that still reads as the same period is the phrase.
  const floor = Math.max(paragraphStart, marker.end - 24);
  for (let s = marker.end - 1; s >= floor; s--) {
    const slice = text.slice(s, marker.end);
    if (findPeriodMarkers(slice, documentYear).some((m) => m.end === slice.length && m.period === period)) return slice;
  }
  return null;
}

// ---- Review facts -------------------------------------------------------------

/** Each engine fact with what the review needs, computed once (in the worker). */
export function prepareFacts(text: string, facts: readonly ExtractedFact[], documentYear: number | null): ReviewFact[] {
  const markers = findPeriodMarkers(text, documentYear);
  const phrases = new Map<string, string | null>();
  return facts.map((fact, index) => {
    const number = locateNumber(fact);
    const numberStart = fact.start + (number?.offset ?? 0);
    let periodPhrase: string | null = null;
    if (fact.period !== null) {
      const key = `${numberStart}:${fact.period}`;
      periodPhrase = phrases.get(key) ?? periodPhraseBefore(text, numberStart, fact.period, documentYear, markers);
      phrases.set(key, periodPhrase);
    }
    return { index, fact, number, numberStart, periodPhrase };
  });
}

