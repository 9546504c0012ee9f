/**
 * What the engine keeps of every article besides its search structures:
 * enough to summarise it in a result, date it, and recognise the page's own
 * copy, without its text. A library of tens of thousands of articles keeps
 * only this in memory; the text stays in storage.
 *
 * Kept in columns, not as an object per article: each article's summary is
 * one run of UTF-8 JSON in a shared byte array, its paragraph hashes a run
 * of one shared Float64Array. An entry is made into an object only when it
 * is asked for (the few articles a result shows), and loading a snapshot
 * takes its arrays over.
 */
import type { DateConflict } from '../types';
import { withCapacity } from './columns';

/** Where an indexed article came from: the index bundled with Jejak, or the reader's own library. */
export type ArticleOrigin = 'bundled' | 'library';

/** One article as the engine keeps it. */
export interface EngineArticle {
  id: string;
  url?: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  dateConflict?: DateConflict;
  /** First sentence of the body (lib/response.ts leadSentence). */
  lead: string;
  quoteCount: number;
  origin: ArticleOrigin;
  /** Hashes of the comparable text of its long paragraphs (how the page's own copy is recognised). */
  paragraphHashes: number[];
}

/** The fields stored as a row's JSON: all but those kept in columns of their own. */
type StoredSummary = Omit<EngineArticle, 'id' | 'origin' | 'publishedAt' | 'paragraphHashes'>;

const ORIGINS: readonly ArticleOrigin[] = ['bundled', 'library'];

/** Removed rows are dropped (rows renumbered) once they are this many... */
const COMPACT_AFTER_DEAD_ROWS = 1000;
/** ...and at least this share of all rows. */
const COMPACT_DEAD_SHARE = 0.25;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The article table as stored: rows in order, removed ones left out; row r's runs are `offsets[r]..offsets[r + 1]`. */
export interface ArticleTableSnapshot {
  ids: string[];
  /** Index into ['bundled', 'library']. */
  origins: Uint8Array;
  /** The canonical URL of each row's article (engine.ts canonicalUrl), null where it has none. */
  canonicalUrls: (string | null)[];
  /** Each row's publishedAt, null where it has none (kept apart: quote matching dates hundreds of articles per page). */
  publishedAt: (string | null)[];
  summaryOffsets: Int32Array;
  /** UTF-8 JSON of each row's summary fields. */
  summaries: Uint8Array;
  hashOffsets: Int32Array;
  hashes: Float64Array;
}

export class ArticleTable {
  /** Article id by row; null marks a removed article's row. */
  private ids: (string | null)[] = [];
  private readonly rowById = new Map<string, number>();
  private origins: Uint8Array = new Uint8Array(0);
  private canonicalUrls: (string | null)[] = [];
  private dates: (string | null)[] = [];
  /** The articles at each canonical URL, in the order added (an indexed article and the reader's saved copy may share one). */
  private readonly idsByUrl = new Map<string, string[]>();
  private summaryOffsets: Int32Array = new Int32Array(1);
  private summaries: Uint8Array = new Uint8Array(0);
  private hashOffsets: Int32Array = new Int32Array(1);
  private hashes: Float64Array = new Float64Array(0);

  get size(): number {
    return this.rowById.size;
  }

  has(id: string): boolean {
    return this.rowById.has(id);
  }

  /** Add an article, or replace the one with its id. */
  set(entry: EngineArticle, canonicalUrl: string | undefined): void {
    this.delete(entry.id);
    const row = this.ids.length;
    const { id, origin, publishedAt, paragraphHashes, ...summary } = entry;
    this.ids.push(id);
    this.rowById.set(id, row);
    this.origins = withCapacity(this.origins, row + 1);
    this.origins[row] = ORIGINS.indexOf(origin);
    this.canonicalUrls.push(canonicalUrl ?? null);
    if (canonicalUrl) this.addUrl(canonicalUrl, id);
    this.dates.push(publishedAt ?? null);

    const json = encoder.encode(JSON.stringify(summary satisfies StoredSummary));
    const at = this.summaryOffsets[row]!;
    this.summaries = withCapacity(this.summaries, at + json.length);
    this.summaries.set(json, at);
    this.summaryOffsets = withCapacity(this.summaryOffsets, row + 2);
    this.summaryOffsets[row + 1] = at + json.length;

    const hashesAt = this.hashOffsets[row]!;
    this.hashes = withCapacity(this.hashes, hashesAt + paragraphHashes.length);
    this.hashes.set(paragraphHashes, hashesAt);
    this.hashOffsets = withCapacity(this.hashOffsets, row + 2);
    this.hashOffsets[row + 1] = hashesAt + paragraphHashes.length;
  }

  delete(id: string): boolean {
    const row = this.rowById.get(id);
    if (row === undefined) return false;
    this.ids[row] = null;
    this.rowById.delete(id);
    const url = this.canonicalUrls[row];
    const atUrl = url ? this.idsByUrl.get(url)?.filter((other) => other !== id) : undefined;
    if (atUrl?.length) this.idsByUrl.set(url!, atUrl);
    else if (url) this.idsByUrl.delete(url);
    const dead = this.ids.length - this.rowById.size;
    if (dead > COMPACT_AFTER_DEAD_ROWS && dead > this.ids.length * COMPACT_DEAD_SHARE) this.load(this.snapshot());
    return true;
  }

  get(id: string): EngineArticle | undefined {
    const row = this.rowById.get(id);
    return row === undefined ? undefined : this.entryAt(row);
  }

