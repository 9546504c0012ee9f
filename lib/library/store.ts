/**
 * The reader's library: articles kept on this device, in IndexedDB
 * (schema.ts). Saving deduplicates by canonical URL, then by identical text;
 * every add, update and delete is written together with an entry in the change
 * log, in one transaction, so the engine that searches the library
 * (engine-store.ts) can follow incrementally, and a write the browser refuses
 * (full disk, quota) changes nothing.
 */
import type { Article } from '../types';
import { isLibraryId, libraryId, readableRecord, recordKeys, withId } from './record';
import {
  openLibraryDb,
  type ChangeRecord,
  type EngineRecord,
  type LibraryDb,
  type LibraryRecord,
  type RecordSource,
} from './schema';

export type PutStatus = 'added' | 'updated' | 'duplicate';
export type DuplicateReason = 'same-url' | 'same-text' | 'bundled';

export interface PutResult {
  status: PutStatus;
  /** The library id the article has (or, for a duplicate, the record it duplicates). */
  id: string;
  reason?: DuplicateReason;
}

export interface PutOptions {
  now?: Date;
  /** True for canonical URLs the bundled index already holds: such an article is a duplicate, not a second copy. */
  inBundled?(urlKey: string): boolean;
}

/** The browser refused to store more (its quota for Jejak, or the disk, is full). Nothing of the refused batch was written. */
export class LibraryQuotaError extends Error {
  override name = 'LibraryQuotaError';
}

export type ListOrder = 'date' | 'savedAt' | 'outlet';

export interface ListOptions {
  order?: ListOrder;
  /** Newest first (the default) or oldest first. */
  direction?: 'next' | 'prev';
  /** Only this outlet. */
  outlet?: string;
  offset?: number;
  limit?: number;
}

/** A library record without its text: what a list of articles shows. */
export interface LibraryEntry {
  id: string;
  title?: string;
  outlet: string;
  date: string;
  url?: string;
  savedAt: string;
  source: RecordSource;
  quoteCount: number;
  paragraphCount: number;
}

export function entryOf(record: LibraryRecord): LibraryEntry {
  const entry: LibraryEntry = {
    id: record.id,
    outlet: record.outlet,
    date: record.date,
    savedAt: record.savedAt,
    source: record.source,
    quoteCount: record.article.quotes.length,
    paragraphCount: record.article.paragraphs.length,
  };
  if (record.article.title) entry.title = record.article.title;
  if (record.article.url) entry.url = record.article.url;
  return entry;
}

const DEFAULT_LIST_LIMIT = 50;

export class LibraryStore {
  constructor(readonly db: LibraryDb) {}

  static async open(name?: string): Promise<LibraryStore> {
    return new LibraryStore(await openLibraryDb(name));
  }

  close(): void {
    this.db.close();
  }

