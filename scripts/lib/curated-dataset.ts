import type { CuratedDocumentFacts, CuratedFact } from '../../data/curated-fact';
import type { DocumentMetadata } from '../../data/catalog/documents';
import {
  DATA_SCHEMA_VERSION,
  DataIndexSchema,
  encodeDataIndex,
  IndicatorDataFileSchema,
  SourceFactsFileSchema,
  type DataIndex,
  type DataIndexFile,
  type IndicatorDataFile,
  type SourceFactsFile,
} from '../../src/domain/data-files';
import type { Indicator } from '../../src/domain/indicator';
import type { Jurisdiction } from '../../src/domain/jurisdiction';
import { parseNumberAsWritten, qualifierOfWord } from '../../src/domain/number-as-written';
import { ObservationSchema, type Observation } from '../../src/domain/observation';
import { locateQuote } from '../../src/domain/provenance';
import { unitScale } from '../../src/domain/unit';

export interface CuratedDatasetInput {
  sources: Map<string, { text: string; sha256: string }>;
  jurisdictions: Jurisdiction[];
  documents: DocumentMetadata[];
  indicators: Indicator[];
  curatedDocuments: CuratedDocumentFacts[];
  generatedAt: string;
}

export interface CuratedDatasetResult {
  /** Null when the catalog itself does not validate (the reasons are in errors). */
  index: DataIndex | null;
  /** index.json as stored (coverage as ranges, data-files.ts), null with index. */
  indexFile: DataIndexFile | null;
  indicatorFiles: IndicatorDataFile[];
  /** One file per catalog document (empty for a document without facts), observations in text order. */
  sourceFactFiles: SourceFactsFile[];
  observationCount: number;
  errors: string[];
}

const RELATIVE_UNITS = { percentChange: '%', pointChange: '个百分点', multiple: '倍' } as const;

/**
 * Checks that the number as written says what the fact claims: parsing
 * "3万余" must give the fact's value (in its unit) and qualifier, so a typo in
 * either is caught before it reaches a chart.
 */
