import type { Qualifier } from '../observation';

/**
 * One quantitative statement found in a text. `value` is the plain number:
 * 万 and 亿 are expanded and the unit is the base unit (5543万元 → 55430000, "元";
 * 3万余条 → 30000, "条"); a percentage is the percent number (98.36 for 98.36%).
 */
export interface ExtractedFact {
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** See docs/extraction.md: "2021", "2021-01..2021-10", "asOf 2021-11-08", "asOf now", or null. */
  period: string | null;
  /** A change or a multiple (同比增长10.6%, 提高3个百分点, 是2017年的2倍), never a level. */
  relative: boolean;
  label: string;
  indicatorId: string | null;
  /** The clause containing the number; text.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
}

export type CheckKind = 'partsTotal' | 'rate' | 'duplicateCategory' | 'disclosureBalance';
export type CheckVerdict = 'consistent' | 'inconsistent';

export interface ExtractionCheck {
  kind: CheckKind;
  verdict: CheckVerdict;
  /** What the stated figure should be given the other facts (null when not computable, e.g. a duplicate). */
  expected: number | null;
  stated: number | null;
  /** Indices into the facts array. */
  facts: number[];
}

export interface ExtractionResult {
  facts: ExtractedFact[];
  checks: ExtractionCheck[];
}

/** The few indicator fields the matcher needs, so the engine does not depend on the catalog module. */
export interface CatalogIndicator {
  id: string;
  name: { zh: string };
  unit: string;
  kind: string;
}
