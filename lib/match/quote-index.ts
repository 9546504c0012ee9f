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
 *
 * A restarted background loads the index from its snapshot with no object
 * per quote or per key: postings stay the snapshot's typed arrays (keys
 * sorted, found by binary search), quote texts one string with offsets,
 * speakers and cues numbers into small tables, ranges numbers. A quote is
 * made into an object only when a lookup returns it. Articles added after
 * loading are kept as given until the next snapshot folds them in; a
 * removed quote leaves a hole in the loaded postings that lookups skip.
 */
import { normalizeText, stem, words } from '../text/tokens';
import type { Quote, Speaker } from '../types';
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
  /** Holds every key the lookup used: a quote in the query's very words always does. */
  everyKey: boolean;
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
/** Index quotes kept split into alignment words: about as many as one page's
 * analysis weighs (600–900 on the benchmark's 1,500-word pages). Each costs
 * about 3 KB, so a background serving page after page holds about 3 MB of
 * them (at 4,000 it held 7.5 MB, with no measurable gain in speed). */
const WORDS_CACHE_LIMIT = 1000;

/** Stemmed lookup keys of a quote: its bigrams, plus single stems when it is short. */
export function quoteKeys(text: string): string[] {
  const stems = words(normalizeText(text)).map(stem);
  const keys = new Set<string>();
  for (let i = 0; i + 1 < stems.length; i++) keys.add(`${stems[i]} ${stems[i + 1]}`);
  if (stems.length <= SHORT_QUOTE_WORDS) for (const s of stems) keys.add(`1:${s}`);
  return [...keys];
}

/** Typed arrays of the index may be views over a snapshot file's buffer. */
type Ints = Int32Array<ArrayBufferLike>;

/** Quote fields kept in columns; a quote with anything else is kept whole (see `odd`). */
const QUOTE_FIELDS = new Set(['id', 'text', 'speaker', 'cue', 'range']);
const SPEAKER_FIELDS = ['id', 'name', 'asWritten'] as const;
const RANGE_FIELDS = ['paragraph', 'start', 'endParagraph', 'end'] as const;
/** Numbers per slot in `ranges`: one per TextRange field. */
const RANGE_WIDTH = RANGE_FIELDS.length;
/** Column value for "none" (a free slot's article, a quote without speaker or cue). */
const NONE = -1;
/** Quotes materialised from the columns kept at once (candidates and their neighbours of a few page analyses). */
const ENTRY_CACHE_LIMIT = 4000;

/** The id a quote gets from its article and position (types.ts Quote.id); any other id is kept as written. */
const standardQuoteId = (articleId: string, order: number) => `${articleId}#q${order}`;

/** True when a quote has exactly the fields the columns keep, in their usual shape. */
function columnar(quote: Quote): boolean {
  for (const key of Object.keys(quote)) if (!QUOTE_FIELDS.has(key)) return false;
  if (typeof quote.id !== 'string') return false;
  if (quote.cue !== undefined && typeof quote.cue !== 'string') return false;
  if ('cue' in quote && quote.cue === undefined) return false;
  if ('speaker' in quote && quote.speaker === undefined) return false;
  const speaker = quote.speaker as unknown as Record<string, unknown> | undefined;
  if (speaker !== undefined) {
    if (typeof speaker !== 'object' || speaker === null || Object.keys(speaker).length !== SPEAKER_FIELDS.length) return false;
    if (!SPEAKER_FIELDS.every((f) => typeof speaker[f] === 'string')) return false;
  }
  const range = quote.range as unknown as Record<string, unknown> | undefined;
  if (typeof range !== 'object' || range === null || Object.keys(range).length !== RANGE_FIELDS.length) return false;
  return RANGE_FIELDS.every((f) => Number.isInteger(range[f]) && (range[f] as number) >= -2147483648 && (range[f] as number) <= 2147483647);
}

/** An Int32Array at least `length` long holding `array`'s values, the rest `fill`. */
function grown(array: Ints, length: number, fill: number): Ints {
  if (array.length >= length) return array;
  const out = new Int32Array(Math.max(length, array.length * 2, 1024)).fill(fill);
  out.set(array);
  return out;
}

