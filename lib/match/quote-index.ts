/**
 * Candidate lookup for quote matching.
 *
 * Two wordings of one statement share runs of words even after a word is
 * swapped; two statements on the same topic share single words ("NATO",
 * "Ukraina", "dukungan") but few runs. So the index maps each pair of
 * consecutive stemmed words (a bigram) to the quotes containing it, and a
 * page quote's candidates are the quotes sharing the most bigrams with it.
 * Only those few candidates are then aligned word by word (align.ts).
 *
 * A one-word quote has no bigram, so quotes of up to SHORT_QUOTE_WORDS words
 * are also filed under each single stem; a short page quote looks up its
 * rarest stem there. (Matching lets a short quote match only an identical
 * short quote, so long quotes need no single-stem entries.)
 *
 * The index is incremental: `add` and `remove` work one article at a time,
 * so a reader's library can grow and shrink without a rebuild. It holds no
 * tokenized copies of quotes (they would cost far more memory than the
 * postings); candidates are split into words when they are aligned, and the
 * most recent splits are cached.
 */
import { normalizeText, stem, words } from '../text/tokens';
import type { Quote } from '../types';
import { alignmentWords, type AlignWord } from './align';

/** Quotes this short are matched only when identical (see quote-match.ts). */
export const SHORT_QUOTE_WORDS = 3;

/** Where an indexed article came from; used to leave the page's own copy out. */
export interface QuoteSourceMeta {
  url?: string;
  outlet?: string;
}

export interface IndexedQuote {
  articleId: string;
  quote: Quote;
  /** Position of the quote in its article: consecutive quotes may be one split statement. */
  order: number;
  meta?: QuoteSourceMeta;
}

export interface QuoteCandidate {
  entry: IndexedQuote;
  /** Bigrams (or, for short quotes, stems) shared with the query. */
  sharedKeys: number;
}

export interface CandidateOptions {
  /** Most candidates returned, best first. */
  limit?: number;
  excludeArticleId?: string;
  excludeUrl?: string;
}

const DEFAULT_CANDIDATE_LIMIT = 40;
/** A bigram in more quotes than this is skipped when the query has rarer
 * ones: "terhadap ukraina" says nothing about which statement it is, and
 * walking its postings would be most of the lookup's cost. */
const COMMON_KEY_POSTINGS = 2000;
const WORDS_CACHE_LIMIT = 4000;

/** Stemmed lookup keys of a quote: its bigrams, plus single stems when it is short. */
export function quoteKeys(text: string): string[] {
  const stems = words(normalizeText(text)).map(stem);
  const keys = new Set<string>();
  for (let i = 0; i + 1 < stems.length; i++) keys.add(`${stems[i]} ${stems[i + 1]}`);
  if (stems.length <= SHORT_QUOTE_WORDS) for (const s of stems) keys.add(`1:${s}`);
  return [...keys];
}

