/**
 * The engine over the bundled index and the reader's library together, kept
 * in step with the library store and loaded from its snapshot.
 *
 * A restarted background loads the engine's latest snapshot (no article is
 * re-read, no structure rebuilt) and replays only the changes logged since.
 * Only when there is no usable snapshot (the first start, a snapshot of an
 * older engine version, or one that cannot be loaded) is the engine built
 * from the stored articles, once; `save` then stores a new snapshot and trims
 * the change log. A stored record Jejak cannot use is passed over, and the
 * load says so once in the extension's log.
 */
import { createEngine, Engine, isCurrentSnapshot } from '../match/engine';
import type { JejakIndex } from '../index/format';
import type { Article } from '../types';
import type { LibraryStore } from './store';
import type { EngineRecord, LibraryRecord } from './schema';

export interface LoadReport {
  /** 'snapshot': loaded; 'rebuilt': built from the stored articles (no usable snapshot). */
  from: 'snapshot' | 'rebuilt';
  /** Library changes applied on top. */
  replayed: number;
  ms: number;
}

/** After storing a snapshot, an engine that took in more articles than this one by one is compacted (Engine.compact): an import then leaves the background holding no more than a restart would. */
const COMPACT_AFTER_ADDED = 500;

/**
 * Library changes a stored snapshot may lack before it is due to be stored
 * again. Storing writes the whole engine (31.5 MB in 0.7 s for 10,000
 * articles in `npm run bench`); replaying a change at the next start adds
 * one article (about a millisecond). Stored after every article read, a
 * large library would cost a full write per page for a replay of a few
 * milliseconds saved.
 */
export const SAVE_AFTER_CHANGES = 20;

/** Records fetched per step when following the change log. */
const REPLAY_BATCH = 200;

/** Identifies a bundled index: a snapshot built with another one gets the new one's articles. */
export function bundledStamp(index: Pick<JejakIndex, 'builtAt' | 'articles'>): string {
  return `${index.builtAt}/${index.articles.length}`;
}

/**
 * The index bundled with Jejak, as the engine needs it: read only when
 * needed (the extension ships it as files: its engine's snapshot, and the
 * articles for their text), never held as a script.
 */
export interface BundledIndex {
  /** Which bundled index this is (`bundledStamp`): a stored snapshot made with another gets this one's articles. */
  stamp: string;
  /** A new engine holding the bundled index alone. */
  engine(): Promise<Engine>;
  /** The bundled articles, with their text. */
  articles(): Promise<readonly Article[]>;
}

/** A bundled index held in memory (tests, tools): its engine built from its articles. */
export function bundledFromIndex(index: JejakIndex): BundledIndex {
  return { stamp: bundledStamp(index), engine: async () => createEngine(index), articles: async () => index.articles };
}

/** A stored snapshot's engine, or undefined where the snapshot cannot be loaded (it is then rebuilt from the articles). */
function loadedSnapshot(stored: EngineRecord): Engine | undefined {
  try {
    return Engine.fromSnapshot(stored.snapshot);
  } catch (error) {
    console.warn('Jejak: the stored engine snapshot could not be loaded; rebuilding it from the library', error);
    return undefined;
  }
}

/** Add a library record to the engine; one the engine cannot index is taken out again and counted unreadable. */
function addRecord(engine: Engine, store: LibraryStore, record: LibraryRecord): void {
  try {
    engine.add(record.article, { keepText: false, origin: 'library' });
  } catch {
    engine.remove(record.article.id);
    store.unreadable.add(record.id);
  }
}

export class LibraryEngine {
  private constructor(
    private readonly store: LibraryStore,
    private readonly bundled: BundledIndex,
    public engine: Engine,
    private seq: number,
    /** No stored snapshot holds this engine's articles (built from the stored articles, or with another bundled index). */
    private needsSnapshot: boolean,
  ) {}

  /** Library changes applied since the stored snapshot. */
  private changesUnsaved = 0;

