import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface IdbConnection<T extends DBSchema> {
  /** The open database, opened (and created or upgraded) on first use; rejects with the store's own error. */
  get(): Promise<IDBPDatabase<T>>;
  /** Closes the connection; the next get() opens it again (tests swap the IndexedDB factory between cases). */
  close(): Promise<void>;
  /** Whether a connection is open or opening, so the database is known to exist without asking the browser. */
  isOpen(): boolean;
}

/**
 * One lazily opened IndexedDB connection, as each of the app's stores keeps it: opened on first use, given
 * up (and opened again on next use) when another tab upgrades the database, and forgotten after a failed
 * open so that a later call tries again. Failures come out as the store's own error (`unavailable`), which
 * the UI words for the reader.
 */
export function idbConnection<T extends DBSchema>(
  name: string,
  version: number,
  upgrade: (database: IDBPDatabase<T>) => void,
  unavailable: (detail: string, cause?: unknown) => Error,
): IdbConnection<T> {
  let connection: Promise<IDBPDatabase<T>> | null = null;
  const close = async () => {
    const open = connection;
    connection = null;
    if (open) (await open.catch(() => null))?.close();
  };
  return {
    get() {
      if (typeof indexedDB === 'undefined') return Promise.reject(unavailable('this browser offers no IndexedDB'));
      connection ??= openDB<T>(name, version, {
        upgrade,
        blocking() {
          // Another tab upgrades the database: let it, and reopen on next use.
          void close();
        },
      }).catch((cause: unknown) => {
        connection = null;
        throw unavailable(cause instanceof Error ? cause.message : String(cause), cause);
      });
      return connection;
    },
    close,
    isOpen: () => connection !== null,
  };
}
