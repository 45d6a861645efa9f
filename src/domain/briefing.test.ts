import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asItem, barChartDraft, countyScaleTableDraft, dataIndex, indicatorObservations, makeBriefing, quoteDraft, tableDraft } from '../../test/fixtures/briefing-data';
import { BRIEFING_LIMITS, BriefingSchema, createBriefingBackup, moveItem, notReportedInScope, observationsInScope, validateBriefingFile, type BriefingItem } from './briefing';
import { detectItemChanges, hasChanges } from './briefing-changes';
import { tableItemDraft } from './briefing-snapshot';
import { buildFootnotes } from './briefing-footnotes';
import { buildIndicatorRows } from './indicator-view';

const briefing = () =>
  makeBriefing('b1', [asItem(barChartDraft('hotline.work-orders', 2021), 'i1'), asItem(barChartDraft('hotline.resolution-rate', 2021), 'i2'), asItem(tableDraft('disclosure.information-requests'), 'i3')]);

function fileOf(value: unknown): string {
  return JSON.stringify(value);
}

describe('validateBriefingFile', () => {
  it('accepts an exported file and returns every briefing', () => {
    const result = validateBriefingFile(fileOf(createBriefingBackup([briefing()], new Date('2024-05-03T00:00:00Z'))));
    expect(result.ok && result.briefings.map((b) => b.id)).toEqual(['b1']);
  });

  it('refuses malformed JSON with the parser’s reason', () => {
    const result = validateBriefingFile('{"format": "reportlens-briefings", ');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'json' } });
    expect(!result.ok && result.problem.detail.length).toBeGreaterThan(0);
  });

  it('refuses an empty file and a file that is too large before parsing', () => {
    expect(validateBriefingFile('  ')).toMatchObject({ ok: false, problem: { kind: 'empty' } });
    expect(validateBriefingFile('{}', BRIEFING_LIMITS.fileBytes + 1)).toMatchObject({ ok: false, problem: { kind: 'tooLarge', detail: String(BRIEFING_LIMITS.fileBytes + 1) } });
  });

  it('refuses another kind of file, naming the field', () => {
    const result = validateBriefingFile(fileOf({ format: 'reportlens-backup', version: 1, reports: [] }));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'format' } });
    expect(!result.ok && result.problem.detail).toMatch(/^format: /);
  });

  it('refuses another version, saying which', () => {
    expect(validateBriefingFile(fileOf({ format: 'reportlens-briefings', version: 2, briefings: [] }))).toEqual({ ok: false, problem: { kind: 'version', detail: '2' } });
  });

  it('names the briefing, its title and the field of a missing or broken value', () => {
    const good = briefing();
    const missingAuthor: Record<string, unknown> = { ...makeBriefing('b2', [], '第二份') };
    delete missingAuthor.author;
    expect(validateBriefingFile(fileOf(createBriefingBackup([good, missingAuthor as never], new Date())))).toEqual({
      ok: false,
      problem: { kind: 'briefing', briefingIndex: 1, briefingTitle: '第二份', path: 'author', detail: expect.any(String) },
    });
    const broken = briefing();
    const quote = broken.items[0]!.observations[0]!.provenance;
    broken.items[0]!.observations[0]!.provenance = { ...quote, end: quote.end + 1 };
    const result = validateBriefingFile(fileOf(createBriefingBackup([broken], new Date())));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'briefing', briefingIndex: 0, path: 'items.0.observations.0.provenance.end' } });
  });

  it('refuses an observation whose document is not cited by the item', () => {
    const item = asItem(barChartDraft('hotline.work-orders', 2021), 'i1');
    const parsed = BriefingSchema.safeParse(makeBriefing('b', [{ ...item, documents: [] }]));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe('items.0.observations.0.provenance.sourceId');
  });

  it('never accepts arbitrary JSON (property)', () => {
    fc.assert(fc.property(fc.json(), (json) => validateBriefingFile(json).ok === false || JSON.parse(json)?.format === 'reportlens-briefings'));
  });
});