export class QuoteIndex {
  /** Slot per indexed quote; freed slots are reused. */
  private readonly entries: (IndexedQuote | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly slotsByArticle = new Map<string, number[]>();
  private readonly wordsCache = new Map<string, AlignWord[]>();
  private quoteCount = 0;
  /** Shared-key counts per slot during a lookup, all zero between lookups. */
  private counter = new Uint32Array(0);

  /** Number of quotes indexed. */
  get size(): number {
    return this.quoteCount;
  }

  get articleCount(): number {
    return this.slotsByArticle.size;
  }

  /** Index an article's quotes in reading order, replacing any earlier version of the article. */
  add(articleId: string, quotes: Quote[], meta?: QuoteSourceMeta): void {
    this.remove(articleId);
    const slots: number[] = [];
    quotes.forEach((quote, order) => {
      if (typeof quote?.text !== 'string') {
        throw new TypeError(`Quote ${order} of article "${articleId}" has no text`);
      }
      const slot = this.freeSlots.pop() ?? this.entries.length;
      this.entries[slot] = { articleId, quote, order, meta };
      slots.push(slot);
      for (const key of quoteKeys(quote.text)) {
        const list = this.postings.get(key);
        if (list) list.push(slot);
        else this.postings.set(key, [slot]);
      }
    });
    this.slotsByArticle.set(articleId, slots);
    this.quoteCount += slots.length;
  }

  /** Forget an article's quotes. Returns false if it was not indexed. */
  remove(articleId: string): boolean {
    const slots = this.slotsByArticle.get(articleId);
    if (!slots) return false;
    for (const slot of slots) {
      const entry = this.entries[slot];
      if (!entry) continue;
      for (const key of quoteKeys(entry.quote.text)) {
        const list = this.postings.get(key);
        if (!list) continue;
        const at = list.indexOf(slot);
        if (at >= 0) {
          list[at] = list[list.length - 1]!;
          list.pop();
        }
        if (list.length === 0) this.postings.delete(key);
      }
      this.wordsCache.delete(entry.quote.id);
      this.entries[slot] = undefined;
      this.freeSlots.push(slot);
    }
    this.slotsByArticle.delete(articleId);
    this.quoteCount -= slots.length;
    return true;
  }

  has(articleId: string): boolean {
    return this.slotsByArticle.has(articleId);
  }

  /** The quotes of one article, in reading order. */
  articleQuotes(articleId: string): IndexedQuote[] {
    const out: IndexedQuote[] = [];
    for (const slot of this.slotsByArticle.get(articleId) ?? []) {
      const entry = this.entries[slot];
      if (entry) out.push(entry);
    }
    return out;
  }

  private counterFor(slots: number): Uint32Array {
    if (this.counter.length < slots) this.counter = new Uint32Array(Math.max(slots, this.counter.length * 2, 1024));
    return this.counter;
  }

  /** An indexed quote split into alignment words (cached). */
  wordsOf(entry: IndexedQuote): AlignWord[] {
    const id = entry.quote.id;
    let cached = this.wordsCache.get(id);
    if (cached) return cached;
    cached = alignmentWords(entry.quote.text);
    if (this.wordsCache.size >= WORDS_CACHE_LIMIT) this.wordsCache.clear();
    this.wordsCache.set(id, cached);
    return cached;
  }

  /**
   * Quotes sharing the most lookup keys with `text`, best first. A quote
   * with more than one key needs two shared keys: one shared word pair
   * ("kami akan") is what unrelated quotes have in common.
   */
  candidates(text: string, options: CandidateOptions = {}): QuoteCandidate[] {
    const limit = options.limit ?? DEFAULT_CANDIDATE_LIMIT;
    const stems = words(normalizeText(text)).map(stem);
    if (stems.length === 0) return [];
    let keys = quoteKeys(text);
    if (stems.length > SHORT_QUOTE_WORDS) {
      const rare = keys.filter((k) => (this.postings.get(k)?.length ?? 0) <= COMMON_KEY_POSTINGS);
      if (rare.length > 0) keys = rare;
    }
    const excludeUrl = options.excludeUrl ? comparableUrl(options.excludeUrl) : undefined;
    // Counting in a typed array, not a Map: a lookup walks tens of thousands
    // of postings in a large library, and this is most of its cost.
    const counts = this.counterFor(this.entries.length);
    const touched: number[] = [];
    for (const key of keys) {
      for (const slot of this.postings.get(key) ?? []) {
        const count = counts[slot]!;
        if (count === 0) touched.push(slot);
        counts[slot] = count + 1;
      }
    }
    const minShared = Math.min(2, keys.length);
    const eligible: number[] = [];
    for (const slot of touched) {
      if (counts[slot]! < minShared) continue;
      const entry = this.entries[slot];
      if (!entry || entry.articleId === options.excludeArticleId) continue;
      if (excludeUrl && entry.meta?.url && comparableUrl(entry.meta.url) === excludeUrl) continue;
      eligible.push(slot);
    }
    // Most shared keys first; among equals, the earlier indexed (a stable, cheap order).
    eligible.sort((x, y) => counts[y]! - counts[x]! || x - y);
    const out: QuoteCandidate[] = eligible.slice(0, limit).map((slot) => ({ entry: this.entries[slot]!, sharedKeys: counts[slot]! }));
    for (const slot of touched) counts[slot] = 0;
    return out;
  }

  /**
   * The index as plain data (typed arrays and plain objects, structured-clone
   * friendly) for storing it, and `fromSnapshot` for loading it back without
   * re-splitting any quote: slots, postings and free slots come back exactly
   * as they were, so every lookup answers as before.
   */
  snapshot(): QuoteIndexSnapshot {
    const postings = toRows(this.postings);
    const articles = toRows(this.slotsByArticle);
    return {
      entries: this.entries.map((entry) => entry ?? null),
      freeSlots: Int32Array.from(this.freeSlots),
      keys: postings.names,
      offsets: postings.offsets,
      slots: postings.values,
      articles: articles.names,
      articleOffsets: articles.offsets,
      articleSlots: articles.values,
    };
  }

  static fromSnapshot(snapshot: QuoteIndexSnapshot): QuoteIndex {
    const index = new QuoteIndex();
    for (const entry of snapshot.entries) index.entries.push(entry ?? undefined);
    for (const slot of snapshot.freeSlots) index.freeSlots.push(slot);
    snapshot.keys.forEach((key, i) => {
      index.postings.set(key, Array.from(snapshot.slots.subarray(snapshot.offsets[i], snapshot.offsets[i + 1])));
    });
    snapshot.articles.forEach((articleId, i) => {
      const list = Array.from(snapshot.articleSlots.subarray(snapshot.articleOffsets[i], snapshot.articleOffsets[i + 1]));
      index.slotsByArticle.set(articleId, list);
      index.quoteCount += list.length;
    });
    return index;
  }
}

/** Lists by name as compressed sparse rows: list i is `values[offsets[i]..offsets[i+1]]`. */
function toRows(lists: Map<string, number[]>): { names: string[]; offsets: Int32Array; values: Int32Array } {
  const names: string[] = [];
  const offsets = new Int32Array(lists.size + 1);
  let total = 0;
  for (const list of lists.values()) total += list.length;
  const values = new Int32Array(total);
  let at = 0;
  for (const [name, list] of lists) {
    offsets[names.length] = at;
    names.push(name);
    values.set(list, at);
    at += list.length;
  }
  offsets[names.length] = at;
  return { names, offsets, values };
}

/** QuoteIndex as stored: entries by slot (null for a free slot), postings and
 * each article's slots as compressed sparse rows (`offsets[i]..offsets[i+1]`). */
export interface QuoteIndexSnapshot {
  entries: (IndexedQuote | null)[];
  freeSlots: Int32Array;
  keys: string[];
  offsets: Int32Array;
  slots: Int32Array;
  articles: string[];
  articleOffsets: Int32Array;
  articleSlots: Int32Array;
}

/** The same page reached as http/https, with or without "www.", a fragment or a trailing slash. */
function comparableUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '');
}