  /** The article holding a canonical URL, if any (the last added, where several do). */
  idForUrl(canonicalUrl: string): string | undefined {
    return this.idsByUrl.get(canonicalUrl)?.at(-1);
  }

  /** Every article at a canonical URL, the last added first. */
  idsForUrl(canonicalUrl: string): string[] {
    return [...(this.idsByUrl.get(canonicalUrl) ?? [])].reverse();
  }

  private addUrl(canonicalUrl: string, id: string): void {
    const atUrl = this.idsByUrl.get(canonicalUrl);
    if (atUrl) atUrl.push(id);
    else this.idsByUrl.set(canonicalUrl, [id]);
  }

  /** An article's canonical URL (engine.ts `canonicalUrl`), without making its entry. */
  canonicalUrl(id: string): string | undefined {
    const row = this.rowById.get(id);
    return row === undefined ? undefined : (this.canonicalUrls[row] ?? undefined);
  }

  /** An article's publishedAt, without making its entry. */
  publishedAt(id: string): string | undefined {
    const row = this.rowById.get(id);
    return row === undefined ? undefined : (this.dates[row] ?? undefined);
  }

  /** An article's paragraph hashes (a view: read it, do not keep it). */
  paragraphHashes(id: string): Float64Array | undefined {
    const row = this.rowById.get(id);
    return row === undefined ? undefined : this.hashes.subarray(this.hashOffsets[row], this.hashOffsets[row + 1]);
  }

  /** Every article, in the order added, each made into an object as the iteration reaches it. */
  *values(): IterableIterator<EngineArticle> {
    for (let row = 0; row < this.ids.length; row++) if (this.ids[row] !== null) yield this.entryAt(row);
  }

  /** The ids of the articles from one origin, in the order added (no entry is made). */
  *idsFrom(origin: ArticleOrigin): IterableIterator<string> {
    const code = ORIGINS.indexOf(origin);
    for (let row = 0; row < this.ids.length; row++) if (this.ids[row] !== null && this.origins[row] === code) yield this.ids[row]!;
  }

  /** The canonical URLs of the articles from one origin (no entry is made). */
  *canonicalUrlsFrom(origin: ArticleOrigin): IterableIterator<string> {
    const code = ORIGINS.indexOf(origin);
    for (let row = 0; row < this.ids.length; row++) {
      const url = this.canonicalUrls[row];
      if (this.ids[row] !== null && this.origins[row] === code && url) yield url;
    }
  }

  private entryAt(row: number): EngineArticle {
    const json = decoder.decode(this.summaries.subarray(this.summaryOffsets[row], this.summaryOffsets[row + 1]));
    const entry: EngineArticle = {
      id: this.ids[row]!,
      ...(JSON.parse(json) as StoredSummary),
      origin: ORIGINS[this.origins[row]!]!,
      paragraphHashes: Array.from(this.hashes.subarray(this.hashOffsets[row], this.hashOffsets[row + 1])),
    };
    const publishedAt = this.dates[row];
    if (publishedAt !== null && publishedAt !== undefined) entry.publishedAt = publishedAt;
    return entry;
  }

  snapshot(): ArticleTableSnapshot {
    const rows: number[] = [];
    for (let row = 0; row < this.ids.length; row++) if (this.ids[row] !== null) rows.push(row);
    const summaryOffsets = new Int32Array(rows.length + 1);
    const hashOffsets = new Int32Array(rows.length + 1);
    let summaryBytes = 0;
    let hashCount = 0;
    rows.forEach((row, i) => {
      summaryBytes += this.summaryOffsets[row + 1]! - this.summaryOffsets[row]!;
      summaryOffsets[i + 1] = summaryBytes;
      hashCount += this.hashOffsets[row + 1]! - this.hashOffsets[row]!;
      hashOffsets[i + 1] = hashCount;
    });
    const summaries = new Uint8Array(summaryBytes);
    const hashes = new Float64Array(hashCount);
    rows.forEach((row, i) => {
      summaries.set(this.summaries.subarray(this.summaryOffsets[row], this.summaryOffsets[row + 1]), summaryOffsets[i]);
      hashes.set(this.hashes.subarray(this.hashOffsets[row], this.hashOffsets[row + 1]), hashOffsets[i]);
    });
    return {
      ids: rows.map((row) => this.ids[row]!),
      origins: Uint8Array.from(rows, (row) => this.origins[row]!),
      canonicalUrls: rows.map((row) => this.canonicalUrls[row] ?? null),
      publishedAt: rows.map((row) => this.dates[row] ?? null),
      summaryOffsets,
      summaries,
      hashOffsets,
      hashes,
    };
  }

  static fromSnapshot(snapshot: ArticleTableSnapshot): ArticleTable {
    const table = new ArticleTable();
    table.load(snapshot);
    return table;
  }

  /** Take a snapshot's arrays over as the table. */
  private load(s: ArticleTableSnapshot): void {
    this.ids = s.ids;
    this.origins = s.origins;
    this.canonicalUrls = s.canonicalUrls;
    this.dates = s.publishedAt;
    this.summaryOffsets = s.summaryOffsets;
    this.summaries = s.summaries;
    this.hashOffsets = s.hashOffsets;
    this.hashes = s.hashes;
    this.rowById.clear();
    this.idsByUrl.clear();
    s.ids.forEach((id, row) => {
      this.rowById.set(id, row);
      const url = s.canonicalUrls[row];
      if (url) this.addUrl(url, id);
    });
  }
}
