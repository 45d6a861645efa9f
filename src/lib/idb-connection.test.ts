import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type DBSchema } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idbConnection } from './idb-connection';

interface NotesDb extends DBSchema {
  notes: { key: string; value: { id: string } };
}

class StoreError extends Error {}

const unavailable = (detail: string) => new StoreError(`unavailable: ${detail}`);
const upgrade = vi.fn((database: Parameters<Parameters<typeof idbConnection<NotesDb>>[2]>[0]) => {
  database.createObjectStore('notes', { keyPath: 'id' });
});

describe('idbConnection', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    upgrade.mockClear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens, and creates the database, only when first used, then reuses the one connection', async () => {
    const connection = idbConnection<NotesDb>('notes-db', 1, upgrade, unavailable);
    expect(connection.isOpen()).toBe(false);
    expect(await indexedDB.databases()).toEqual([]);
    const first = await connection.get();
    await first.put('notes', { id: 'a' });
    expect(await connection.get()).toBe(first);
    expect(connection.isOpen()).toBe(true);
    expect(upgrade).toHaveBeenCalledTimes(1);
    await connection.close();
    expect(connection.isOpen()).toBe(false);
    // Opened again after close, the data is still there and no upgrade runs.
    expect(await (await connection.get()).get('notes', 'a')).toEqual({ id: 'a' });
    expect(upgrade).toHaveBeenCalledTimes(1);
  });

  it("words a browser without IndexedDB as the store's own error", async () => {
    vi.stubGlobal('indexedDB', undefined);
    const connection = idbConnection<NotesDb>('notes-db', 1, upgrade, unavailable);
    await expect(connection.get()).rejects.toThrow(new StoreError('unavailable: this browser offers no IndexedDB'));
  });

  it('forgets a failed open, so the next use tries again', async () => {
    // A database at a newer version than the code asks for cannot be opened (VersionError).
    (await openDB('notes-db', 5)).close();
    const tooOld = idbConnection<NotesDb>('notes-db', 1, upgrade, unavailable);
    await expect(tooOld.get()).rejects.toBeInstanceOf(StoreError);
    expect(tooOld.isOpen()).toBe(false);
    globalThis.indexedDB = new IDBFactory();
    await expect(tooOld.get()).resolves.toBeDefined();
  });

  it('gives way when another tab upgrades the database', async () => {
    const connection = idbConnection<NotesDb>('notes-db', 1, upgrade, unavailable);
    await connection.get();
    // The other tab's open would be blocked for as long as this connection stayed open.
    const newer = await openDB('notes-db', 2);
    expect(newer.version).toBe(2);
    expect(connection.isOpen()).toBe(false);
    newer.close();
  });
});
