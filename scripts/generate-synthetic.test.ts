import { describe, expect, it } from 'vitest';
import { decodeColumnarIndicatorFile } from '../src/domain/columnar-indicator-file';
import { ColumnarIndicatorFileSchema, DataIndexSchema, RegionFileSchema } from '../src/domain/data-files';
import { indicatorFileName, regionFileName } from '../src/domain/data-file-names';
import { provinceCodeOf } from '../src/domain/patterns';
import { provenanceMismatch } from '../src/domain/provenance';
import { curatedMagnitudes, generateSynthetic, SYNTHETIC_LABEL, type SyntheticOptions } from './generate-synthetic';

function generate(options: SyntheticOptions): Map<string, string> {
  const files = new Map<string, string>();
  generateSynthetic(options, (file, content) => files.set(file, content));
  return files;
}

const SLICE: SyntheticOptions = { seed: 7, counties: 60, indicators: ['hotline.resolution-rate', 'admin-review.applications', 'audit.amount-recovered'] };

/** The observations of one generated indicator file, decoded; fails the test if the file does not decode. */
function observationsOf(files: Map<string, string>, indicatorId: string) {
  const decoded = decodeColumnarIndicatorFile(ColumnarIndicatorFileSchema.parse(JSON.parse(files.get(indicatorFileName(indicatorId))!)));
  if (!decoded.ok) throw new Error(`${indicatorId}: ${JSON.stringify(decoded.issues)}`);
  return decoded.observations;
}

