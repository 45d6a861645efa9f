import { BRIEFING_LIMITS, notReportedInScope, type BriefingItem, type BriefingItemDraft, type DocumentRef, type IndicatorRef, type JurisdictionRef, type SourceView, type ViewScope } from './briefing';
import type { Indicator } from './indicator';
import type { Jurisdiction } from './jurisdiction';
import { latestValue } from './latest-values';
import type { Observation } from './observation';
import type { SourceDocument } from './source-document';

/**
 * Builds the snapshot an "Add to briefing" control stores: the observations a
 * page shows (in its order) with the names needed to print them and cite their
 * documents. Pure; the pages pass what they already hold.
 */
export interface SnapshotLookups {
  /** The index's jurisdictions: a table's "not reported" rows are only of these, as in the explorer. */
  jurisdictions: readonly Jurisdiction[];
  documents: readonly SourceDocument[];
}

export function indicatorRef(indicator: Indicator): IndicatorRef {
  const { id, name, unit, kind, direction } = indicator;
  return { id, name, unit, kind, direction };
}

function documentRef(document: SourceDocument): DocumentRef {
  const { id, title, issuingBody, publishedOn, yearCovered } = document;
  return { id, title, issuingBody, publishedOn, yearCovered };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function refsFor(observations: readonly Observation[], lookups: SnapshotLookups, extraJurisdictions: string[] = []) {
  const codes = unique([...extraJurisdictions, ...observations.map((o) => o.jurisdictionCode)]);
  const jurisdictions: JurisdictionRef[] = codes.map((code) => {
    const found = lookups.jurisdictions.find((j) => j.code === code);
    // An unknown code is printed as the code itself: never a guessed name.
    return { code, name: found?.name ?? { zh: code, en: code } };
  });
  const sourceIds = unique(observations.map((o) => o.provenance.sourceId));
  const documents: DocumentRef[] = sourceIds.map((id) => {
    const found = lookups.documents.find((d) => d.id === id);
    if (found) return documentRef(found);
    const year = observations.find((o) => o.provenance.sourceId === id)!.year;
    return { id, title: { zh: id, en: id }, issuingBody: { zh: '—', en: '—' }, publishedOn: null, yearCovered: year };
  });
  return { jurisdictions, documents };
}

export interface IndicatorDraftInput {
  indicator: Indicator;
  observations: readonly Observation[];
  view: SourceView;
  scope: ViewScope;
  lookups: SnapshotLookups;
}

export function chartItemDraft(input: IndicatorDraftInput & { chartType: 'bar' | 'line' }): BriefingItemDraft {
  return {
    kind: 'chart',
    chartType: input.chartType,
    indicator: indicatorRef(input.indicator),
    view: input.view,
    scope: input.scope,
    observations: [...input.observations],
    ...refsFor(input.observations, input.lookups),
  };
}

/**
 * A data table, with its "not reported" rows: the jurisdiction-years of the jurisdictions in lookups
 * whose document (in lookups) gives no figure, as the explorer's table shows them. The first
 * BRIEFING_LIMITS.notReportedListed of them are listed, and how many there are in all is kept, so a
 * county-level view is stored and printed as "and K more not reported".
 */
export function tableItemDraft(input: IndicatorDraftInput): BriefingItemDraft {
  const allNotReported = notReportedInScope(input.lookups, input.observations, input.scope);
  const notReported = allNotReported.slice(0, BRIEFING_LIMITS.notReportedListed);
  return {
    kind: 'table',
    indicator: indicatorRef(input.indicator),
    view: input.view,
    scope: input.scope,
    observations: [...input.observations],
    notReported,
    notReportedTotal: allNotReported.length,
    ...refsFor(
      input.observations,
      input.lookups,
      notReported.map((row) => row.jurisdictionCode),
    ),
  };
}

/** One quoted value; its scope is its own jurisdiction and year, so a changed or removed value is noticed. */
export function quoteItemDraft(input: { indicator: Indicator; observation: Observation; view: SourceView; lookups: SnapshotLookups }): BriefingItemDraft {
  const { observation } = input;
  return {
    kind: 'quote',
    indicator: indicatorRef(input.indicator),
    view: input.view,
    scope: { jurisdictions: [observation.jurisdictionCode], from: observation.year, to: observation.year, year: observation.year, includeRelatives: true },
    observations: [observation],
    ...refsFor([observation], input.lookups),
  };
}

/**
 * A jurisdiction's latest values: for each indicator (in the order given), the
 * most recent year's levels and relative values. Indicators without a value
 * for the jurisdiction are left out.
 */
export function profileItemDraft(input: {
  jurisdiction: Pick<Jurisdiction, 'code' | 'name'>;
  indicators: readonly Indicator[];
  observations: readonly Observation[];
  view: SourceView;
  lookups: SnapshotLookups;
}): BriefingItemDraft {
  const code = input.jurisdiction.code;
  const indicators: IndicatorRef[] = [];
  const observations: Observation[] = [];
  for (const indicator of input.indicators) {
    const latest = latestValue(
      input.observations.filter((o) => o.indicatorId === indicator.id),
      code,
    );
    if (!latest) continue;
    indicators.push(indicatorRef(indicator));
    observations.push(...latest.levels, ...latest.relatives);
  }
  return {
    kind: 'profile',
    jurisdiction: { code, name: input.jurisdiction.name },
    view: input.view,
    indicators,
    observations,
    ...refsFor(observations, input.lookups, [code]),
  };
}

/** The indicators whose current data an item is compared with. */
export function itemIndicatorIds(item: BriefingItem): string[] {
  return item.kind === 'profile' ? item.indicators.map((i) => i.id) : [item.indicator.id];
}