describe('moveItem', () => {
  it('moves an element and clamps the target', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every element exactly once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), fc.nat(), fc.integer({ min: -5, max: 30 }), (items, from, to) => {
        const moved = moveItem(items, from % items.length, to);
        expect([...moved].sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe('buildFootnotes', () => {
  it('numbers every value across the briefing in order, one note per quoted span', () => {
    const b = briefing();
    const { notes, numberOf } = buildFootnotes(b);
    expect(notes.map((n) => n.number)).toEqual(notes.map((_, i) => i + 1));
    expect(notes[0]!.quote).toBe('2021年1-10月,高州市共收到12345政府服务热线工单12905宗');
    expect(notes[1]!.quote).toBe('工单总体办结率为99.5%');
    expect(notes[1]!.document.title.zh).toBe('高州市2021年度法治政府建设情况报告');
    // The disclosure table: 260多 and "接近2017年的2倍" quote different spans, so each has its own note;
    // the relative value is printed in its own table after the levels, and numbered after them.
    const [shenzhenLevel, shenzhenMultiple, gaozhou] = b.items[2]!.observations;
    expect(shenzhenMultiple!.relative).not.toBeNull();
    expect([shenzhenLevel, gaozhou, shenzhenMultiple].map((o) => numberOf('i3', o!.id))).toEqual([3, 4, 5]);
    expect(notes).toHaveLength(5);
  });

  it('gives a value repeated in a later item the same number', () => {
    const b = makeBriefing('b', [asItem(quoteDraft('hotline.resolution-rate'), 'q1'), asItem(barChartDraft('hotline.work-orders', 2021), 'c1'), asItem(quoteDraft('hotline.resolution-rate'), 'q2')]);
    const { notes, numberOf } = buildFootnotes(b);
    const id = b.items[0]!.observations[0]!.id;
    expect(numberOf('q1', id)).toBe(1);
    expect(numberOf('q2', id)).toBe(1);
    expect(notes.map((n) => n.number)).toEqual([1, 2]);
  });

  it('renumbers when items are reordered', () => {
    const b = briefing();
    const reordered = { ...b, items: moveItem(b.items, 1, 0) };
    expect(buildFootnotes(reordered).notes[0]!.quote).toBe('工单总体办结率为99.5%');
  });
});

describe('change detection', () => {
  const current = (indicatorId: string, observations = indicatorObservations(indicatorId)) => new Map([[indicatorId, observations]]);

  it('finds no change against the same data', () => {
    const item = asItem(tableDraft('disclosure.information-requests'), 'i');
    expect(hasChanges(detectItemChanges(item, current('disclosure.information-requests'))!)).toBe(false);
  });

  it('reports a changed value, a removed value and a new one in the view’s scope', () => {
    const id = 'disclosure.information-requests';
    const item = asItem(tableDraft(id), 'i');
    const [first, second, ...rest] = indicatorObservations(id);
    const added = { ...first!, id: 'new-observation', year: 2022 };
    const changes = detectItemChanges(item, current(id, [{ ...first!, value: first!.value + 1 }, ...rest, added]))!;
    expect(changes.updated.map((u) => u.id)).toEqual([first!.id]);
    expect(changes.removed.map((o) => o.id)).toEqual([second!.id]);
    expect(changes.added.map((o) => o.id)).toEqual(['new-observation']);
  });

  it('ignores new data outside the view (another year of a ranked chart)', () => {
    const id = 'hotline.work-orders';
    const item = asItem(barChartDraft(id, 2021), 'i');
    const other = { ...indicatorObservations(id)[0]!, id: 'other-year', year: 2020 };
    expect(hasChanges(detectItemChanges(item, current(id, [...indicatorObservations(id), other]))!)).toBe(false);
  });

  it('is unknown, not unchanged, without current data', () => {
    expect(detectItemChanges(asItem(barChartDraft('hotline.work-orders', 2021), 'i'), new Map())).toBeNull();
  });

  it('lists the jurisdiction-years a document covers without a figure, within the scope', () => {
    const observations = indicatorObservations('disclosure.information-requests');
    const all = { jurisdictions: null, from: null, to: null, year: null, includeRelatives: true };
    // Guangzhou 2022, Henglan 2022 and Zhongshan 2021 have documents but no figure; Shenzhen and Gaozhou report one.
    expect(notReportedInScope(dataIndex, observations, all)).toEqual([
      { jurisdictionCode: '440100', year: 2022 },
      { jurisdictionCode: '442000', year: 2021 },
      { jurisdictionCode: '442000110', year: 2022 },
    ]);
    expect(notReportedInScope(dataIndex, observations, { ...all, to: 2021 })).toEqual([{ jurisdictionCode: '442000', year: 2021 }]);
    expect(notReportedInScope(dataIndex, observations, { ...all, jurisdictions: ['440300', '440100'] })).toEqual([{ jurisdictionCode: '440100', year: 2022 }]);
    // A relative value alone still means the year is reported.
    const onlyRelative = observations.filter((o) => o.jurisdictionCode !== '440300' || o.relative !== null);
    expect(notReportedInScope(dataIndex, onlyRelative, all).map((r) => r.jurisdictionCode)).not.toContain('440300');
  });

  it('lists them in the explorer table’s order (level, code, then year), not newest year first', () => {
    const observations = indicatorObservations('disclosure.information-requests');
    // A second year of Guangzhou without a figure: the table lists a jurisdiction's years together, oldest first.
    const guangzhou2021 = { ...dataIndex.documents.find((d) => d.jurisdictionCode === '440100')!, id: 'guangzhou-2021', yearCovered: 2021 };
    const source = { jurisdictions: dataIndex.jurisdictions, documents: [...dataIndex.documents, guangzhou2021] };
    const tableOrder = buildIndicatorRows(source, observations)
      .filter((row) => row.status === 'notReported')
      .map((row) => `${row.jurisdiction.code}|${row.year}`);
    const listed = notReportedInScope(source, observations, { jurisdictions: null, from: null, to: null, year: null, includeRelatives: true });
    expect(listed.map((row) => `${row.jurisdictionCode}|${row.year}`)).toEqual(tableOrder);
    // Prefectures (Guangzhou, then Zhongshan by code) before the town of 横栏, whatever the year.
    expect(tableOrder).toEqual(['440100|2021', '440100|2022', '442000|2021', '442000110|2022']);
  });

  it('lists the same not-reported jurisdiction-years as the explorer’s table: none of a jurisdiction the index does not list', () => {
    const observations = indicatorObservations('disclosure.information-requests');
    // A document of a jurisdiction the index does not list (510101): the explorer makes no row for it.
    const unlisted = { ...dataIndex.documents[0]!, id: 'unlisted', jurisdictionCode: '510101', yearCovered: 2022 };
    const documents = [...dataIndex.documents, unlisted];
    const explorerMissing = buildIndicatorRows({ ...dataIndex, documents }, observations)
      .filter((row) => row.status === 'notReported')
      .map((row) => `${row.jurisdiction.code}|${row.year}`);
    const item = tableItemDraft({
      indicator: dataIndex.indicators.find((i) => i.id === 'disclosure.information-requests')!,
      observations,
      view: { pathname: '/explore', search: '?indicator=disclosure.information-requests&tab=table' },
      scope: { jurisdictions: null, from: null, to: null, year: null, includeRelatives: true },
      lookups: { jurisdictions: dataIndex.jurisdictions, documents },
    });
    if (item.kind !== 'table') throw new Error('expected a table');
    expect(item.notReported!.map((row) => `${row.jurisdictionCode}|${row.year}`).sort()).toEqual(explorerMissing.sort());
    expect(item.notReportedTotal).toBe(explorerMissing.length);
    expect(item.jurisdictions.some((j) => j.code === '510101')).toBe(false);
  });

  it('stores a table’s not-reported rows with their names, and still reads a table stored without them', () => {
    const item = asItem(tableDraft('disclosure.information-requests'), 't');
    expect(item.kind === 'table' && item.notReported?.map((r) => r.jurisdictionCode)).toEqual(['440100', '442000', '442000110']);
    expect(item.jurisdictions.find((j) => j.code === '442000110')?.name.zh).toBe('横栏镇');
    expect(BriefingSchema.safeParse(makeBriefing('b', [item])).success).toBe(true);
    const older: Record<string, unknown> = { ...item };
    delete older.notReported;
    delete older.notReportedTotal;
    const parsed = BriefingSchema.parse(makeBriefing('b', [older as BriefingItem]));
    expect(parsed.items[0]).not.toHaveProperty('notReported');
    const unnamed = { ...item, jurisdictions: item.jurisdictions.filter((j) => j.code !== '442000110') };
    expect(BriefingSchema.safeParse(makeBriefing('b', [unnamed])).success).toBe(false);
  });

  it('stores a county-level table (2,900 counties without a figure): the first rows listed, and how many in all', () => {
    const item = asItem(countyScaleTableDraft('disclosure.information-requests', 2900), 't');
    expect(BriefingSchema.safeParse(makeBriefing('b', [item])).success).toBe(true);
    if (item.kind !== 'table') throw new Error('expected a table');
    // Guangzhou, Zhongshan and Henglan as before, plus the 2,900 counties.
    expect(item.notReportedTotal).toBe(2903);
    expect(item.notReported).toHaveLength(BRIEFING_LIMITS.notReportedListed);
    // In the table's order: the two prefectures, then the counties; the town of 横栏 comes after them, so it is counted, not listed.
    expect(item.notReported!.slice(0, 3)).toEqual([
      { jurisdictionCode: '440100', year: 2022 },
      { jurisdictionCode: '442000', year: 2021 },
      { jurisdictionCode: '510000', year: 2022 },
    ]);
    expect(item.notReported!.some((row) => row.jurisdictionCode === '442000110')).toBe(false);
    // Only the listed rows' jurisdictions are named in the item.
    expect(item.jurisdictions.some((j) => j.code === '512899')).toBe(false);
    // A total below the rows listed, or a total without rows, is refused.
    expect(BriefingSchema.safeParse(makeBriefing('b', [{ ...item, notReportedTotal: 5 }])).success).toBe(false);
    expect(BriefingSchema.safeParse(makeBriefing('b', [{ ...item, notReported: undefined }])).success).toBe(false);
  });

  it('selects by scope', () => {
    const observations = indicatorObservations('disclosure.information-requests');
    expect(observationsInScope(observations, { jurisdictions: ['440300'], from: null, to: null, year: null, includeRelatives: false }).map((o) => o.value)).toEqual([260]);
  });
});
