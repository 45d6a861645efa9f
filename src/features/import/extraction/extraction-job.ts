import { extractFacts } from '../../../domain/extraction/extract-facts';
import type { CatalogIndicator, ExtractionCheck } from '../../../domain/extraction/types';
import { prepareFacts } from '../../../domain/extraction/prepare-facts';
import type { ReviewFact } from '../../../domain/imported-facts';

export interface ExtractionRequest {
  text: string;
  indicators: CatalogIndicator[];
  documentYear: number;
}

export interface ExtractionOutput {
  facts: ReviewFact[];
  checks: ExtractionCheck[];
}

export type ExtractionMessage = { ok: true; output: ExtractionOutput } | { ok: false; message: string };

/** The work itself, run by extract.worker.ts (and, in tests, by the Worker stand-in of test/setup.ts). */
export function runExtractionJob({ text, indicators, documentYear }: ExtractionRequest): ExtractionMessage {
  try {
    const result = extractFacts(text, { indicators, documentYear });
    return { ok: true, output: { facts: prepareFacts(text, result.facts, documentYear), checks: result.checks } };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
