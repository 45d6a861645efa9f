import type { ExtractedFact, ExtractionCheck } from './types';

/** Where a fact sits, as the checks need it; computed by the extractor. */
export interface FactContext {
  sentence: number;
  paragraph: number;
  numberStart: number;
  numberEnd: number;
  /** The clause around the number, without the number itself. */
  clauseText: string;
  label: string;
}

/** Rates are stated to two decimals; anything within this distance is the same rate. */
export const RATE_TOLERANCE = 0.05;
const NON_COUNT_UNITS = new Set(['%', '倍', '个百分点']);
const MAX_DENOMINATOR_LOOKBACK = 20;

function isPlainCount(fact: ExtractedFact): boolean {
  return !fact.relative && !NON_COUNT_UNITS.has(fact.unit) && fact.qualifier === 'exact';
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Words that state a sum of what was just listed: "A10件、B20件，合计30件". */
const TOTAL_AFTER_PARTS = /合计|共计|总计|总共|一共/;

/**
 * "共…X件,其中A…B…": the parts after 其中 (same unit, in the same sentence,
 * up to the first fact of another unit) against the total before it. Lists
 * after 其中 are often not exhaustive and may mix a sub-part in (82 applications:
 * 72 accepted, 10 rejected, 13 heard — the 13 are among the 72), so the check
 * looks for the shortest run of parts that adds up to the total; it calls the
 * figures inconsistent only when the parts exceed the total however they are cut.
 */
export function checkPartsAgainstTotal(facts: readonly ExtractedFact[], contexts: readonly FactContext[], text: string): ExtractionCheck[] {
  const checks: ExtractionCheck[] = [];
  for (let t = 0; t + 1 < facts.length; t++) {
    const total = facts[t] as ExtractedFact;
    const next = contexts[t + 1] as FactContext;
    const ctx = contexts[t] as FactContext;
    if (!isPlainCount(total) || next.sentence !== ctx.sentence) continue;
    const between = text.slice(ctx.numberEnd, Math.min(next.numberStart, ctx.numberEnd + 40));
    if (!between.includes('其中')) continue;
    const parts: number[] = [];
    for (let j = t + 1; j < facts.length; j++) {
      const part = facts[j] as ExtractedFact;
      const partCtx = contexts[j] as FactContext;
      if (partCtx.sentence !== ctx.sentence || part.unit !== total.unit || part.relative) break;
      // "较2020年的1,200件" is a comparison base, and a closing bracket ends "(其中1件…)".
      if (/较|比|同期/.test(partCtx.clauseText) || (j > t + 1 && /[)）]/.test(text.slice((contexts[j - 1] as FactContext).numberEnd, partCtx.numberStart)))) break;
      // "…，合计110件" after the parts is their sum (checkTotalAfterParts), not one more part.
      if (j > t + 1 && TOTAL_AFTER_PARTS.test(text.slice((contexts[j - 1] as FactContext).numberEnd, partCtx.numberStart))) break;
      if (part.qualifier !== 'exact') {
        parts.length = 0;
        break;
      }
      parts.push(j);
    }
    if (parts.length < 2) continue;
    let sum = 0;
    let matched = -1;
    for (let k = 0; k < parts.length; k++) {
      sum += (facts[parts[k] as number] as ExtractedFact).value;
      if (k >= 1 && nearlyEqual(sum, total.value)) {
        matched = k;
        break;
      }
    }
    if (matched >= 0) {
      checks.push({ kind: 'partsTotal', verdict: 'consistent', expected: total.value, stated: total.value, facts: [t, ...parts.slice(0, matched + 1)] });
    } else if (sum > total.value) {
      checks.push({ kind: 'partsTotal', verdict: 'inconsistent', expected: Number(sum.toPrecision(12)), stated: total.value, facts: [t, ...parts] });
    }
  }
  return checks;
}

/**
 * "A…X件、B…Y件，合计Z件": a total stated after its parts (same unit, same
 * sentence, plain counts, nothing but the listing in between). The nearest
 * parts are taken first and the run grows backwards until it adds up to the
 * total: consistent. When the two nearest parts alone, or any longer run,
 * already exceed the total, the figures cannot all be right: inconsistent.
 * Fewer than the total says nothing (the listing may not be complete).
 */