function valueMismatch(fact: CuratedFact, indicator: Indicator): string | null {
  const parsed = parseNumberAsWritten(fact.valueAsWritten);
  if (parsed === null) return `cannot read «${fact.valueAsWritten}» as a number`;
  const scale = fact.relative ? 1 : unitScale(indicator.unit);
  const expected = fact.value * scale;
  if (Math.abs(parsed.value - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
    return `«${fact.valueAsWritten}» reads as ${parsed.value}, but value × unit is ${expected}`;
  }
  // A qualifier written apart from the number ("接近…的2倍") must say what the fact says, and the number itself be plain.
  const writtenQualifier = fact.qualifierAsWritten === undefined ? parsed.qualifier : qualifierOfWord(fact.qualifierAsWritten);
  if (fact.qualifierAsWritten !== undefined && parsed.qualifier !== 'exact') {
    return `«${fact.valueAsWritten}» already carries a qualifier; drop qualifierAsWritten`;
  }
  if (writtenQualifier !== fact.qualifier) {
    return `«${fact.qualifierAsWritten ?? fact.valueAsWritten}» reads as ${writtenQualifier ?? 'no qualifier'}, but the fact says ${fact.qualifier}`;
  }
  const wantsPercent = fact.relative ? RELATIVE_UNITS[fact.relative.kind] === '%' : indicator.unit === '%';
  if (parsed.isPercent !== wantsPercent) {
    return `«${fact.valueAsWritten}» ${parsed.isPercent ? 'is' : 'is not'} a percentage, unlike the ${fact.relative ? 'relative value' : `unit ${indicator.unit}`}`;
  }
  return null;
}

function sortedUnique<T>(values: T[]): T[] {
  return [...new Set(values)].sort();
}

export function buildCuratedDataset(input: CuratedDatasetInput): CuratedDatasetResult {
  const errors: string[] = [];
  const indicatorsById = new Map(input.indicators.map((i) => [i.id, i]));
  const jurisdictionCodes = new Set(input.jurisdictions.map((j) => j.code));

  for (const indicator of input.indicators) {
    for (const ref of [indicator.numeratorId, indicator.denominatorId, indicator.partOfId]) {
      if (ref !== null && !indicatorsById.has(ref)) errors.push(`indicator ${indicator.id} refers to unknown ${ref}`);
    }
  }
  if (indicatorsById.size !== input.indicators.length) errors.push('indicator ids are not unique');

  const documents = input.documents.map((doc) => {
    const source = input.sources.get(doc.id);
    if (!source) {
      errors.push(`document ${doc.id} has no source text`);
      return { ...doc, sha256: '0'.repeat(64), length: 0 };
    }
    return { ...doc, sha256: source.sha256, length: source.text.length };
  });

  const observations: Observation[] = [];
  const seenIds = new Set<string>();
  for (const curated of input.curatedDocuments) {
    const source = input.sources.get(curated.sourceId);
    if (!source) {
      errors.push(`curated facts for unknown source ${curated.sourceId}`);
      continue;
    }
    curated.facts.forEach((fact, index) => {
      const where = `${curated.sourceId} fact #${index} (${fact.indicatorId}, «${fact.valueAsWritten}»)`;
      const indicator = indicatorsById.get(fact.indicatorId);
      if (!indicator) {
        errors.push(`${where}: unknown indicator`);
        return;
      }
      if (!jurisdictionCodes.has(fact.jurisdictionCode)) errors.push(`${where}: unknown jurisdiction`);
      const mismatch = valueMismatch(fact, indicator);
      if (mismatch) errors.push(`${where}: ${mismatch}`);
      const span = locateQuote(source.text, fact.quote, fact.occurrence);
      if ('error' in span) {
        errors.push(`${where}: ${span.error}`);
        return;
      }
      const id = `${curated.sourceId}:${span.start}-${span.end}:${fact.indicatorId}`;
      if (seenIds.has(id)) errors.push(`${where}: duplicate of an earlier fact (${id})`);
      seenIds.add(id);
      const parsed = ObservationSchema.safeParse({
        id,
        indicatorId: fact.indicatorId,
        jurisdictionCode: fact.jurisdictionCode,
        year: fact.year,
        period: fact.period,
        value: fact.value,
        qualifier: fact.qualifier,
        valueAsWritten: fact.valueAsWritten,
        qualifierAsWritten: fact.qualifierAsWritten ?? null,
        relative: fact.relative ?? null,
        scope: fact.scope ?? { kind: 'jurisdiction', label: { zh: '全辖区', en: 'whole jurisdiction' } },
        provenance: { sourceId: curated.sourceId, start: span.start, end: span.end, quote: fact.quote },
        note: fact.note ?? null,
      });
      if (!parsed.success) {
        errors.push(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        return;
      }
      observations.push(parsed.data);
    });
  }

  const byIndicator = new Map<string, Observation[]>();
  for (const o of observations) byIndicator.set(o.indicatorId, [...(byIndicator.get(o.indicatorId) ?? []), o]);

  const indicatorFiles: IndicatorDataFile[] = [];
  const summaries = [];
  for (const indicator of [...input.indicators].sort((a, b) => a.id.localeCompare(b.id))) {
    const list = (byIndicator.get(indicator.id) ?? []).sort(
      (a, b) =>
        a.jurisdictionCode.localeCompare(b.jurisdictionCode) ||
        a.year - b.year ||
        a.provenance.sourceId.localeCompare(b.provenance.sourceId) ||
        a.provenance.start - b.provenance.start,
    );
    if (list.length === 0) errors.push(`indicator ${indicator.id} has no observations; drop it or curate one`);
    const file = IndicatorDataFileSchema.parse({
      schemaVersion: DATA_SCHEMA_VERSION,
      indicatorId: indicator.id,
      observations: list,
    });
    indicatorFiles.push(file);
    summaries.push({
      indicatorId: indicator.id,
      observationCount: list.length,
      jurisdictionCodes: sortedUnique(list.map((o) => o.jurisdictionCode)),
      years: sortedUnique(list.map((o) => o.year)),
    });
  }

  let indexFile: DataIndexFile | null = null;
  try {
    indexFile = encodeDataIndex({
      schemaVersion: DATA_SCHEMA_VERSION,
      dataset: { kind: 'curated', generatedAt: input.generatedAt },
      jurisdictions: input.jurisdictions,
      documents,
      // The catalog's order (data/catalog/indicators.ts): each theme's total, then its parts, then its rates.
      // Pickers list indicators in it; the synthetic index keeps it too.
      indicators: input.indicators,
      summaries,
    });
  } catch (error) {
    errors.push(`index.json: ${(error as Error).message}`);
  }
  // Validated and decoded exactly as the app reads it.
  const indexResult = indexFile === null ? null : DataIndexSchema.safeParse(indexFile);
  if (indexResult !== null && !indexResult.success) {
    for (const issue of indexResult.error.issues) errors.push(`index.json ${issue.path.join('.')}: ${issue.message}`);
  }
  const sourceFactFiles = input.documents.map((doc) =>
    SourceFactsFileSchema.parse({
      schemaVersion: DATA_SCHEMA_VERSION,
      sourceId: doc.id,
      observations: observations
        .filter((o) => o.provenance.sourceId === doc.id)
        .sort((a, b) => a.provenance.start - b.provenance.start || a.provenance.end - b.provenance.end || a.id.localeCompare(b.id)),
    }),
  );
  return {
    index: indexResult?.success ? indexResult.data : null,
    indexFile: indexResult?.success ? indexFile : null,
    indicatorFiles,
    sourceFactFiles,
    observationCount: observations.length,
    errors,
  };
}
