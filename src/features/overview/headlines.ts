import type { DataIndex } from '../../domain/data-files';
import type { Indicator, Theme } from '../../domain/indicator';
import { compareJurisdictions } from '../../domain/indicator-view';
import type { Jurisdiction } from '../../domain/jurisdiction';
import { latestValue, type LatestValue } from '../../domain/latest-values';
import type { Observation } from '../../domain/observation';

/** The three themes people ask about first, in the order the start page shows them. */
export const HEADLINE_THEMES = ['hotline', 'administrativeReview', 'disclosure'] as const satisfies readonly Theme[];
export type HeadlineTheme = (typeof HEADLINE_THEMES)[number];

/** The figures each headline card leads with, when the catalog has them. */
export const PREFERRED_HEADLINE_INDICATORS: Record<HeadlineTheme, string[]> = {
  hotline: ['hotline.resolution-rate', 'hotline.work-orders'],
  administrativeReview: ['admin-review.applications', 'admin-review.closure-rate'],
  disclosure: ['disclosure.information-requests'],
};

/**
 * The indicators a theme's card shows: the preferred ones that have values;
 * failing those, the theme's most widely reported indicator. Never an
 * indicator without values.
 */
export function headlineIndicators(index: DataIndex, theme: HeadlineTheme): Indicator[] {
  const summaries = new Map(index.summaries.map((s) => [s.indicatorId, s]));
  const hasValues = (indicator: Indicator) => (summaries.get(indicator.id)?.observationCount ?? 0) > 0;
  const preferred = PREFERRED_HEADLINE_INDICATORS[theme]
    .map((id) => index.indicators.find((i) => i.id === id))
    .filter((i): i is Indicator => i !== undefined && hasValues(i));
  if (preferred.length > 0) return preferred;
  const fallback = index.indicators
    .filter((i) => i.theme === theme && hasValues(i))
    .sort(
      (a, b) =>
        summaries.get(b.id)!.jurisdictionCodes.length - summaries.get(a.id)!.jurisdictionCodes.length ||
        summaries.get(b.id)!.observationCount - summaries.get(a.id)!.observationCount,
    );
  return fallback.slice(0, 1);
}

export interface HeadlineEntry {
  indicator: Indicator;
  jurisdiction: Jurisdiction;
  latest: LatestValue;
}

/** Each jurisdiction's latest value of an indicator, the most recent year first. */
export function headlineEntries(index: DataIndex, indicator: Indicator, observations: Observation[]): HeadlineEntry[] {
  // One pass to group by jurisdiction: at thousands of jurisdictions, filtering every observation per
  // jurisdiction would be quadratic.
  const byJurisdiction = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.indicatorId !== indicator.id) continue;
    const list = byJurisdiction.get(o.jurisdictionCode);
    if (list) list.push(o);
    else byJurisdiction.set(o.jurisdictionCode, [o]);
  }
  const entries: HeadlineEntry[] = [];
  for (const jurisdiction of index.jurisdictions) {
    const own = byJurisdiction.get(jurisdiction.code);
    const latest = own && latestValue(own, jurisdiction.code);
    if (latest) entries.push({ indicator, jurisdiction, latest });
  }
  return entries.sort((a, b) => b.latest.year - a.latest.year || compareJurisdictions(a.jurisdiction, b.jurisdiction));
}

/** How many jurisdictions a headline card lists per indicator; the rest are counted and left to the explorer. */
export const HEADLINE_MAX_ENTRIES = 8;

/**
 * The jurisdiction-years the coverage matrix would have columns for, at most
 * (every jurisdiction with values × every year with values, plus documents),
 * known from the index alone, before any indicator file is fetched.
 */
export function coverageColumnsBound(index: DataIndex): number {
  const codes = new Set(index.summaries.flatMap((s) => s.jurisdictionCodes));
  const years = new Set(index.summaries.flatMap((s) => s.years));
  return codes.size * years.size + index.documents.length;
}

/** Beyond this many columns the matrix is not drawn (nor are the files it needs fetched). */
export const COVERAGE_MAX_COLUMNS = 400;
