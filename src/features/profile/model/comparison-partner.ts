import type { DataIndex } from '../../../domain/data-files';

/** Whether a sorted list of codes (a summary's jurisdictionCodes) holds a code: a binary search, not a scan of ~3,000. */
export function sortedHas(codes: readonly string[], code: string): boolean {
  let low = 0;
  let high = codes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = codes[middle]!;
    if (at === code) return true;
    if (at < code) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** The code with the highest count (at least one); ties go to the first in code order. */
function best(counts: ReadonlyMap<string, number>): string | null {
  let found: string | null = null;
  let most = 0;
  for (const [code, count] of counts) {
    if (count > most || (count === most && found !== null && code < found)) [found, most] = [code, count];
  }
  return found;
}

/**
 * A ready-made comparison for a jurisdiction's profile: a jurisdiction of the
 * same parent (the neighbouring counties of a city, which is what a county is
 * measured against) sharing most of its indicators; else any jurisdiction
 * sharing most; else the first other jurisdiction, in code order, with
 * values; else none. Ties go to the first in code order. At every county of
 * China the siblings are a handful, looked up in each summary by binary
 * search: counting every jurisdiction of every summary, as the fallback does,
 * was ~430,000 steps on the profile's first render.
 */
export function comparisonPartner(index: Pick<DataIndex, 'jurisdictions' | 'summaries'>, code: string): string | null {
  const own = index.summaries.filter((s) => sortedHas(s.jurisdictionCodes, code));
  const parentCode = index.jurisdictions.find((j) => j.code === code)?.parentCode ?? null;
  const siblingCounts = new Map<string, number>();
  for (const sibling of index.jurisdictions) {
    if (parentCode === null || sibling.parentCode !== parentCode || sibling.code === code) continue;
    siblingCounts.set(sibling.code, own.reduce((n, s) => n + (sortedHas(s.jurisdictionCodes, sibling.code) ? 1 : 0), 0));
  }
  const sibling = best(siblingCounts);
  if (sibling !== null) return sibling;
  const counts = new Map<string, number>();
  for (const summary of own) for (const other of summary.jurisdictionCodes) if (other !== code) counts.set(other, (counts.get(other) ?? 0) + 1);
  const sharing = best(counts);
  if (sharing !== null) return sharing;
  const others = index.jurisdictions.map((j) => j.code).filter((other) => other !== code).sort();
  return others.find((other) => index.summaries.some((s) => sortedHas(s.jurisdictionCodes, other))) ?? null;
}

/** Up to `limit` indicators with values of both jurisdictions, in the index's order: the comparison's indicators. */
export function sharedIndicatorIds(index: Pick<DataIndex, 'summaries'>, a: string, b: string, limit: number): string[] {
  return index.summaries
    .filter((s) => sortedHas(s.jurisdictionCodes, a) && sortedHas(s.jurisdictionCodes, b))
    .map((s) => s.indicatorId)
    .slice(0, limit);
}
