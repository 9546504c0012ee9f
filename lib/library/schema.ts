/**
 * The reader's library in IndexedDB: its stores, indexes and the upgrade
 * from every earlier layout. Opening the database at LIBRARY_DB_VERSION runs
 * each step from the version found on the device, in order, inside the
 * browser's upgrade transaction: a failed step leaves the old database as it was.
 *
 * Stores:
 * - `articles`: one record per article (LibraryRecord), by id.
 * - `changes`: every add, update and delete in order (auto-numbered), so the
 *   background can bring its in-memory engine up to date incrementally, from
 *   whichever extension page made the change.
 * - `engine`: the engine's latest snapshot (lib/match/engine.ts) and the
 *   change number it includes, so a restarted background loads instead of rebuilding.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { EngineSnapshot } from '../match/engine';
import type { Article } from '../types';
import { recordKeys } from './record';

export const LIBRARY_DB_NAME = 'jejak-library';
export const LIBRARY_DB_VERSION = 2;

/** How an article came into the library. */
export type RecordSource = 'read' | 'saved' | 'imported';

export interface LibraryRecord {
  id: string;
  article: Article;
  /** Canonical URL (lib/match/engine.ts canonicalUrl), when the article has an address. */
  urlKey?: string;
  /** Hash of the article's comparable text: two records with the same one are the same text. */
  textKey: string;
  /** Publication date, or "" when unknown (sorts first; views show undated last). */
  date: string;
  /** Outlet name, or "" when unknown. */
  outlet: string;
  /** When it was saved or last updated, ISO. */
  savedAt: string;
  source: RecordSource;
}

export type ChangeOp = 'put' | 'delete' | 'clear';
export interface ChangeRecord {
  seq?: number;
  op: ChangeOp;
  /** The article changed; none for 'clear'. */
  id?: string;
}

export interface EngineRecord {
  /** The last change the snapshot includes. */
  seq: number;
  /** Which bundled index the snapshot was built with (its build time and size). */
  bundledStamp: string;
  snapshot: EngineSnapshot;
}

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: LibraryRecord;
    indexes: { url: string; text: string; date: string; outlet: string; savedAt: string };
  };
  changes: { key: number; value: ChangeRecord };
  engine: { key: string; value: EngineRecord };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTransaction = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/**
 * The layout of each version, as a step from the one before. Version 1 held
 * articles by id and canonical URL only; version 2 added the fields and
 * indexes for duplicates by text, browsing by date and outlet, the change
 * log and the engine snapshot, filling the new fields of records kept from version 1.
 */
export const UPGRADES: ReadonlyArray<(db: LibraryDb, tx: UpgradeTransaction) => Promise<void>> = [
  async (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('url', 'urlKey');
    articles.createIndex('savedAt', 'savedAt');
  },
  async (db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('text', 'textKey');
    articles.createIndex('date', 'date');
    articles.createIndex('outlet', 'outlet');
    db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
    db.createObjectStore('engine');
    const changes = tx.objectStore('changes');
    for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = cursor.value;
      await cursor.update({ ...record, ...recordKeys(record.article) });
      // Every kept article is new to the engine.
      await changes.add({ op: 'put', id: record.id });
    }
  },
];

/** Open (creating or upgrading) the library; `version` is for tests of the upgrade steps. */
export async function openLibraryDb(name = LIBRARY_DB_NAME, version = LIBRARY_DB_VERSION): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await UPGRADES[v]!(db, tx);
    },
    blocking(_current, _next, event) {
      // Another page opens a newer layout: let it, this connection closes.
      (event.target as IDBDatabase).close();
    },
  });
}
