import type { Qualifier } from '../observation';
import type { CheckKind, CheckVerdict, ExtractionResult } from './types';

/**
 * Scores extracted facts against hand-labelled gold: precision, recall and F1
 * on (value, unit) pairs counted as a multiset, and the verdicts of checks.
 * Pure, so the eval script, the CLI mode for held-out sets and the tests share it.
 */
export interface GoldFact {
  value: number;
  unit: string;
  qualifier?: Qualifier;
  relative?: boolean;
  period?: string | null;
}

export interface GoldCheck {
  kind: CheckKind;
  verdict: CheckVerdict;
  stated: number | null;
}

export interface GoldExcerpt {
  id: string;
  source?: string;
  text: string;
  facts: GoldFact[];
  checks: GoldCheck[];
}

export interface ExcerptScore {
  id: string;
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Among matched pairs: how many also agree on qualifier, relative and period (where the gold says). */
  attributesCorrect: number;
  attributesCompared: number;
  checksCorrect: number;
  checksTotal: number;
  missed: GoldFact[];
  spurious: Array<{ value: number; unit: string; quote: string }>;
  checkErrors: string[];
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function ratio(n: number, d: number): number {
  // An empty gold set scored by an empty prediction is perfect, not undefined.
  return d === 0 ? 1 : n / d;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function scoreExcerpt(id: string, gold: Pick<GoldExcerpt, 'facts' | 'checks'>, predicted: ExtractionResult): ExcerptScore {
  const used = new Array<boolean>(predicted.facts.length).fill(false);
  let truePositives = 0;
  let attributesCorrect = 0;
  let attributesCompared = 0;
  const missed: GoldFact[] = [];
  for (const g of gold.facts) {
    // Prefer a prediction that also agrees on qualifier and relative, so duplicates pair up sensibly.
    let match = -1;
    for (let i = 0; i < predicted.facts.length; i++) {
      const p = predicted.facts[i];
      if (used[i] || p === undefined || p.unit !== g.unit || !sameValue(p.value, g.value)) continue;
      if (match < 0) match = i;
      if ((g.qualifier === undefined || g.qualifier === p.qualifier) && (g.relative === undefined || g.relative === p.relative)) {
        match = i;
        break;
      }
    }
    if (match < 0) {
      missed.push(g);
      continue;
    }
    used[match] = true;
    truePositives++;
    const p = predicted.facts[match];
    if (p !== undefined && (g.qualifier !== undefined || g.relative !== undefined || g.period !== undefined)) {
      attributesCompared++;
      if (
        (g.qualifier === undefined || g.qualifier === p.qualifier) &&
        (g.relative === undefined || g.relative === p.relative) &&
        (g.period === undefined || g.period === p.period)
      ) {
        attributesCorrect++;
      }
    }
  }
  const spurious = predicted.facts.filter((_, i) => !used[i]).map((f) => ({ value: f.value, unit: f.unit, quote: f.quote }));

  // Checks: a gold check is right when a predicted one has the same kind, stated figure and verdict;
  // a predicted check with no gold counterpart counts against accuracy.
  const checkUsed = new Array<boolean>(predicted.checks.length).fill(false);
  let checksCorrect = 0;
  const checkErrors: string[] = [];
  for (const g of gold.checks) {
    const i = predicted.checks.findIndex(
      (c, k) => !checkUsed[k] && c.kind === g.kind && (g.stated === null ? c.stated === null : c.stated !== null && sameValue(c.stated, g.stated)),
    );
    if (i < 0) {
      checkErrors.push(`missing ${g.kind} ${g.verdict} (stated ${g.stated})`);
      continue;
    }
    checkUsed[i] = true;
    const c = predicted.checks[i];
    if (c !== undefined && c.verdict === g.verdict) checksCorrect++;
    else checkErrors.push(`${g.kind} stated ${g.stated}: expected ${g.verdict}, got ${c?.verdict}`);
  }
  predicted.checks.forEach((c, k) => {
    if (!checkUsed[k]) checkErrors.push(`unexpected ${c.kind} ${c.verdict} (stated ${c.stated})`);
  });
  const extraChecks = checkUsed.filter((u) => !u).length;

  const precision = ratio(truePositives, predicted.facts.length);
  const recall = ratio(truePositives, gold.facts.length);
  return {
    id,
    truePositives,
    predicted: predicted.facts.length,
    gold: gold.facts.length,
    precision,
    recall,
    f1: f1Of(precision, recall),
    attributesCorrect,
    attributesCompared,
    checksCorrect,
    checksTotal: gold.checks.length + extraChecks,
    missed,
    spurious,
    checkErrors,
  };
}

export interface OverallScore {
  precision: number;
  recall: number;
  f1: number;
  attributeAccuracy: number;
  checkAccuracy: number;
}

/** Micro-averaged over all excerpts: long excerpts weigh more, as they hold more facts. */
export function overallScore(scores: readonly ExcerptScore[]): OverallScore {
  const sum = (pick: (s: ExcerptScore) => number): number => scores.reduce((acc, s) => acc + pick(s), 0);
  const precision = ratio(sum((s) => s.truePositives), sum((s) => s.predicted));
  const recall = ratio(sum((s) => s.truePositives), sum((s) => s.gold));
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    attributeAccuracy: ratio(sum((s) => s.attributesCorrect), sum((s) => s.attributesCompared)),
    checkAccuracy: ratio(sum((s) => s.checksCorrect), sum((s) => s.checksTotal)),
  };
}

/**
 * One curated observation of a source text, as the link score needs it: the
 * indicator, the value in the engine's base unit (万元 × 10⁴, 亿元 × 10⁸) and
 * where its number stands in the text.
 */
export interface GoldLink {
  indicatorId: string;
  value: number;
  numberAt: number;
  quote: string;
}

export interface LinkScore {
  /** Curated observations. */
  gold: number;
  /** Engine facts with an indicatorId. */
  linked: number;
  /** Curated observations whose number the engine read and linked to the same indicator. */
  found: number;
  /** Linked facts that agree with a curated observation (same number, value and indicator). */
  correct: number;
  missed: Array<{ indicatorId: string; quote: string; engine: Array<{ label: string; indicatorId: string | null }> }>;
  wrong: Array<{ indicatorId: string; value: number; label: string; quote: string }>;
}

/**
 * Scores indicator links against curated observations of the same text. A
 * fact agrees with an observation when its clause holds the observation's
 * number, the values are equal and the indicator is the same. One number may
 * stand for several indicators (答复率、答复及时率均100%): each is counted.
 */
export function scoreLinks(gold: readonly GoldLink[], facts: ExtractionResult['facts']): LinkScore {
  const covers = (f: ExtractionResult['facts'][number], g: GoldLink): boolean =>
    f.start <= g.numberAt && g.numberAt < f.end && sameValue(f.value, g.value);
  const missed: LinkScore['missed'] = [];
  let found = 0;
  for (const g of gold) {
    const engine = facts.filter((f) => covers(f, g));
    if (engine.some((f) => f.indicatorId === g.indicatorId)) found++;
    else missed.push({ indicatorId: g.indicatorId, quote: g.quote, engine: engine.map((f) => ({ label: f.label, indicatorId: f.indicatorId })) });
  }
  const linkedFacts = facts.filter((f) => f.indicatorId !== null);
  const wrong = linkedFacts
    .filter((f) => !gold.some((g) => g.indicatorId === f.indicatorId && covers(f, g)))
    .map((f) => ({ indicatorId: f.indicatorId as string, value: f.value, label: f.label, quote: f.quote }));
  return { gold: gold.length, linked: linkedFacts.length, found, correct: linkedFacts.length - wrong.length, missed, wrong };
}