export class QuoteIndex {
  /** Slots in use or freed (the next new slot's number); freed slots are reused. */
  private slotCount = 0;
  private freeSlots: number[] = [];
  /** Article row of each slot (NONE when free) and the quote's position in its article. */
  private slotArticle: Ints = new Int32Array(0);
  private slotOrder: Ints = new Int32Array(0);
  /** Quotes added since the index was loaded, as given. */
  private readonly added = new Map<number, Quote>();
  /** Quotes loaded from a snapshot, by column: the text as offsets into one string, speaker and cue by number, the range's numbers. */
  private texts = '';
  private textOffsets: Ints = new Int32Array(1);
  private speakers: string[] = [];
  private slotSpeaker: Ints = new Int32Array(0);
  private cues: string[] = [];
  private slotCue: Ints = new Int32Array(0);
  private ranges: Ints = new Int32Array(0);
  /** Loaded quotes with another id than `standardQuoteId`, or another shape than the columns keep (JSON without text). */
  private readonly oddIds = new Map<number, string>();
  private readonly oddQuotes = new Map<number, string>();
  private readonly metas = new Map<number, QuoteSourceMeta>();
  /** Articles by row; freed rows are reused. */
  private articleIds: (string | undefined)[] = [];
  private articleSlots: (Ints | undefined)[] = [];
  private readonly articleRows = new Map<string, number>();
  private freeRows: number[] = [];
  /** Postings as loaded: sorted keys, each key's slots `baseSlots[baseOffsets[i]..baseOffsets[i+1]]`, NONE where removed since. */
  private baseKeys: string[] = [];
  private baseOffsets: Ints = new Int32Array(1);
  private baseSlots: Ints = new Int32Array(0);
  private baseRemoved: Ints | undefined;
  /** Postings added since the index was loaded. */
  private readonly addedPostings = new Map<string, number[]>();
  private readonly entryCache = new Map<number, IndexedQuote>();
  private readonly wordsCache = new Map<string, AlignWord[]>();
  private quoteCount = 0;
  /** Shared-key counts per slot during a lookup, all zero between lookups. */
  private counter = new Uint32Array(0);

  /** Number of quotes indexed. */
  get size(): number {
    return this.quoteCount;
  }

  get articleCount(): number {
    return this.articleRows.size;
  }

  /** Index an article's quotes in reading order, replacing any earlier version of the article. */
  add(articleId: string, quotes: Quote[], meta?: QuoteSourceMeta): void {
    this.remove(articleId);
    quotes.forEach((quote, order) => {
      if (typeof quote?.text !== 'string') {
        throw new TypeError(`Quote ${order} of article "${articleId}" has no text`);
      }
    });
    const row = this.freeRows.pop() ?? this.articleIds.length;
    this.articleIds[row] = articleId;
    this.articleRows.set(articleId, row);
    const slots = new Int32Array(quotes.length);
    quotes.forEach((quote, order) => {
      const slot = this.freeSlots.pop() ?? this.slotCount++;
      this.slotArticle = grown(this.slotArticle, this.slotCount, NONE);
      this.slotOrder = grown(this.slotOrder, this.slotCount, 0);
      this.slotArticle[slot] = row;
      this.slotOrder[slot] = order;
      this.added.set(slot, quote);
      if (meta) this.metas.set(slot, meta);
      slots[order] = slot;
      for (const key of quoteKeys(quote.text)) {
        const list = this.addedPostings.get(key);
        if (list) list.push(slot);
        else this.addedPostings.set(key, [slot]);
      }
    });
    this.articleSlots[row] = slots;
    this.quoteCount += slots.length;
  }

  /** Forget an article's quotes. Returns false if it was not indexed. */
  remove(articleId: string): boolean {
    const row = this.articleRows.get(articleId);
    if (row === undefined) return false;
    const slots = this.articleSlots[row] ?? new Int32Array(0);
    for (const slot of slots) {
      const quote = this.quoteAt(slot);
      for (const key of quoteKeys(quote.text)) this.dropPosting(key, slot);
      this.wordsCache.delete(quote.id);
      this.entryCache.delete(slot);
      this.added.delete(slot);
      this.oddIds.delete(slot);
      this.oddQuotes.delete(slot);
      this.metas.delete(slot);
      this.slotArticle[slot] = NONE;
      this.freeSlots.push(slot);
    }
    this.articleRows.delete(articleId);
    this.articleIds[row] = undefined;
    this.articleSlots[row] = undefined;
    this.freeRows.push(row);
    this.quoteCount -= slots.length;
    return true;
  }