  static async load(store: LibraryStore, bundled: BundledIndex): Promise<{ library: LibraryEngine; report: LoadReport }> {
    const started = performance.now();
    const stamp = bundled.stamp;
    const stored = await store.readEngine();
    let library: LibraryEngine;
    let from: LoadReport['from'];
    const engine = stored && isCurrentSnapshot(stored.snapshot) ? loadedSnapshot(stored) : undefined;
    if (stored && engine) {
      library = new LibraryEngine(store, bundled, engine, stored.seq, false);
      // The bundled articles' text is not kept in memory: `getArticle` is answered from `bundled.articles()` where needed.
      if (stored.bundledStamp !== stamp) await library.replaceBundled();
      from = 'snapshot';
    } else {
      // Changes logged from here on are replayed below; those already in the articles are harmless to apply again.
      const seq = await store.lastSeq();
      const engine = await bundled.engine();
      for await (const records of store.records()) {
        for (const record of records) addRecord(engine, store, record);
      }
      library = new LibraryEngine(store, bundled, engine, seq, true);
      from = 'rebuilt';
    }
    const replayed = await library.sync();
    if (store.unreadable.size > 0) {
      console.warn(`Jejak: ${store.unreadable.size} records in the library could not be read and were passed over (${[...store.unreadable].slice(0, 5).join(', ')})`);
    }
    return { library, report: { from, replayed, ms: performance.now() - started } };
  }

  /** Whether the engine holds changes its stored snapshot lacks. */
  get unsaved(): boolean {
    return this.needsSnapshot || this.changesUnsaved > 0;
  }

  /** Whether the snapshot should be stored now: none holds these articles, or SAVE_AFTER_CHANGES changes would be replayed at the next start. */
  get saveDue(): boolean {
    return this.needsSnapshot || this.changesUnsaved >= SAVE_AFTER_CHANGES;
  }

  /** Apply the library changes logged since the engine last looked; returns how many. */
  async sync(): Promise<number> {
    const changes = await this.store.changesSince(this.seq);
    for (let at = 0; at < changes.length; at += REPLAY_BATCH) {
      const batch = changes.slice(at, at + REPLAY_BATCH);
      const putIds = batch.filter((c) => c.op === 'put' && c.id).map((c) => c.id!);
      const records = new Map((await this.store.getMany(putIds)).filter((r) => r !== undefined).map((r) => [r.id, r]));
      for (const change of batch) {
        if (change.op === 'clear') this.dropLibrary();
        else if (change.op === 'delete' && change.id) this.engine.remove(change.id);
        else if (change.op === 'put' && change.id) {
          // Deleted again since: the delete follows in the log.
          const record = records.get(change.id);
          if (record) addRecord(this.engine, this.store, record);
        }
        this.seq = Math.max(this.seq, change.seq ?? this.seq);
      }
    }
    this.changesUnsaved += changes.length;
    return changes.length;
  }

  /** Store the engine's snapshot, so the next start loads instead of rebuilding. */
  async save(): Promise<void> {
    if (!this.unsaved) return;
    const seq = this.seq;
    const changes = this.changesUnsaved;
    await this.store.writeEngine({ seq, bundledStamp: this.bundled.stamp, snapshot: this.engine.snapshot() });
    this.needsSnapshot = false;
    // Changes applied while writing are still unsaved.
    this.changesUnsaved -= changes;
    if (this.engine.addedSinceCompact > COMPACT_AFTER_ADDED) this.engine.compact();
  }

  private async replaceBundled(): Promise<void> {
    const articles = await this.bundled.articles();
    for (const id of [...this.engine.idsFrom('bundled')]) this.engine.remove(id);
    for (const article of articles) this.engine.add(article, { keepText: false, origin: 'bundled' });
    this.needsSnapshot = true;
  }

  private dropLibrary(): void {
    for (const id of [...this.engine.idsFrom('library')]) this.engine.remove(id);
  }
}