export function checkTotalAfterParts(facts: readonly ExtractedFact[], contexts: readonly FactContext[], text: string): ExtractionCheck[] {
  const checks: ExtractionCheck[] = [];
  for (let t = 2; t < facts.length; t++) {
    const total = facts[t] as ExtractedFact;
    const ctx = contexts[t] as FactContext;
    const previous = contexts[t - 1] as FactContext;
    if (!isPlainCount(total) || previous.sentence !== ctx.sentence) continue;
    const before = text.slice(Math.max(previous.numberEnd, ctx.numberStart - 12), ctx.numberStart);
    if (!TOTAL_AFTER_PARTS.test(before) || before.includes('其中')) continue;
    const parts: number[] = [];
    for (let j = t - 1; j >= 0; j--) {
      const part = facts[j] as ExtractedFact;
      const partCtx = contexts[j] as FactContext;
      if (partCtx.sentence !== ctx.sentence || part.unit !== total.unit || part.relative || part.qualifier !== 'exact') break;
      // A comparison base is not a part, and "其中" before a part means it belongs to an earlier total.
      if (/较|比|同期/.test(partCtx.clauseText)) break;
      parts.push(j);
      if (text.slice(j > 0 ? (contexts[j - 1] as FactContext).numberEnd : 0, partCtx.numberStart).includes('其中')) break;
    }
    let sum = 0;
    for (let k = 0; k < parts.length; k++) {
      sum += (facts[parts[k] as number] as ExtractedFact).value;
      if (k === 0) continue;
      const used = parts.slice(0, k + 1).reverse();
      if (nearlyEqual(sum, total.value)) {
        checks.push({ kind: 'partsTotal', verdict: 'consistent', expected: total.value, stated: total.value, facts: [...used, t] });
        break;
      }
      if (sum > total.value) {
        checks.push({ kind: 'partsTotal', verdict: 'inconsistent', expected: Number(sum.toPrecision(12)), stated: total.value, facts: [...used, t] });
        break;
      }
    }
  }
  return checks;
}

// Characters too common in rate names to tie a rate to its numerator.
const WEAK_CHARS = new Set(['率', '综', '合', '总', '体', '整', '平', '均', '的', '数', '事', '项']);

/**
 * A rate ("即办率80.92%") against the count stated just before it (its
 * numerator: "即办件1633项") and a larger count of the same unit earlier in the
 * paragraph (its denominator: "依申请事项2018项"). The rate must share a
 * character with the numerator's clause (即办/即办件, 审结/办结), so that a
 * rate about something else is not checked against unrelated counts.
 */
// Where a report gives the denominator of a rate in an earlier sentence, these say which count it is.
const DENOMINATOR_HINTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/审结率|结案率/, /受理/],
  [/办结率/, /受理|收到/],
  [/答复率|回复率/, /收到|受理|承办/],
  [/成功率/, /调解/],
  [/化解率/, /包案|排查/],
];

export function checkRates(facts: readonly ExtractedFact[], contexts: readonly FactContext[], text: string): ExtractionCheck[] {
  const checks: ExtractionCheck[] = [];
  for (let r = 1; r < facts.length; r++) {
    const rate = facts[r] as ExtractedFact;
    const rateCtx = contexts[r] as FactContext;
    if (rate.unit !== '%' || rate.relative || rate.qualifier !== 'exact' || !rate.label.endsWith('率')) continue;
    const n = r - 1;
    const numerator = facts[n] as ExtractedFact;
    const numCtx = contexts[n] as FactContext;
    if (!isPlainCount(numerator) || numCtx.sentence !== rateCtx.sentence) continue;
    const gap = text.slice(numCtx.numberEnd, rateCtx.numberStart);
    // The rate follows its numerator in the next clause ("即办件1633项,即办率80.92%").
    if (gap.length > 30 || /[。；;]/.test(gap) || !/[,，、]/.test(gap)) continue;
    const stem = [...rate.label.replace(/率$/, '')].filter((c) => !WEAK_CHARS.has(c));
    if (!stem.some((c) => numCtx.clauseText.includes(c))) continue;

    let consistentWith = -1;
    let sentenceTotal = -1;
    let hinted = -1;
    const hint = DENOMINATOR_HINTS.find(([ratePattern]) => ratePattern.test(rate.label))?.[1];
    for (let d = n - 1; d >= 0 && d >= n - MAX_DENOMINATOR_LOOKBACK; d--) {
      const denominator = facts[d] as ExtractedFact;
      const denCtx = contexts[d] as FactContext;
      if (denCtx.paragraph !== numCtx.paragraph) break;
      if (!isPlainCount(denominator) || denominator.unit !== numerator.unit) continue;
      if (denominator.value <= 0 || denominator.value < numerator.value) continue;
      if (denCtx.sentence === numCtx.sentence) sentenceTotal = d;
      if (hinted < 0 && hint !== undefined && hint.test(denominator.label)) hinted = d;
      if (Math.abs((100 * numerator.value) / denominator.value - rate.value) <= RATE_TOLERANCE + 1e-9) {
        consistentWith = d;
        break;
      }
    }
    if (consistentWith >= 0) {
      const den = (facts[consistentWith] as ExtractedFact).value;
      checks.push({ kind: 'rate', verdict: 'consistent', expected: round2((100 * numerator.value) / den), stated: rate.value, facts: [consistentWith, n, r] });
    } else if (sentenceTotal >= 0 || hinted >= 0) {
      // The first count of the sentence ("依申请事项2018项,其中…") is what such rates are taken of.
      const d = sentenceTotal >= 0 ? sentenceTotal : hinted;
      const den = (facts[d] as ExtractedFact).value;
      checks.push({ kind: 'rate', verdict: 'inconsistent', expected: round2((100 * numerator.value) / den), stated: rate.value, facts: [d, n, r] });
    }
  }
  return checks;
}