  private dropPosting(key: string, slot: number): void {
    const list = this.addedPostings.get(key);
    const at = list ? list.indexOf(slot) : -1;
    if (list && at >= 0) {
      list[at] = list[list.length - 1]!;
      list.pop();
      if (list.length === 0) this.addedPostings.delete(key);
      return;
    }
    const i = this.baseRow(key);
    if (i < 0) return;
    for (let p = this.baseOffsets[i]!; p < this.baseOffsets[i + 1]!; p++) {
      if (this.baseSlots[p] !== slot) continue;
      this.baseSlots[p] = NONE;
      this.baseRemoved ??= new Int32Array(this.baseKeys.length);
      this.baseRemoved[i]!++;
      return;
    }
  }

  /** The row of a loaded key (keys are sorted), or -1. */
  private baseRow(key: string): number {
    let lo = 0;
    let hi = this.baseKeys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.baseKeys[mid]!;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** How many quotes a key is filed under. */
  private postingCount(key: string): number {
    let count = this.addedPostings.get(key)?.length ?? 0;
    const i = this.baseRow(key);
    if (i >= 0) count += this.baseOffsets[i + 1]! - this.baseOffsets[i]! - (this.baseRemoved?.[i] ?? 0);
    return count;
  }

  has(articleId: string): boolean {
    return this.articleRows.has(articleId);
  }

  /** The quotes of one article, in reading order. */
  articleQuotes(articleId: string): IndexedQuote[] {
    const row = this.articleRows.get(articleId);
    if (row === undefined) return [];
    return Array.from(this.articleSlots[row] ?? [], (slot) => this.entryAt(slot));
  }

  /** The quote in a slot in use: as added, or built from the loaded columns. */
  private quoteAt(slot: number): Quote {
    const added = this.added.get(slot);
    if (added) return added;
    const text = this.texts.slice(this.textOffsets[slot], this.textOffsets[slot + 1]);
    const odd = this.oddQuotes.get(slot);
    if (odd !== undefined) return { ...(JSON.parse(odd) as Omit<Quote, 'text'>), text };
    const articleId = this.articleIds[this.slotArticle[slot]!]!;
    const quote = { id: this.oddIds.get(slot) ?? standardQuoteId(articleId, this.slotOrder[slot]!), text } as Quote;
    const speaker = this.slotSpeaker[slot]!;
    if (speaker !== NONE) quote.speaker = JSON.parse(this.speakers[speaker]!) as Speaker;
    const cue = this.slotCue[slot]!;
    if (cue !== NONE) quote.cue = this.cues[cue]!;
    const r = slot * RANGE_WIDTH;
    quote.range = { paragraph: this.ranges[r]!, start: this.ranges[r + 1]!, endParagraph: this.ranges[r + 2]!, end: this.ranges[r + 3]! };
    return quote;
  }

  /** The indexed quote in a slot in use, made once while it is among the recently used. */
  private entryAt(slot: number): IndexedQuote {
    let entry = this.entryCache.get(slot);
    if (entry) return entry;
    entry = { articleId: this.articleIds[this.slotArticle[slot]!]!, quote: this.quoteAt(slot), order: this.slotOrder[slot]! };
    const meta = this.metas.get(slot);
    if (meta) entry.meta = meta;
    if (this.entryCache.size >= ENTRY_CACHE_LIMIT) this.entryCache.clear();
    this.entryCache.set(slot, entry);
    return entry;
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
      const rare = keys.filter((k) => this.postingCount(k) <= COMMON_KEY_POSTINGS);
      if (rare.length > 0) keys = rare;
    }
    const excludeUrl = options.excludeUrl ? comparableUrl(options.excludeUrl) : undefined;
    const excludeRow = options.excludeArticleId === undefined ? undefined : this.articleRows.get(options.excludeArticleId);
    // Counting in a typed array, not a Map: a lookup walks tens of thousands
    // of postings in a large library, and this is most of its cost.
    const counts = this.counterFor(this.slotCount);
    const touched: number[] = [];
    const count = (slot: number) => {
      const c = counts[slot]!;
      if (c === 0) touched.push(slot);
      counts[slot] = c + 1;
    };
    for (const key of keys) {
      const i = this.baseRow(key);
      if (i >= 0) {
        for (let p = this.baseOffsets[i]!; p < this.baseOffsets[i + 1]!; p++) {
          const slot = this.baseSlots[p]!;
          if (slot !== NONE) count(slot);
        }
      }
      for (const slot of this.addedPostings.get(key) ?? []) count(slot);
    }
    const minShared = Math.min(2, keys.length);
    const eligible: number[] = [];
    for (const slot of touched) {
      if (counts[slot]! < minShared) continue;
      if (this.slotArticle[slot] === NONE || this.slotArticle[slot] === excludeRow) continue;
      const url = this.metas.get(slot)?.url;
      if (excludeUrl && url && comparableUrl(url) === excludeUrl) continue;
      eligible.push(slot);
    }
    const out: QuoteCandidate[] = firstInOrder(eligible, counts, limit).map((slot) => ({ entry: this.entryAt(slot), sharedKeys: counts[slot]!, everyKey: counts[slot] === keys.length }));
    for (const slot of touched) counts[slot] = 0;
    return out;
  }

