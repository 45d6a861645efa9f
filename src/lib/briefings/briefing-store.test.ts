import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asItem, barChartDraft, makeBriefing, quoteDraft } from '../../../test/fixtures/briefing-data';
import {
  addBriefingItem,
  closeBriefingStore,
  createBriefing,
  deleteBriefing,
  duplicateBriefing,
  exportBriefings,
  getBriefing,
  importBriefings,
  listBriefings,
  moveBriefingItem,
  removeBriefingItem,
  saveBriefing,
} from './briefing-store';

beforeEach(async () => {
  await closeBriefingStore();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeBriefingStore());

describe('briefing store', () => {
  it('creates, adds items, reorders, removes and deletes', async () => {
    const created = await createBriefing({ title: '周报', date: '2024-05-02' });
    await addBriefingItem(created.id, barChartDraft('hotline.work-orders', 2021));
    await addBriefingItem(created.id, barChartDraft('hotline.resolution-rate', 2021));
    const withThree = await addBriefingItem(created.id, quoteDraft('hotline.resolution-rate'));
    expect(withThree.items.map((i) => i.kind)).toEqual(['chart', 'chart', 'quote']);
    expect(withThree.items.every((i) => i.note === '' && i.addedAt)).toBe(true);

    const quoteId = withThree.items[2]!.id;
    const moved = await moveBriefingItem(created.id, quoteId, 0);
    expect(moved.items.map((i) => i.kind)).toEqual(['quote', 'chart', 'chart']);
    const removed = await removeBriefingItem(created.id, quoteId);
    expect(removed.items).toHaveLength(2);
    expect((await getBriefing(created.id))!.items.map((i) => i.id)).toEqual(removed.items.map((i) => i.id));
    expect(await listBriefings()).toMatchObject([{ id: created.id, title: '周报', itemCount: 2 }]);

    await deleteBriefing(created.id);
    expect(await listBriefings()).toEqual([]);
  });

  it('duplicates a briefing under a new id with new item ids, leaving the original', async () => {
    const original = await saveBriefing(makeBriefing('b1', [asItem(barChartDraft('hotline.work-orders', 2021), 'i1')], '原稿'));
    const copy = await duplicateBriefing(original.id, (title) => `${title}（副本）`);
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe('原稿（副本）');
    expect(copy.items[0]!.id).not.toBe('i1');
    expect(copy.items[0]!.observations).toEqual(original.items[0]!.observations);
    expect((await listBriefings()).map((b) => b.title).sort()).toEqual(['原稿', '原稿（副本）']);
  });

  it('refuses an invalid briefing and keeps what was stored', async () => {
    await saveBriefing(makeBriefing('b1', [], '原稿'));
    await expect(saveBriefing({ ...makeBriefing('b1', []), title: '  ' })).rejects.toMatchObject({ reason: 'invalid' });
    expect((await getBriefing('b1'))!.title).toBe('原稿');
  });

  it('creates a briefing with its first item in one write, and nothing when the item is refused', async () => {
    const created = await createBriefing({ title: '周报', date: '2024-05-02' }, new Date('2024-05-02T08:00:00Z'), barChartDraft('hotline.work-orders', 2021));
    expect((await getBriefing(created.id))!.items.map((i) => [i.kind, i.addedAt])).toEqual([['chart', '2024-05-02T08:00:00.000Z']]);
    // A quote holds exactly one observation: this one is refused, and no empty briefing is left.
    const quote = quoteDraft('disclosure.information-requests');
    const broken = { ...quote, observations: [...quote.observations, ...quote.observations] };
    await expect(createBriefing({ title: '空', date: '2024-05-02' }, new Date(), broken)).rejects.toMatchObject({ reason: 'invalid' });
    expect((await listBriefings()).map((b) => b.title)).toEqual(['周报']);
  });

  it('imports all briefings of a file in one transaction, never replacing a stored one', async () => {
    await saveBriefing(makeBriefing('b1', [], '已有'));
    const added = await importBriefings([makeBriefing('b1', [], '导入同号'), makeBriefing('b2', [], '导入')]);
    expect(added[0]!.id).not.toBe('b1');
    expect((await getBriefing('b1'))!.title).toBe('已有');
    expect((await exportBriefings()).map((b) => b.title).sort()).toEqual(['导入', '导入同号', '已有']);
  });

  it('leaves the store unchanged when an import fails', async () => {
    await saveBriefing(makeBriefing('b1', [asItem(barChartDraft('hotline.work-orders', 2021), 'i1')], '已有'));
    const before = await exportBriefings();
    const bad = { ...makeBriefing('b3', []), date: '2024/05/02' };
    await expect(importBriefings([makeBriefing('b2', []), bad])).rejects.toMatchObject({ reason: 'invalid' });
    expect(await exportBriefings()).toEqual(before);
  });
});