describe('generateSynthetic', () => {
  it('gives the same bytes for the same seed, and different values for another seed', () => {
    const a = generate(SLICE);
    const b = generate(SLICE);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, content] of a) expect(b.get(file)).toBe(content);
    const other = generate({ ...SLICE, seed: 8 });
    expect(other.get('indicators/hotline.resolution-rate.json')).not.toBe(a.get('indicators/hotline.resolution-rate.json'));
  });

  it('makes a reduced dataset a true slice of a larger one', () => {
    const small = generate({ ...SLICE, counties: 10 });
    const large = generate({ ...SLICE, counties: 40 });
    const decode = (files: Map<string, string>) =>
      decodeColumnarIndicatorFile(ColumnarIndicatorFileSchema.parse(JSON.parse(files.get('indicators/hotline.resolution-rate.json')!)));
    const smallObs = decode(small);
    const largeObs = decode(large);
    if (!smallObs.ok || !largeObs.ok) throw new Error('decode failed');
    const byId = new Map(largeObs.observations.map((o) => [o.id, o]));
    for (const o of smallObs.observations) expect(byId.get(o.id)?.value).toBe(o.value);
  });

  it('labels the dataset synthetic and uses real county codes', () => {
    const files = generate(SLICE);
    const index = DataIndexSchema.parse(JSON.parse(files.get('index.json')!));
    expect(index.dataset.kind).toBe('synthetic');
    expect(index.documents).toEqual([]);
    const counties = index.jurisdictions.filter((j) => j.level === 'county');
    expect(counties).toHaveLength(60);
    expect(counties[0]).toMatchObject({ code: '110101', name: { zh: '东城区' } });
    for (const [file, content] of files) if (file.startsWith('sources/')) expect(content.startsWith(SYNTHETIC_LABEL)).toBe(true);
  });

  it('has gaps, part-year periods, approximate values and bounds, and every quote is at its offsets', () => {
    const files = generate({ ...SLICE, counties: 200 });
    const index = DataIndexSchema.parse(JSON.parse(files.get('index.json')!));
    let partial = 0;
    let approx = 0;
    let bounds = 0;
    let checked = 0;
    for (const indicator of index.indicators) {
      const decoded = decodeColumnarIndicatorFile(ColumnarIndicatorFileSchema.parse(JSON.parse(files.get(`indicators/${indicator.id}.json`)!)));
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
      const summary = index.summaries.find((s) => s.indicatorId === indicator.id)!;
      expect(summary.observationCount).toBe(decoded.observations.length);
      expect(summary.jurisdictionCodes).toEqual([...new Set(decoded.observations.map((o) => o.jurisdictionCode))].sort());
      // Gaps: fewer values than county-years.
      expect(decoded.observations.length).toBeLessThan(200 * 10);
      for (const o of decoded.observations) {
        if (o.period.kind !== 'fullYear') partial++;
        if (o.qualifier === 'approx') approx++;
        if (o.qualifier === 'atLeast') bounds++;
        expect(o.provenance.quote).toContain(o.valueAsWritten);
        const text = files.get(`sources/${o.provenance.sourceId}.txt`);
        expect(text, o.provenance.sourceId).toBeDefined();
        expect(provenanceMismatch(text!, o.provenance)).toBeNull();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
    expect(partial).toBeGreaterThan(0);
    expect(approx).toBeGreaterThan(0);
    expect(bounds).toBeGreaterThan(0);
  });

  it("cuts every indicator file by province: each province's file holds exactly its observations, every slice in that province", () => {
    const files = generate({ ...SLICE, counties: 200 });
    const index = DataIndexSchema.parse(JSON.parse(files.get('index.json')!));
    expect(index.regionFiles).toBe('one-per-province');
    const open = (json: unknown, what: string) => {
      const decoded = decodeColumnarIndicatorFile(ColumnarIndicatorFileSchema.parse(json));
      if (!decoded.ok) throw new Error(`${what}: ${JSON.stringify(decoded.issues)}`);
      return decoded.observations;
    };
    // 200 counties reach past 北京 and 天津 into 河北 and 山西.
    const regions = [...new Set(index.jurisdictions.filter((j) => j.level === 'county').map((j) => provinceCodeOf(j.code)))];
    expect(regions.length).toBeGreaterThanOrEqual(3);
    const regionFiles = new Map(regions.map((region) => [region, RegionFileSchema.parse(JSON.parse(files.get(regionFileName(region))!))]));
    for (const [region, file] of regionFiles) expect(file.region).toBe(region);
    for (const indicator of index.indicators) {
      const whole = open(JSON.parse(files.get(indicatorFileName(indicator.id))!), indicator.id);
      const fromRegions = [...regionFiles].flatMap(([region, file]) => {
        const slice = file.indicators[indicator.id];
        if (slice === undefined) return [];
        expect((slice as { region: string }).region).toBe(region);
        const observations = open(slice, `${region} ${indicator.id}`);
        for (const o of observations) expect(provinceCodeOf(o.jurisdictionCode)).toBe(region);
        return observations;
      });
      // The same observations, field for field (quotes and offsets included), just cut by province.
      const byId = new Map(fromRegions.map((o) => [o.id, o]));
      expect(fromRegions).toHaveLength(whole.length);
      for (const o of whole) expect(byId.get(o.id)).toEqual(o);
    }
    // One file per province with values, and nothing else under regions/.
    expect([...files.keys()].filter((f) => f.startsWith('regions/')).sort()).toEqual(regions.map(regionFileName).sort());
  });

  it("draws counts around the order of magnitude of the curated data's real values", () => {
    const files = generate({ seed: 7, counties: 200, indicators: ['hotline.work-orders', 'admin-review.public-hearings'] });
    const magnitudes = curatedMagnitudes();
    // 高州's 12,905 hotline work orders and 13 public hearings (public/data).
    expect(magnitudes.get('hotline.work-orders')).toBe(12905);
    expect(magnitudes.get('admin-review.public-hearings')).toBe(13);
    for (const id of ['hotline.work-orders', 'admin-review.public-hearings']) {
      const observations = observationsOf(files, id);
      const values = observations.map((o) => o.value).sort((a, b) => a - b);
      const median = values[Math.floor(values.length / 2)]!;
      expect(median, id).toBeGreaterThan(magnitudes.get(id)! / 4);
      expect(median, id).toBeLessThan(magnitudes.get(id)! * 4);
    }
  });

  it('draws a part-year count as that part of the year (1-10月 about ten twelfths of a full year)', () => {
    const files = generate({ seed: 7, counties: 400, indicators: ['hotline.work-orders', 'admin-review.applications', 'mediation.cases'] });
    const ratios: number[] = [];
    for (const id of ['hotline.work-orders', 'admin-review.applications', 'mediation.cases']) {
      const observations = observationsOf(files, id);
      const fullYear = new Map(observations.filter((o) => o.period.kind === 'fullYear').map((o) => [`${o.jurisdictionCode}-${o.year}`, o.value]));
      for (const o of observations) {
        if (o.period.kind === 'fullYear') continue;
        // The same county's full year before or after: its level differs from this year's by trend and noise only.
        const neighbour = fullYear.get(`${o.jurisdictionCode}-${o.year - 1}`) ?? fullYear.get(`${o.jurisdictionCode}-${o.year + 1}`);
        if (neighbour !== undefined && neighbour > 50) ratios.push(o.value / neighbour);
      }
    }
    ratios.sort((a, b) => a - b);
    expect(ratios.length).toBeGreaterThan(50);
    const median = ratios[Math.floor(ratios.length / 2)]!;
    expect(median).toBeGreaterThan(0.7);
    expect(median).toBeLessThan(0.95);
  });

  it('spreads rates below 100 %, with only a few counties at exactly 100 %', () => {
    const files = generate({ seed: 7, counties: 400, indicators: ['hotline.resolution-rate'] });
    const observations = observationsOf(files, 'hotline.resolution-rate');
    for (const year of [2015, 2024]) {
      const values = observations.filter((o) => o.year === year && o.qualifier === 'exact').map((o) => o.value).sort((a, b) => a - b);
      // A top 20 is twenty different bars, not a crowd tied at 100 % (a clamped random walk left 3 % there).
      expect(values.filter((v) => v === 100).length / values.length, `${year}`).toBeLessThan(0.015);
      const median = values[Math.floor(values.length / 2)]!;
      expect(median).toBeGreaterThan(85);
      expect(median).toBeLessThan(99);
      expect(values[0]!).toBeGreaterThanOrEqual(40);
    }
  });

  it('draws a rate whose real values are low around them, not just under 100 %', () => {
    const ids = ['admin-review.comprehensive-correction-rate', 'admin-review.hearing-rate'];
    const files = generate({ seed: 7, counties: 400, indicators: ids });
    const magnitudes = curatedMagnitudes();
    // 纠错率 11.11 % and 听证率 18.06 % in the curated data (public/data).
    expect(magnitudes.get(ids[0]!)).toBeCloseTo(11.11, 2);
    expect(magnitudes.get(ids[1]!)).toBeCloseTo(18.06, 2);
    for (const id of ids) {
      const observations = observationsOf(files, id);
      const values = observations.map((o) => o.value).sort((a, b) => a - b);
      const median = values[Math.floor(values.length / 2)]!;
      expect(median, id).toBeGreaterThan(magnitudes.get(id)! / 2);
      expect(median, id).toBeLessThan(magnitudes.get(id)! * 2);
      // The few highest are still far from 100 % (a cap there would tie them).
      expect(values.at(-1)!, id).toBeLessThan(80);
      expect(values[0]!, id).toBeGreaterThan(0);
      // Spread, not one value: the counties differ.
      expect(new Set(values).size, id).toBeGreaterThan(values.length / 4);
    }
  });

  it('draws parts within their totals and rates from their parts, as a report would give them', () => {
    const hotlineParts = ['complaints', 'help-requests', 'reports', 'enquiries', 'suggestions', 'praise'].map((p) => `hotline.work-orders-${p}`);
    const ids = ['hotline.work-orders', ...hotlineParts, 'mediation.cases', 'mediation.successful-cases', 'mediation.success-rate'];
    const files = generate({ seed: 7, counties: 300, indicators: ids });
    const byKey = (id: string) => new Map(observationsOf(files, id).map((o) => [`${o.jurisdictionCode}-${o.year}`, o]));
    const total = byKey('hotline.work-orders');
    const parts = hotlineParts.map(byKey);
    let checked = 0;
    for (const [key, t] of total) {
      const present = parts.map((p) => p.get(key)).filter((o) => o !== undefined);
      for (const part of present) {
        expect(part.value, key).toBeLessThanOrEqual(t.value);
        expect(part.period, key).toEqual(t.period);
      }
      // The six kinds of work order do not overlap: together they are at most the total.
      expect(present.reduce((sum, o) => sum + o.value, 0), key).toBeLessThanOrEqual(t.value);
      checked += present.length;
    }
    expect(checked).toBeGreaterThan(1000);
    // No part without its total.
    for (const part of parts) for (const key of part.keys()) expect(total.has(key), key).toBe(true);
    // Complaints are most of the work orders, as in 高州's report (10,602 of 12,905); praise a sliver.
    const share = (part: Map<string, { value: number }>) => {
      const ratios = [...part].map(([key, o]) => o.value / total.get(key)!.value).sort((a, b) => a - b);
      return ratios[Math.floor(ratios.length / 2)]!;
    };
    expect(share(parts[0]!)).toBeGreaterThan(0.6);
    expect(share(parts[5]!)).toBeLessThan(0.05);

    const cases = byKey('mediation.cases');
    const successful = byKey('mediation.successful-cases');
    const rate = byKey('mediation.success-rate');
    let derived = 0;
    for (const [key, r] of rate) {
      const n = successful.get(key);
      const d = cases.get(key);
      if (!n || !d) continue;
      expect(r.value, key).toBeCloseTo((100 * n.value) / d.value, 2);
      expect(r.value, key).toBeLessThanOrEqual(100);
      derived++;
    }
    expect(derived).toBeGreaterThan(500);
  });

  it('draws a part the same whether or not its total is generated with it (a slice of the catalog is a true slice)', () => {
    const alone = generate({ seed: 7, counties: 40, indicators: ['hotline.work-orders-praise'] });
    const together = generate({ seed: 7, counties: 40, indicators: ['hotline.work-orders', 'hotline.work-orders-praise'] });
    expect(alone.get(indicatorFileName('hotline.work-orders-praise'))).toBe(together.get(indicatorFileName('hotline.work-orders-praise')));
  });

  it('writes compact files: coverage as ranges, the grid as a bitmap, numbers as written only where not canonical', () => {
    const files = generate({ ...SLICE, counties: 200 });
    const stored = JSON.parse(files.get('index.json')!) as { summaries: Array<Record<string, unknown>> };
    for (const summary of stored.summaries) {
      expect(summary).not.toHaveProperty('jurisdictionCodes');
      // The counties that report are consecutive in the list: one range, or a few.
      expect((summary.jurisdictionRanges as unknown[]).length).toBeLessThanOrEqual(3);
    }
    const rate = JSON.parse(files.get('indicators/hotline.resolution-rate.json')!) as { columns: Record<string, unknown>; unit: string };
    expect(rate.unit).toBe('%');
    expect(Object.keys(rate.columns)).not.toContain('j');
    expect(rate.columns).not.toHaveProperty('w');
    expect(rate.columns.s).toHaveProperty('byYear');
    expect(rate.columns.qp).toHaveProperty('byCode');
    // «10110多»: a bound keeps its own text.
    const counts = JSON.parse(files.get('indicators/admin-review.applications.json')!) as { columns: { w: { values: string[] } } };
    expect(counts.columns.w.values.every((w) => w.endsWith('多'))).toBe(true);
  });
});
