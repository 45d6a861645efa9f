import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex, testIndicator } from '../../../../test/fixtures/make-observation';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { createI18n } from '../../../lib/i18n';
import { explorerMessages } from '../locales';
import { chartCsvRows, explorerChartFrame, type ExplorerChartExportInput } from './explorer-chart-export';
import { buildEntries } from './explorer-rows';

const office = makeObservation({
  jurisdictionCode: '440300',
  year: 2018,
  qualifier: 'atLeast',
  valueAsWritten: '260多',
  scope: { kind: 'issuingBody', label: { zh: '市政府办公厅', en: 'General Office' } },
  provenance: { sourceId: 'b', start: 0, end: 7, quote: '工单260多宗' },
});
const partYear = makeObservation({ period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } });

function frameOf(drawn: Observation[], overrides: Partial<ExplorerChartExportInput> = {}, language: Language = 'en') {
  return explorerChartFrame({
    indicator: testIndicator,
    chart: 'line',
    barYear: null,
    years: [2018, 2021],
    drawn,
    barEntries: [],
    notReported: 0,
    missing: [],
    documents: testIndex.documents,
    isImported: (o) => o.provenance.sourceId.startsWith('imported-'),
    jurisdictionName: (code) => testIndex.jurisdictions.find((j) => j.code === code)!.name[language],
    link: 'https://example.org/#/explore',
    today: '2026-01-02',
    height: 560,
    language,
    t: createI18n(language, [explorerMessages]).t,
    ...overrides,
  });
}

describe('explorerChartFrame', () => {
  it('explains only the marks the chart draws, and says where a figure covers the issuing office only', () => {
    // The trend draws a hollow point and a diamond; the ranked bars hatch and outline the same values.
    const frame = frameOf([partYear, office]);
    expect(frame.marks!.map((m) => m.mark)).toEqual(['partialPoint', 'approxPoint']);
    expect(frame.marks![0]!.label).toMatch(/^Hollow point/);
    const bars = frameOf([partYear, office], { chart: 'bar', barYear: 2021 });
    expect(bars.marks!.map((m) => m.mark)).toEqual(['partial', 'approx']);
    expect(bars.marks![0]!.label).toMatch(/^Hatched/);
    expect(frame.notes).toEqual(['Scope: Shenzhen 2018: General Office only (issuing office only), not the whole jurisdiction.']);
    expect(frameOf([makeObservation()]).marks).toEqual([]);
  });

  it('names issuer, title and date of each document, and the link back to the quotes', () => {
    const { sourceLine } = frameOf([partYear, office]);
    expect(sourceLine).toBe('Source: A, “A” (publication date not stated); B, “B” (4 Jan 2019). Compiled by ReportLens, 2 Jan 2026. The quote behind every value: https://example.org/#/explore');
    expect(frameOf([office], {}, 'zh').sourceLine).toContain('B《B》（2019年1月4日）');
  });

  it('draws the gap mark only when a drawn line has a year without a figure, and notes jurisdictions a ranked chart leaves out', () => {
    const rows = buildIndicatorRows(testIndex, [partYear]);
    const missing = rows.filter((r) => r.status === 'notReported');
    expect(missing.map((r) => r.jurisdiction.code)).toEqual(['440300']);
    expect(frameOf([partYear], { missing }).marks!.map((m) => m.mark)).toEqual(['partialPoint']);
    expect(frameOf([partYear, office], { missing }).marks!.map((m) => m.mark)).toContain('gap');
    const bar = frameOf([partYear], { chart: 'bar', barYear: 2021, notReported: 2 });
    expect(bar.notes).toEqual(['2 more jurisdictions have a 2021 document that gives no figure (not zero); they are not drawn.']);
    expect(bar.marks!.map((m) => m.mark)).toEqual(['partial']);
  });

  it('says where the source gives conflicting figures', () => {
    const again = makeObservation({ value: 90, valueAsWritten: '90', provenance: { sourceId: 'a', start: 20, end: 25, quote: '工单90宗' } });
    expect(frameOf([makeObservation(), again]).notes).toEqual(['Gaozhou 2021: the source gives conflicting figures; each is drawn.']);
  });
});

describe('chartCsvRows', () => {
  const observations = [partYear, makeObservation({ year: 2018, jurisdictionCode: '440300', provenance: { sourceId: 'b', start: 0, end: 6, quote: '工单100宗' } })];
  const rows = buildIndicatorRows(testIndex, observations);
  const entries = buildEntries(rows, rows, 'neutral');
  const missing = [...rows.filter((r) => r.status === 'notReported'), { ...rows[0]!, year: 2021, levels: [], status: 'notReported' as const }];

  it('holds a ranked chart’s year only, and the trend’s every year; never the relative values it does not draw', () => {
    const bar = chartCsvRows('bar', 2021, entries.filter((e) => e.row.year === 2021), () => entries, missing);
    expect(bar.entries.map((e) => e.row.year)).toEqual([2021]);
    expect(bar.missing.every((r) => r.year === 2021)).toBe(true);
    expect(bar.relatives).toEqual([]);
    const line = chartCsvRows('line', null, [], () => entries, missing);
    expect(line.entries.map((e) => e.row.year).sort()).toEqual([2018, 2021]);
    expect(line.missing).toBe(missing);
  });
});
