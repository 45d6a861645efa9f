import type { LocalizedText } from '../src/domain/localized-text';
import type { Period, Qualifier, Relative, Scope } from '../src/domain/observation';

/**
 * One hand-curated fact, as a curator writes it. Offsets are never typed by
 * hand: scripts/build-data.ts finds `quote` in the source text and derives
 * start/end, so the provenance contract holds by construction and is then
 * re-checked by test/provenance.test.ts.
 */
export interface CuratedFact {
  indicatorId: string;
  jurisdictionCode: string;
  year: number;
  period: Period;
  /** In the indicator's unit: 5543 for "5543万元" when the unit is 万元; 98.36 for "98.36%". */
  value: number;
  qualifier: Qualifier;
  /** The number as written, including 多/余/近/以上 and 万/亿 ("260多", "3万余", "98.36%"); must occur in the quote. */
  valueAsWritten: string;
  /** The qualifying word when the text puts it apart from the number ("接近" in "接近2017年的2倍"). */
  qualifierAsWritten?: string;
  /** An exact span of the source: the clause naming what is counted and the number, within one sentence. */
  quote: string;
  /** 0-based occurrence of `quote` in the text when it is not unique. */
  occurrence?: number;
  relative?: Relative;
  /** Defaults to the whole jurisdiction. */
  scope?: Scope;
  note?: LocalizedText;
}

export interface CuratedDocumentFacts {
  sourceId: string;
  facts: CuratedFact[];
}

/**
 * A fact writer for one document: the jurisdiction and year are fixed, the
 * qualifier defaults to exact, and anything else (qualifier, relative, note,
 * occurrence…) goes in `more`.
 */
export function factWriter(jurisdictionCode: string, year: number) {
  return (
    indicatorId: string,
    period: Period,
    scope: Scope | undefined,
    value: number,
    valueAsWritten: string,
    quote: string,
    more: Partial<CuratedFact> = {},
  ): CuratedFact => ({
    indicatorId,
    jurisdictionCode,
    year,
    period,
    value,
    qualifier: 'exact',
    valueAsWritten,
    quote,
    ...(scope ? { scope } : {}),
    ...more,
  });
}
