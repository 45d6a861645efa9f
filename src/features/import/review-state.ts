import type { Indicator } from '../../domain/indicator';
import {
  buildObservation,
  DEFAULT_SCOPE,
  observationIdFor,
  type BuildResult,
  type FactDecision,
  type ReviewFact,
} from '../../domain/imported-facts';
import type { Observation, Qualifier, Scope } from '../../domain/observation';

/** The reviewer's state for one fact, as the form holds it (strings where the user types). */
export type FactStatus = 'pending' | 'accepted' | 'rejected';

export interface FactReview {
  status: FactStatus;
  indicatorId: string | null;
  /** '' keeps the value the quote states (converted to the indicator's unit). */
  valueText: string;
  qualifier: Qualifier | null;
  scopeKind: Scope['kind'];
  scopeLabel: string;
  note: string;
}

export function initialReviews(facts: readonly ReviewFact[]): FactReview[] {
  return facts.map((f) => ({
    status: 'pending',
    indicatorId: f.fact.indicatorId,
    valueText: '',
    qualifier: null,
    scopeKind: 'jurisdiction',
    scopeLabel: '',
    note: '',
  }));
}

export type Evaluation = BuildResult | { ok: false; problem: 'badValue' | 'scopeLabel' };

function decisionOf(review: FactReview, issuingBody: string): FactDecision | 'badValue' | 'scopeLabel' {
  const trimmed = review.valueText.trim();
  let editedValue: number | null = null;
  if (trimmed !== '') {
    editedValue = Number(trimmed.replace(/[,，\s]/g, ''));
    if (!Number.isFinite(editedValue)) return 'badValue';
  }
  let scope: Scope = DEFAULT_SCOPE;
  if (review.scopeKind === 'issuingBody') scope = { kind: 'issuingBody', label: { zh: issuingBody, en: issuingBody } };
  if (review.scopeKind === 'subset') {
    const label = review.scopeLabel.trim();
    if (label === '') return 'scopeLabel';
    scope = { kind: 'subset', label: { zh: label, en: label } };
  }
  return { indicatorId: review.indicatorId, editedValue, qualifier: review.qualifier, scope, note: review.note };
}

export interface ReportContext {
  sourceId: string;
  jurisdictionCode: string;
  yearCovered: number;
  issuingBody: string;
  indicators: readonly Indicator[];
}

/** Whether the fact could be saved as it stands, and as what. */
export function evaluateFact(fact: ReviewFact, review: FactReview, context: ReportContext, observationId = 'preview'): Evaluation {
  const decision = decisionOf(review, context.issuingBody);
  if (typeof decision === 'string') return { ok: false, problem: decision };
  return buildObservation({ review: fact, decision, indicators: context.indicators, sourceId: context.sourceId, jurisdictionCode: context.jurisdictionCode, yearCovered: context.yearCovered, observationId });
}

/** The accepted facts as observations, or the facts that block saving. */
export function acceptedObservations(
  facts: readonly ReviewFact[],
  reviews: readonly FactReview[],
  context: ReportContext,
): { observations: Observation[]; blocked: number[] } {
  const observations: Observation[] = [];
  const blocked: number[] = [];
  const taken = new Set<string>();
  facts.forEach((fact, i) => {
    const review = reviews[i]!;
    if (review.status !== 'accepted') return;
    const id = review.indicatorId ? observationIdFor(context.sourceId, fact.fact, review.indicatorId, taken) : 'none';
    const result = evaluateFact(fact, review, context, id);
    if (result.ok) observations.push(result.observation);
    else blocked.push(i);
  });
  return { observations, blocked };
}

/** Facts the engine linked to an indicator and that would save unchanged: the bulk-accept set. */
export function confidentlyMapped(facts: readonly ReviewFact[], reviews: readonly FactReview[], context: ReportContext): number[] {
  return facts.flatMap((fact, i) => {
    const review = reviews[i]!;
    if (fact.fact.indicatorId === null || review.indicatorId !== fact.fact.indicatorId || review.status === 'rejected') return [];
    return evaluateFact(fact, review, context).ok ? [i] : [];
  });
}
