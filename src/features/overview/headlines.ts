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
  const entries: HeadlineEntry[] = [];
  for (const jurisdiction of index.jurisdictions) {
    const latest = latestValue(
      observations.filter((o) => o.indicatorId === indicator.id),
      jurisdiction.code,
    );
    if (latest) entries.push({ indicator, jurisdiction, latest });
  }
  return entries.sort((a, b) => b.latest.year - a.latest.year || compareJurisdictions(a.jurisdiction, b.jurisdiction));
}
