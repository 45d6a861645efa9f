import type { DBSchema, IDBPTransaction } from 'idb';
import {
  BriefingSchema,
  moveItem,
  summarizeBriefing,
  type Briefing,
  type BriefingItemDraft,
  type BriefingSummary,
} from '../../domain/briefing';
import { idbConnection } from '../idb-connection';
import { StoreError } from '../store-error';

/**
 * Briefings in the browser's IndexedDB: database "reportlens-briefings", one
 * store "briefings" keyed by id, one record per briefing with its items.
 * Every write validates the whole briefing first (zod) and runs in one
 * transaction, so a refused or failed write leaves what is stored untouched.
 * A database of its own keeps its version apart from the imported reports'.
 */
const DB_NAME = 'reportlens-briefings';
const DB_VERSION = 1;

interface BriefingsDb extends DBSchema {
  briefings: { key: string; value: Briefing };
}

/** Why the store refused or failed; `reason` is a stable code the UI translates. */
export class BriefingStoreError extends StoreError<'unavailable' | 'invalid' | 'notFound' | 'writeFailed'> {
  override name = 'BriefingStoreError';
}

const connection = idbConnection<BriefingsDb>(
  DB_NAME,
  DB_VERSION,
  (database) => {
    database.createObjectStore('briefings', { keyPath: 'id' });
  },
  (detail, cause) => new BriefingStoreError('unavailable', detail, cause),
);
const db = connection.get;

/** Closes the connection (tests swap the IndexedDB factory between cases). */
export const closeBriefingStore = connection.close;

function message(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function check(briefing: Briefing): Briefing {
  const parsed = BriefingSchema.safeParse(briefing);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BriefingStoreError('invalid', `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

function parseStored(record: unknown): Briefing | null {
  const parsed = BriefingSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  console.warn(`briefing ${String((record as { id?: unknown } | null)?.id)} is unreadable and was skipped`);
  return null;
}

/** Every briefing without its items, most recently changed first. Unreadable records are skipped. */
export async function listBriefings(): Promise<BriefingSummary[]> {
  const all = await (await db()).getAll('briefings');
  return all
    .map(parseStored)
    .filter((b): b is Briefing => b !== null)
    .map(summarizeBriefing)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
}

export async function getBriefing(id: string): Promise<Briefing | null> {
  const record = await (await db()).get('briefings', id);
  return record ? parseStored(record) : null;
}

/** Every briefing with its items, oldest first (the order of an export file). */
export async function exportBriefings(): Promise<Briefing[]> {
  const all = (await (await db()).getAll('briefings')).map(parseStored).filter((b): b is Briefing => b !== null);
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

async function write(run: (tx: IDBPTransaction<BriefingsDb, ['briefings'], 'readwrite'>) => Promise<void>): Promise<void> {
  const tx = (await db()).transaction('briefings', 'readwrite');
  try {
    await Promise.all([run(tx), tx.done]);
  } catch (cause) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    if (cause instanceof BriefingStoreError) throw cause;
    throw new BriefingStoreError('writeFailed', message(cause), cause);
  }
}

/** Saves (creates or replaces) one briefing after validating it. */
export async function saveBriefing(briefing: Briefing): Promise<Briefing> {
  const checked = check(briefing);
  await write(async (tx) => {
    await tx.objectStore('briefings').put(checked);
  });
  return checked;
}

/**
 * Creates a briefing, holding `first` when given: one validated write, so an item the store refuses
 * leaves no empty briefing behind ("create and add" in the add-to-briefing dialog).
 */
export async function createBriefing(fields: { title: string; date: string; author?: string }, now = new Date(), first?: BriefingItemDraft): Promise<Briefing> {
  const at = now.toISOString();
  const items = first ? [{ ...first, id: newId(), note: '', addedAt: at }] : [];
  return saveBriefing({ id: newId(), title: fields.title, date: fields.date, author: fields.author ?? '', items, createdAt: at, updatedAt: at });
}

/** Reads, changes and writes one briefing in one transaction. */
export async function updateBriefing(id: string, change: (briefing: Briefing) => Briefing, now = new Date()): Promise<Briefing> {
  let result: Briefing | null = null;
  await write(async (tx) => {
    const store = tx.objectStore('briefings');
    const stored = await store.get(id);
    const current = stored ? parseStored(stored) : null;
    if (!current) throw new BriefingStoreError('notFound', `briefing ${id} is not stored in this browser`);
    result = check({ ...change(current), id, updatedAt: now.toISOString() });
    await store.put(result);
  });
  return result!;
}

export async function renameBriefing(id: string, title: string): Promise<Briefing> {
  return updateBriefing(id, (b) => ({ ...b, title }));
}

/** Adds an item at the end, with a fresh id, an empty note and the time: the data as of now. */
export async function addBriefingItem(id: string, draft: BriefingItemDraft, now = new Date()): Promise<Briefing> {
  return updateBriefing(id, (b) => ({ ...b, items: [...b.items, { ...draft, id: newId(), note: '', addedAt: now.toISOString() }] }), now);
}

export async function moveBriefingItem(id: string, itemId: string, toIndex: number): Promise<Briefing> {
  return updateBriefing(id, (b) => ({ ...b, items: moveItem(b.items, b.items.findIndex((i) => i.id === itemId), toIndex) }));
}

export async function removeBriefingItem(id: string, itemId: string): Promise<Briefing> {
  return updateBriefing(id, (b) => ({ ...b, items: b.items.filter((i) => i.id !== itemId) }));
}

/** A copy under a new id (and new item ids), titled by the caller (e.g. "… (副本)"). */
export async function duplicateBriefing(id: string, title: (original: string) => string, now = new Date()): Promise<Briefing> {
  const original = await getBriefing(id);
  if (!original) throw new BriefingStoreError('notFound', `briefing ${id} is not stored in this browser`);
  const at = now.toISOString();
  return saveBriefing({
    ...original,
    id: newId(),
    title: title(original.title).slice(0, 200),
    items: original.items.map((item) => ({ ...item, id: newId() })),
    createdAt: at,
    updatedAt: at,
  });
}

export async function deleteBriefing(id: string): Promise<void> {
  await write(async (tx) => {
    await tx.objectStore('briefings').delete(id);
  });
}

/**
 * Adds the briefings of a validated file in one transaction: all or nothing.
 * Nothing stored is replaced: a briefing whose id is already taken is added
 * under a new id. Returns the briefings as stored.
 */
export async function importBriefings(briefings: Briefing[]): Promise<Briefing[]> {
  const checked = briefings.map(check);
  const added: Briefing[] = [];
  await write(async (tx) => {
    const store = tx.objectStore('briefings');
    const taken = new Set(await store.getAllKeys());
    for (const briefing of checked) {
      const id = taken.has(briefing.id) ? newId() : briefing.id;
      taken.add(id);
      const stored = { ...briefing, id };
      await store.add(stored);
      added.push(stored);
    }
  });
  return added;
}