  /**
   * The index as plain data (typed arrays, strings and plain objects,
   * structured-clone friendly) for storing it, and `fromSnapshot` for
   * loading it back without re-splitting any quote or making an object per
   * quote: slots, postings and free slots come back exactly as they were, so
   * every lookup answers as before.
   */
  snapshot(): QuoteIndexSnapshot {
    const n = this.slotCount;
    const textParts: string[] = [];
    const textOffsets = new Int32Array(n + 1);
    const slotArticle = new Int32Array(n).fill(NONE);
    const slotOrder = new Int32Array(n);
    const slotSpeaker = new Int32Array(n).fill(NONE);
    const slotCue = new Int32Array(n).fill(NONE);
    const ranges = new Int32Array(n * RANGE_WIDTH);
    const speakers = new Interned();
    const cues = new Interned();
    const oddIds: [number, string][] = [];
    const oddQuotes: [number, string][] = [];
    const metas: [number, QuoteSourceMeta][] = [];
    const articles: string[] = [];
    const articleOffsets = new Int32Array(this.articleRows.size + 1);
    const articleSlots = new Int32Array(this.quoteCount);
    let at = 0;
    let textLength = 0;
    for (const [articleId, row] of this.articleRows) {
      articleOffsets[articles.length] = at;
      const slots = this.articleSlots[row]!;
      articleSlots.set(slots, at);
      at += slots.length;
      for (const slot of slots) {
        slotArticle[slot] = articles.length;
        slotOrder[slot] = this.slotOrder[slot]!;
      }
      articles.push(articleId);
    }
    articleOffsets[articles.length] = at;
    for (let slot = 0; slot < n; slot++) {
      textOffsets[slot] = textLength;
      if (slotArticle[slot] === NONE) continue;
      const quote = this.quoteAt(slot);
      textParts.push(quote.text);
      textLength += quote.text.length;
      const meta = this.metas.get(slot);
      if (meta) metas.push([slot, meta]);
      if (!columnar(quote)) {
        const { text: _text, ...rest } = quote;
        oddQuotes.push([slot, JSON.stringify(rest)]);
        continue;
      }
      if (quote.id !== standardQuoteId(articles[slotArticle[slot]!]!, slotOrder[slot]!)) oddIds.push([slot, quote.id]);
      if (quote.speaker) slotSpeaker[slot] = speakers.number(JSON.stringify({ id: quote.speaker.id, name: quote.speaker.name, asWritten: quote.speaker.asWritten }));
      if (quote.cue !== undefined) slotCue[slot] = cues.number(quote.cue);
      RANGE_FIELDS.forEach((f, i) => (ranges[slot * RANGE_WIDTH + i] = quote.range[f]));
    }
    textOffsets[n] = textLength;
    const postings = this.mergedPostings();
    return {
      slotCount: n,
      freeSlots: Int32Array.from(this.freeSlots),
      slotArticle,
      slotOrder,
      texts: textParts.join(''),
      textOffsets,
      speakers: speakers.values,
      slotSpeaker,
      cues: cues.values,
      slotCue,
      ranges,
      oddIds,
      oddQuotes,
      metas,
      keys: postings.keys,
      offsets: postings.offsets,
      slots: postings.slots,
      articles,
      articleOffsets,
      articleSlots,
    };
  }