/**
 * The same category twice in one enumeration ("行政强制案36宗,…,行政强制案1299宗"):
 * one of the two is mislabelled, and neither can be trusted without the source.
 */
export function checkDuplicateCategories(facts: readonly ExtractedFact[], contexts: readonly FactContext[]): ExtractionCheck[] {
  const checks: ExtractionCheck[] = [];
  let runStart = 0;
  for (let i = 0; i <= facts.length; i++) {
    const fact = facts[i];
    const runFirst = facts[runStart];
    const sameRun =
      fact !== undefined &&
      runFirst !== undefined &&
      i > runStart &&
      (contexts[i] as FactContext).sentence === (contexts[runStart] as FactContext).sentence &&
      fact.unit === runFirst.unit &&
      !fact.relative;
    if (i < facts.length && (i === runStart || sameRun)) continue;
    // The run [runStart, i) is one enumeration.
    const seen = new Map<string, number>();
    for (let k = runStart; k < i; k++) {
      const f = facts[k] as ExtractedFact;
      if (f.relative || f.label.length < 2) continue;
      const key = `${f.label}|${f.period ?? ''}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, k);
      else checks.push({ kind: 'duplicateCategory', verdict: 'inconsistent', expected: null, stated: null, facts: [first, k] });
    }
    runStart = i;
  }
  return checks;
}

/**
 * The 依申请公开 table balances: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理
 * (国办公开办函〔2021〕30号 template). Checked when all four rows are found.
 */
export function checkDisclosureBalance(facts: readonly ExtractedFact[], contexts: readonly FactContext[]): ExtractionCheck[] {
  const find = (pattern: RegExp, from = 0): number => {
    for (let i = from; i < facts.length; i++) {
      const f = facts[i] as ExtractedFact;
      // The clause too: a label may be cut after a verb ("本年新收政府信息公开申请" → "申请").
      const prefix = (contexts[i] as FactContext).clauseText;
      if (!f.relative && f.unit === '件' && (pattern.test(f.label) || pattern.test(prefix))) return i;
    }
    return -1;
  };
  const received = find(/本年新收/);
  const carriedIn = find(/上年结转/);
  if (received < 0 || carriedIn < 0) return [];
  const handled = find(/^(?:[(（][一二三四五六七八九十]+[)）])?(?:办理结果)?总计/, Math.max(received, carriedIn) + 1);
  const carriedOut = find(/结转下年度/);
  if (handled < 0 || carriedOut < 0) return [];
  const [a, b, c, d] = [received, carriedIn, handled, carriedOut].map((i) => (facts[i] as ExtractedFact).value) as [number, number, number, number];
  const expected = a + b - d;
  return [
    {
      kind: 'disclosureBalance',
      verdict: nearlyEqual(expected, c) ? 'consistent' : 'inconsistent',
      expected,
      stated: c,
      facts: [received, carriedIn, handled, carriedOut],
    },
  ];
}

export function runChecks(facts: readonly ExtractedFact[], contexts: readonly FactContext[], text: string): ExtractionCheck[] {
  return [
    ...checkPartsAgainstTotal(facts, contexts, text),
    ...checkTotalAfterParts(facts, contexts, text),
    ...checkRates(facts, contexts, text),
    ...checkDuplicateCategories(facts, contexts),
    ...checkDisclosureBalance(facts, contexts),
  ];
}
