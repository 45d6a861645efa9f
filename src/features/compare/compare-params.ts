import type { DataIndex } from '../../domain/data-files';

export const MIN_JURISDICTIONS = 2;
export const MAX_JURISDICTIONS = 4;
export const MAX_INDICATORS = 8;

/** Why the URL was not taken as written; each becomes a notice on the page. */
export type CompareNotice =
  | { kind: 'unknownJurisdictions'; codes: string[] }
  | { kind: 'tooFewJurisdictions'; added: string[] }
  | { kind: 'tooManyJurisdictions'; dropped: string[] }
  | { kind: 'unknownIndicators'; ids: string[] }
  | { kind: 'tooManyIndicators'; dropped: string[] }
  | { kind: 'defaultIndicators' }
  | { kind: 'unknownYear'; value: string };

export interface CompareSelection {
  codes: string[];
  indicatorIds: string[];
  /** The year compared; null: each jurisdiction's latest year (the default). */
  year: number | null;
  notices: CompareNotice[];
}

/** The years any of the indicators has values for, newest first: what the year picker offers. */
export function compareYears(index: DataIndex, indicatorIds: string[]): number[] {
  const years = new Set(index.summaries.filter((s) => indicatorIds.includes(s.indicatorId)).flatMap((s) => s.years));
  return [...years].sort((a, b) => b - a);
}

/** The figures a comparison falls back to, when reported. */
export const FALLBACK_INDICATORS = ['hotline.resolution-rate', 'admin-review.applications', 'disclosure.information-requests'];

function splitList(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))];
}

/** Jurisdictions that report the most indicators first: the most useful fill-ins. */
function jurisdictionsByData(index: DataIndex): string[] {
  const counts = new Map<string, number>();
  for (const summary of index.summaries) for (const code of summary.jurisdictionCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}

/**
 * Jurisdictions to add to `codes`: each the one that reports the most indicators the chosen ones report
 * too, ties to the one with more data. A bare #/compare starts from the jurisdiction with the most data.
 * (Filling with the two with the most data had paired 高州市 with 广州市, which reports none of the
 * indicators then compared: a first screen of "not reported".)
 */
function partnersFor(index: DataIndex, codes: string[], needed: number): string[] {
  const byData = [...jurisdictionsByData(index), ...index.jurisdictions.map((j) => j.code)];
  const rank = new Map<string, number>();
  byData.forEach((code, i) => {
    if (!rank.has(code)) rank.set(code, i);
  });
  const chosen = new Set(codes);
  const added: string[] = [];
  while (added.length < needed) {
    const shared = new Map<string, number>();
    if (chosen.size > 0) {
      for (const summary of index.summaries) {
        if (!summary.jurisdictionCodes.some((c) => chosen.has(c))) continue;
        for (const code of summary.jurisdictionCodes) if (!chosen.has(code)) shared.set(code, (shared.get(code) ?? 0) + 1);
      }
    }
    const best =
      [...shared].sort((a, b) => b[1] - a[1] || rank.get(a[0])! - rank.get(b[0])!)[0]?.[0] ?? byData.find((code) => !chosen.has(code));
    if (best === undefined) break;
    chosen.add(best);
    added.push(best);
  }
  return added;
}

/** Indicators reported by the most of the chosen jurisdictions, preferring ones they all share. */
export function defaultIndicators(index: DataIndex, codes: string[]): string[] {
  const shared = index.summaries
    .map((s) => ({ id: s.indicatorId, count: s.jurisdictionCodes.filter((c) => codes.includes(c)).length }))
    .filter((s) => s.count >= 2)
    .sort((a, b) => b.count - a.count)
    .map((s) => s.id);
  const known = new Set(index.indicators.map((i) => i.id));
  const reportedByAny = new Set(index.summaries.filter((s) => s.jurisdictionCodes.some((c) => codes.includes(c))).map((s) => s.indicatorId));
  const fallback = FALLBACK_INDICATORS.filter((id) => known.has(id) && reportedByAny.has(id));
  const ids = [...new Set([...shared, ...fallback])];
  if (ids.length === 0) return [...reportedByAny].slice(0, 3);
  return ids.slice(0, 4);
}

/**
 * Reads ?j=<code>,<code>&i=<id>,<id> and repairs what cannot be used: unknown
 * codes and ids are dropped, fewer than two jurisdictions are topped up, more
 * than four are cut; every repair is reported, so the page can say what it did.
 */
export function parseCompareParams(index: DataIndex, jParam: string | null, iParam: string | null, yParam: string | null = null): CompareSelection {
  const notices: CompareNotice[] = [];
  const knownCodes = new Set(index.jurisdictions.map((j) => j.code));
  const requestedCodes = splitList(jParam);
  const unknownCodes = requestedCodes.filter((c) => !knownCodes.has(c));
  if (unknownCodes.length > 0) notices.push({ kind: 'unknownJurisdictions', codes: unknownCodes });
  let codes = requestedCodes.filter((c) => knownCodes.has(c));
  if (codes.length > MAX_JURISDICTIONS) {
    notices.push({ kind: 'tooManyJurisdictions', dropped: codes.slice(MAX_JURISDICTIONS) });
    codes = codes.slice(0, MAX_JURISDICTIONS);
  }
  if (codes.length < MIN_JURISDICTIONS) {
    const added = partnersFor(index, codes, MIN_JURISDICTIONS - codes.length);
    // A bare #/compare is a fresh start, not a mistake: no notice.
    if (jParam !== null) notices.push({ kind: 'tooFewJurisdictions', added });
    codes = [...codes, ...added];
  }

  const knownIndicators = new Set(index.indicators.map((i) => i.id));
  const requestedIds = splitList(iParam);
  const unknownIds = requestedIds.filter((id) => !knownIndicators.has(id));
  if (unknownIds.length > 0) notices.push({ kind: 'unknownIndicators', ids: unknownIds });
  let indicatorIds = requestedIds.filter((id) => knownIndicators.has(id));
  if (indicatorIds.length > MAX_INDICATORS) {
    notices.push({ kind: 'tooManyIndicators', dropped: indicatorIds.slice(MAX_INDICATORS) });
    indicatorIds = indicatorIds.slice(0, MAX_INDICATORS);
  }
  if (indicatorIds.length === 0) {
    indicatorIds = defaultIndicators(index, codes);
    if (iParam !== null) notices.push({ kind: 'defaultIndicators' });
  }

  // A year none of the indicators reports would show every cell as "not reported": say so, show the latest.
  let year: number | null = null;
  if (yParam !== null && yParam !== '') {
    const asked = /^\d{4}$/.test(yParam) ? Number(yParam) : NaN;
    if (compareYears(index, indicatorIds).includes(asked)) year = asked;
    else notices.push({ kind: 'unknownYear', value: yParam });
  }
  return { codes, indicatorIds, year, notices };
}