  /** Loaded and added postings together, keys sorted, removed slots left out. */
  private mergedPostings(): { keys: string[]; offsets: Int32Array; slots: Int32Array } {
    const keys = [...new Set([...this.baseKeys, ...this.addedPostings.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const lists: number[][] = [];
    let total = 0;
    const kept: string[] = [];
    for (const key of keys) {
      const list: number[] = [];
      const i = this.baseRow(key);
      if (i >= 0) for (let p = this.baseOffsets[i]!; p < this.baseOffsets[i + 1]!; p++) if (this.baseSlots[p] !== NONE) list.push(this.baseSlots[p]!);
      for (const slot of this.addedPostings.get(key) ?? []) list.push(slot);
      if (list.length === 0) continue;
      kept.push(key);
      lists.push(list);
      total += list.length;
    }
    const offsets = new Int32Array(kept.length + 1);
    const slots = new Int32Array(total);
    let at = 0;
    lists.forEach((list, i) => {
      offsets[i] = at;
      slots.set(list, at);
      at += list.length;
    });
    offsets[kept.length] = at;
    return { keys: kept, offsets, slots };
  }

  /** An index over a snapshot's arrays, taken over as they are (do not load one snapshot twice). */
  static fromSnapshot(s: QuoteIndexSnapshot): QuoteIndex {
    const index = new QuoteIndex();
    index.slotCount = s.slotCount;
    index.freeSlots = Array.from(s.freeSlots);
    index.slotArticle = s.slotArticle;
    index.slotOrder = s.slotOrder;
    index.texts = s.texts;
    index.textOffsets = s.textOffsets;
    index.speakers = s.speakers;
    index.slotSpeaker = s.slotSpeaker;
    index.cues = s.cues;
    index.slotCue = s.slotCue;
    index.ranges = s.ranges;
    for (const [slot, id] of s.oddIds) index.oddIds.set(slot, id);
    for (const [slot, json] of s.oddQuotes) index.oddQuotes.set(slot, json);
    for (const [slot, meta] of s.metas) index.metas.set(slot, meta);
    index.baseKeys = s.keys;
    index.baseOffsets = s.offsets;
    index.baseSlots = s.slots;
    index.articleIds = s.articles.slice();
    s.articles.forEach((articleId, row) => {
      const slots = s.articleSlots.subarray(s.articleOffsets[row], s.articleOffsets[row + 1]);
      index.articleSlots[row] = slots;
      index.articleRows.set(articleId, row);
      index.quoteCount += slots.length;
    });
    return index;
  }
}

/**
 * The first `limit` of `slots` in candidate order: most shared keys first;
 * among equals, the earlier indexed (a stable, cheap order). A lookup in a
 * large library has a thousand slots or more sharing two keys and keeps 40:
 * those sharing more than the last one kept are taken whole, and of those
 * sharing as many as it, the lowest slots; only the slots kept are sorted.
 */
function firstInOrder(slots: number[], counts: Uint32Array, limit: number): number[] {
  const order = (x: number, y: number) => counts[y]! - counts[x]! || x - y;
  if (!Number.isInteger(limit) || limit <= 0 || slots.length <= limit) return slots.sort(order).slice(0, limit);
  let mostShared = 0;
  for (const slot of slots) if (counts[slot]! > mostShared) mostShared = counts[slot]!;
  const tally = new Uint32Array(mostShared + 1);
  for (const slot of slots) tally[counts[slot]!]!++;
  // The fewest shared keys a slot kept has: above it fewer than `limit` slots, at it enough to fill them.
  let last = mostShared;
  let above = 0;
  while (above + tally[last]! < limit) above += tally[last--]!;
  const kept: number[] = [];
  const tied: number[] = [];
  for (const slot of slots) {
    const c = counts[slot]!;
    if (c > last) kept.push(slot);
    else if (c === last) tied.push(slot);
  }
  kept.sort(order);
  const lowest = Int32Array.from(tied).sort().subarray(0, limit - kept.length);
  for (const slot of lowest) kept.push(slot);
  return kept;
}

/** Strings numbered in order of first use. */
class Interned {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();
  number(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }
}

/** QuoteIndex as stored. Per slot (a free slot has NONE as article): article
 * row, position, text `texts[textOffsets[s]..textOffsets[s+1]]`, speaker
 * (JSON) and cue by number in their tables, range as RANGE_WIDTH numbers.
 * Postings (keys sorted) and each article's slots as compressed sparse rows
 * (`offsets[i]..offsets[i+1]`). */
export interface QuoteIndexSnapshot {
  slotCount: number;
  freeSlots: Int32Array;
  slotArticle: Int32Array;
  slotOrder: Int32Array;
  texts: string;
  textOffsets: Int32Array;
  speakers: string[];
  slotSpeaker: Int32Array;
  cues: string[];
  slotCue: Int32Array;
  ranges: Int32Array;
  /** Quotes whose id is not `${articleId}#q${order}`. */
  oddIds: [number, string][];
  /** Quotes of another shape than the columns keep, as JSON without their text. */
  oddQuotes: [number, string][];
  metas: [number, QuoteSourceMeta][];
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