  /**
   * Save articles in one transaction: each gets its library id, replaces an
   * earlier version at the same canonical URL, and is skipped when the library
   * (or this batch) already holds it — same URL and text, or the same text
   * under another address. Results are in input order.
   */
  async putMany(articles: readonly Article[], source: RecordSource, options: PutOptions = {}): Promise<PutResult[]> {
    const savedAt = (options.now ?? new Date()).toISOString();
    const prepared = articles.map((article) => {
      const keys = recordKeys(article);
      return { article, keys, id: libraryId(article) };
    });
    const tx = this.db.transaction(['articles', 'changes'], 'readwrite');
    const store = tx.objectStore('articles');
    const changes = tx.objectStore('changes');
    try {
      // All lookups at once, then decisions in memory (also against earlier articles of this batch).
      const [byUrl, byText] = await Promise.all([
        Promise.all(prepared.map((p) => (p.keys.urlKey ? store.index('url').get(p.keys.urlKey) : undefined))),
        Promise.all(prepared.map((p) => store.index('text').getKey(p.keys.textKey))),
      ]);
      const batchUrls = new Map<string, { id: string; textKey: string }>();
      const batchTexts = new Map<string, string>();
      const results: PutResult[] = [];
      const writes: Promise<unknown>[] = [];
      prepared.forEach((p, i) => {
        const { urlKey, textKey } = p.keys;
        if (urlKey && options.inBundled?.(urlKey)) {
          results.push({ status: 'duplicate', id: p.id, reason: 'bundled' });
          return;
        }
        const sameUrl = urlKey ? (batchUrls.get(urlKey) ?? recordRef(byUrl[i])) : undefined;
        let status: PutStatus = 'added';
        let id = p.id;
        if (sameUrl) {
          if (sameUrl.textKey === textKey) {
            results.push({ status: 'duplicate', id: sameUrl.id, reason: 'same-url' });
            return;
          }
          status = 'updated';
          id = sameUrl.id;
        } else {
          const sameText = batchTexts.get(textKey) ?? (byText[i] as string | undefined);
          if (sameText !== undefined) {
            results.push({ status: 'duplicate', id: sameText, reason: 'same-text' });
            return;
          }
        }
        if (urlKey) batchUrls.set(urlKey, { id, textKey });
        batchTexts.set(textKey, id);
        const record: LibraryRecord = { id, article: withId(p.article, id), ...p.keys, savedAt, source };
        writes.push(store.put(record), changes.add({ op: 'put', id }));
        results.push({ status, id });
      });
      await Promise.all([...writes, tx.done]);
      return results;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async put(article: Article, source: RecordSource, options?: PutOptions): Promise<PutResult> {
    return (await this.putMany([article], source, options))[0]!;
  }

  /**
   * Ids of records read from storage that are not records this Jejak can use
   * (readableRecord): every read passes over them as if they were not there.
   */
  readonly unreadable = new Set<string>();

  /** The record, or undefined where it is missing or unreadable (noted in `unreadable`). */
  private readable(record: unknown): LibraryRecord | undefined {
    if (record === undefined || readableRecord(record)) return record;
    this.unreadable.add(String((record as { id?: unknown } | null)?.id));
    return undefined;
  }

  async get(id: string): Promise<LibraryRecord | undefined> {
    return this.readable(await this.db.get('articles', id));
  }

  async getMany(ids: readonly string[]): Promise<(LibraryRecord | undefined)[]> {
    const tx = this.db.transaction('articles');
    const records = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return records.map((r) => this.readable(r));
  }

  /** The record at a page address (by canonical URL), if the library has one. */
  async getByUrlKey(urlKey: string): Promise<LibraryRecord | undefined> {
    return this.db.getFromIndex('articles', 'url', urlKey);
  }

  /** Delete articles (and log it, so the engine drops them from every index). Returns how many existed. */
  async delete(ids: readonly string[]): Promise<number> {
    const tx = this.db.transaction(['articles', 'changes'], 'readwrite');
    const store = tx.objectStore('articles');
    const changes = tx.objectStore('changes');
    let deleted = 0;
    try {
      const found = await Promise.all(ids.filter(isLibraryId).map((id) => store.getKey(id)));
      const writes: Promise<unknown>[] = [];
      for (const id of found) {
        if (id === undefined) continue;
        deleted++;
        writes.push(store.delete(id), changes.add({ op: 'delete', id }));
      }
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      throw asStorageError(error);
    }
    return deleted;
  }

  /** Delete every article ("Hapus semua"). */
  async clear(): Promise<void> {
    const tx = this.db.transaction(['articles', 'changes', 'engine'], 'readwrite');
    await Promise.all([
      tx.objectStore('articles').clear(),
      tx.objectStore('changes').clear(),
      tx.objectStore('engine').clear(),
      tx.objectStore('changes').add({ op: 'clear' }),
      tx.done,
    ]);
  }

  async count(): Promise<number> {
    return this.db.count('articles');
  }

  /** A page of articles without their text, newest first unless asked otherwise. */
  async list(options: ListOptions = {}): Promise<LibraryEntry[]> {
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    const direction = options.direction ?? 'prev';
    const tx = this.db.transaction('articles');
    const index = tx.store.index(options.outlet !== undefined ? 'outlet' : (options.order ?? 'date'));
    const range = options.outlet !== undefined ? IDBKeyRange.only(options.outlet) : undefined;
    let cursor = await index.openCursor(range, direction);
    if (cursor && options.offset) cursor = await cursor.advance(options.offset);
    const out: LibraryEntry[] = [];
    while (cursor && out.length < limit) {
      const record = this.readable(cursor.value);
      if (record) out.push(entryOf(record));
      cursor = await cursor.continue();
    }
    await tx.done;
    return out;
  }

  /** Outlets in the library with how many articles each, most first. */
  async outlets(): Promise<{ outlet: string; count: number }[]> {
    const counts = new Map<string, number>();
    const tx = this.db.transaction('articles');
    for (let cursor = await tx.store.index('outlet').openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
      const outlet = cursor.key;
      counts.set(outlet, await tx.store.index('outlet').count(outlet));
    }
    await tx.done;
    return [...counts].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => b.count - a.count || a.outlet.localeCompare(b.outlet));
  }

  /** Every readable record in id order, at most `batch` at a time (export, rebuilding the engine). */
  async *records(batch = 500): AsyncGenerator<LibraryRecord[]> {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const records = await this.db.getAll('articles', range, batch);
      if (records.length === 0) return;
      yield records.filter((r) => this.readable(r));
      after = records[records.length - 1]!.id;
    }
  }

  /** Changes after `seq`, in order. */
  async changesSince(seq: number): Promise<ChangeRecord[]> {
    return this.db.getAll('changes', IDBKeyRange.lowerBound(seq, true));
  }

  /** Number of the latest change (0 when none is logged). */
  async lastSeq(): Promise<number> {
    const cursor = await this.db.transaction('changes').store.openKeyCursor(null, 'prev');
    return cursor?.key ?? 0;
  }

  async readEngine(): Promise<EngineRecord | undefined> {
    return this.db.get('engine', 'current');
  }

  /** Store the engine's snapshot and forget the changes it includes. */
  async writeEngine(record: EngineRecord): Promise<void> {
    const tx = this.db.transaction(['engine', 'changes'], 'readwrite');
    try {
      await Promise.all([
        tx.objectStore('engine').put(record, 'current'),
        tx.objectStore('changes').delete(IDBKeyRange.upperBound(record.seq)),
        tx.done,
      ]);
    } catch (error) {
      throw asStorageError(error);
    }
  }
}

function recordRef(record: LibraryRecord | undefined): { id: string; textKey: string } | undefined {
  return record ? { id: record.id, textKey: record.textKey } : undefined;
}

function asStorageError(error: unknown): unknown {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError' || (name === 'AbortError' && /quota/i.test(String((error as Error).message)))) {
    return new LibraryQuotaError('The browser refused to store more: the storage it allows Jejak is full.');
  }
  return error;
}
