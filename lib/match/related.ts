/**
 * Related coverage: which index articles cover the same thing as the article
 * a reader is on, and why.
 *
 * Four kinds of evidence are combined into one relevance between 0 and 1:
 *
 *   relevance = 0.60 · text + 0.20 · quotes + 0.10 · people + 0.10 · date
 *
 * - text: BM25 over stemmed Indonesian content terms (Snowball stemmer,
 *   stopwords-id), "more like this" style. Words in the title count three
 *   times, in the lead (first two paragraphs) twice, in the body once, and in
 *   the tail of a long body (past paragraph 8, where Indonesian news pads with
 *   background and "Baca juga" links) 0.6 times. The query is the 40 terms of
 *   the page with the highest weight × IDF, which keeps one query's cost
 *   bounded whatever the article's length. The BM25 sum is divided by the
 *   score the page would get against itself, so 1 means "covers these terms as
 *   strongly as the page does" and the number compares across pages.
 * - quotes: 1 − 0.5^n for n page quotes the other article also reported
 *   (1 → 0.5, 2 → 0.75). A shared quote is the strongest single sign of the
 *   same story, so it earns a place even when the wording around it differs.
 * - people: 1 − 0.5^n for n people both articles name (entities of kind
 *   person and quote speakers, by canonical id). Weighted low: in NATO
 *   coverage "Stoltenberg" alone joins hundreds of articles.
 * - date: 1 / (1 + days/7), so the same day scores 1, a week apart 0.5, a
 *   year apart ~0.02; 0 when either date is unknown.
 *
 * People and dates only reorder articles that already resemble the page: an
 * article is returned only if its text similarity reaches MIN_TEXT_SIMILARITY
 * or it shares a quote, and its relevance reaches MIN_RELEVANCE. The
 * thresholds were chosen on the seeds and hand-made off-topic articles
 * (`npx tsx scripts/eval/related.ts`): NATO seeds score 0.15–0.6 text
 * similarity against each other, while football and Gaza reports score below
 * 0.05 against a NATO article.
 *
 * Postings live in typed arrays (document slot + weighted term frequency) so
 * that 100,000 articles fit in a background page. Removing an article
 * updates document frequencies at once (IDF stays exact) and leaves its
 * postings behind as dead slots that queries skip; they are compacted away
 * when they make up a quarter of all postings.
 */
import type { Article } from '../types';
import { isStopword, normalizeText, stem, words } from '../text/tokens';
import type { RelatedArticle, RelatedLabel, RelatedReasons } from './types';

export interface RelatedQuery {
  article: Article;
  /** How many page quotes matched each index article (from quote matching). */
  sharedQuotesByArticle?: Map<string, number>;
}

export interface RankOptions {
  /** Most results to return (default 10). */
  limit?: number;
  /** An index article never to return (the page's own copy). */
  excludeId?: string;
}

/** BM25 saturation and length normalization, the usual values. */
const K1 = 1.2;
const B = 0.75;
/** Terms of the page that form the query. */
const QUERY_TERMS = 40;

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
const TAIL_WEIGHT = 0.6;
const LEAD_PARAGRAPHS = 2;
const TAIL_STARTS_AT_PARAGRAPH = 8;

const WEIGHT_TEXT = 0.6;
const WEIGHT_QUOTES = 0.2;
const WEIGHT_PEOPLE = 0.1;
const WEIGHT_DATE = 0.1;

/** Below this text similarity an article must share a quote to be returned. */
export const MIN_TEXT_SIMILARITY = 0.1;
/** An article sharing no person and no quote with the page must reach this
 * text similarity: two NATO reports a year apart with different Secretaries
 * General (seeds 003 and 004) score 0.20–0.22, while an off-topic ministers'
 * meeting reached 0.15 against a NATO report on shared bureaucratic words
 * ("kerja", "membahas", "menteri") alone. */
export const MIN_TEXT_SIMILARITY_ALONE = 0.18;
/** Below this combined relevance nothing is returned. */
export const MIN_RELEVANCE = 0.08;

/** Same event: published within this many days of each other... */
export const SAME_EVENT_MAX_DAYS = 3;
/** ...and sharing a quote, or a person and at least this text similarity. */
const SAME_EVENT_TEXT_WITH_PERSON = 0.3;
/** With a date missing, a shared quote and this much text similarity. */
const SAME_EVENT_TEXT_UNDATED = 0.35;

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------- terms

/** A content term: its stem, and the word as written (lowercased). */
export interface Term {
  stem: string;
  surface: string;
}

const PURE_NUMBER = /^\d+$/;

/**
 * The retrieval terms of a text: stopwords and one-letter words dropped, then
 * stemmed, as `contentTerms` does. Numbers are dropped too except four-digit
 * ones (years): day numbers and counts ("13", "3") join unrelated stories.
 */
export function relatedTerms(text: string): Term[] {
  const out: Term[] = [];
  for (const w of words(normalizeText(text))) {
    if (w.length < 2 || isStopword(w)) continue;
    if (PURE_NUMBER.test(w) && w.length !== 4) continue;
    out.push({ stem: stem(w), surface: w });
  }
  return out;
}

/** Paragraphs that are links to other stories, not part of this one. */
const LINK_PARAGRAPH = /^\s*(baca juga|simak juga|lihat juga|baca selengkapnya)\b/i;

/** Weighted term frequencies of an article: title, lead, body and tail weigh differently. */
export function weightedTerms(article: Pick<Article, 'title' | 'paragraphs'>, onTerm?: (t: Term) => void): Map<string, number> {
  const tf = new Map<string, number>();
  const addText = (text: string, weight: number) => {
    for (const term of relatedTerms(text)) {
      tf.set(term.stem, (tf.get(term.stem) ?? 0) + weight);
      onTerm?.(term);
    }
  };
  if (article.title) addText(article.title, TITLE_WEIGHT);
  let bodyIndex = 0;
  for (const paragraph of article.paragraphs) {
    if (LINK_PARAGRAPH.test(paragraph)) continue;
    const weight =
      bodyIndex < LEAD_PARAGRAPHS ? LEAD_WEIGHT : bodyIndex < TAIL_STARTS_AT_PARAGRAPH ? BODY_WEIGHT : TAIL_WEIGHT;
    addText(paragraph, weight);
    bodyIndex++;
  }
  return tf;
}

/** People an article names, canonical id → display name. */
export function peopleOf(article: Pick<Article, 'entities' | 'quotes'>): Map<string, string> {
  const people = new Map<string, string>();
  for (const e of article.entities ?? []) if (e.kind === 'person') people.set(e.id, e.name);
  for (const q of article.quotes ?? []) if (q.speaker && !people.has(q.speaker.id)) people.set(q.speaker.id, q.speaker.name);
  return people;
}

/** Days since the epoch of an ISO date (YYYY-MM-DD…), or undefined. */
function dayNumber(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : undefined;
}

// ---------------------------------------------------------------- postings

/** One term's postings: document slots and weighted term frequencies, grown by doubling. */
class Postings {
  slots: Int32Array = new Int32Array(4);
  weights: Float32Array = new Float32Array(4);
  length = 0;

  /** Postings over stored arrays (views are fine: the first push copies them into arrays of their own). */
  static of(slots: Int32Array, weights: Float32Array): Postings {
    const postings = new Postings();
    if (slots.length === 0) return postings;
    postings.slots = slots;
    postings.weights = weights;
    postings.length = slots.length;
    return postings;
  }

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const weights = new Float32Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length++;
  }
}

interface QueryTerm {
  term: string;
  /** -1 when no index article has the term. */
  termId: number;
  tf: number;
  idf: number;
  key: number;
}

interface Doc {
  id: string;
  /** Term ids of the document, ascending (for df on removal and shared terms). */
  termIds: Int32Array;
  /** Sum of weighted term frequencies. */
  length: number;
  people: Map<string, string>;
  day?: number;
}

export class RelatedIndex {
  private readonly termIds = new Map<string, number>();
  private readonly termStems: string[] = [];
  private readonly postings: Postings[] = [];
  /** Number of live documents containing each term. */
  private df: number[] = [];
  /** Surface word counts per term id, so reasons show a real word, not a stem.
   * Only ever incremented: a removed article's spellings still count toward the
   * most common form, which changes no ranking. */
  private readonly surfaces: (Map<string, number> | undefined)[] = [];
  /** Surface counts of a loaded snapshot, turned into a term's Map only when that term is shown or counted. */
  private storedSurfaces?: Pick<RelatedIndexSnapshot, 'surfaceOffsets' | 'surfaceWords' | 'surfaceCounts'>;
  /** Documents by slot; undefined marks a removed document's slot. */
  private docs: (Doc | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private totalLength = 0;
  private deadPostings = 0;
  private livePostings = 0;
  /** Per-query accumulator, reused to keep allocation out of `rank`. */
  private scores = new Float64Array(0);

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  add(article: Article): void {
    if (this.slotById.has(article.id)) this.remove(article.id);
    const tf = weightedTerms(article, (t) => this.countSurface(t));
    const slot = this.docs.length;
    const ids: number[] = [];
    let length = 0;
    for (const [term, weight] of tf) {
      const termId = this.termId(term);
      ids.push(termId);
      this.postings[termId]!.push(slot, weight);
      this.df[termId] = (this.df[termId] ?? 0) + 1;
      length += weight;
    }
    ids.sort((a, b) => a - b);
    this.docs.push({
      id: article.id,
      termIds: Int32Array.from(ids),
      length,
      people: peopleOf(article),
      day: dayNumber(article.publishedAt),
    });
    this.slotById.set(article.id, slot);
    this.totalLength += length;
    this.livePostings += ids.length;
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    for (const termId of doc.termIds) this.df[termId] = (this.df[termId] ?? 1) - 1;
    this.docs[slot] = undefined;
    this.slotById.delete(id);
    this.totalLength -= doc.length;
    this.livePostings -= doc.termIds.length;
    this.deadPostings += doc.termIds.length;
    if (this.deadPostings > 1000 && this.deadPostings > (this.livePostings + this.deadPostings) / 4) this.compact();
  }

  /** Inverse document frequency of a stemmed term as the index stands now (BM25 form, never negative). */
  idf(stemmedTerm: string): number {
    const termId = this.termIds.get(stemmedTerm);
    const df = termId === undefined ? 0 : (this.df[termId] ?? 0);
    return bm25Idf(this.size, df);
  }

  rank(query: RelatedQuery, options: RankOptions = {}): RelatedArticle[] {
    const limit = options.limit ?? 10;
    const n = this.size;
    if (n === 0 || limit <= 0) return [];
    const excludeSlot = options.excludeId === undefined ? undefined : this.slotById.get(options.excludeId);
    const averageLength = this.totalLength / n || 1;

    const { terms: queryTerms, length: queryLength } = this.selectQueryTerms(query.article);

    // The page's score against itself, to bring BM25 to a 0..1 similarity.
    let selfScore = 0;
    for (const q of queryTerms) selfScore += queryTermWeight(q.tf) * q.idf * bm25Tf(q.tf, queryLength, averageLength);

    if (this.scores.length < this.docs.length) this.scores = new Float64Array(this.docs.length * 2);
    const scores = this.scores;
    const touched: number[] = [];
    for (const q of queryTerms) {
      if (q.termId < 0) continue;
      const postings = this.postings[q.termId]!;
      const { slots, weights } = postings;
      const queryWeight = queryTermWeight(q.tf);
      for (let i = 0; i < postings.length; i++) {
        const slot = slots[i]!;
        const doc = this.docs[slot];
        if (!doc) continue;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot]! += queryWeight * q.idf * bm25Tf(weights[i]!, doc.length, averageLength);
      }
    }
    const textBySlot = new Map<number, number>();
    for (const slot of touched) {
      textBySlot.set(slot, selfScore > 0 ? Math.min(1, scores[slot]! / selfScore) : 0);
      scores[slot] = 0;
    }
    for (const id of query.sharedQuotesByArticle?.keys() ?? []) {
      const slot = this.slotById.get(id);
      if (slot !== undefined && !textBySlot.has(slot)) textBySlot.set(slot, 0);
    }

    const pagePeople = peopleOf(query.article);
    const pageDay = dayNumber(query.article.publishedAt);
    const results: RelatedArticle[] = [];
    for (const [slot, textSimilarity] of textBySlot) {
      if (slot === excludeSlot) continue;
      const doc = this.docs[slot];
      if (!doc) continue;
      const sharedQuotes = query.sharedQuotesByArticle?.get(doc.id) ?? 0;
      if (textSimilarity < MIN_TEXT_SIMILARITY && sharedQuotes === 0) continue;
      const sharedPeople: string[] = [];
      for (const [personId, name] of pagePeople) if (doc.people.has(personId)) sharedPeople.push(name);
      // Words alone, with no person and no quote in common, are weak
      // evidence: two ministries' meetings share "kerja", "membahas", "menteri".
      if (sharedQuotes === 0 && sharedPeople.length === 0 && textSimilarity < MIN_TEXT_SIMILARITY_ALONE) continue;
      const daysApart = pageDay !== undefined && doc.day !== undefined ? Math.abs(pageDay - doc.day) : undefined;
      const score =
        WEIGHT_TEXT * textSimilarity +
        WEIGHT_QUOTES * (1 - 0.5 ** sharedQuotes) +
        WEIGHT_PEOPLE * (1 - 0.5 ** sharedPeople.length) +
        WEIGHT_DATE * (daysApart === undefined ? 0 : 1 / (1 + daysApart / 7));
      if (score < MIN_RELEVANCE) continue;
      const reasons: RelatedReasons = { sharedQuotes, sharedPeople, textSimilarity, sharedTerms: [] };
      if (daysApart !== undefined) reasons.daysApart = daysApart;
      results.push({ articleId: doc.id, score, label: labelFor(reasons), reasons });
    }
    results.sort((a, b) => b.score - a.score || (a.articleId < b.articleId ? -1 : 1));
    const top = results.slice(0, limit);
    for (const result of top) {
      const doc = this.docs[this.slotById.get(result.articleId)!]!;
      // Most distinctive first: "kemajuan" says more than "nato" in a NATO index.
      result.reasons.sharedTerms = queryTerms
        .filter((q) => q.termId >= 0 && hasTerm(doc.termIds, q.termId))
        .sort((a, b) => b.idf - a.idf || b.tf - a.tf)
        .slice(0, 5)
        .map((q) => this.surfaceOf(q.termId));
    }
    return top;
  }

  /** The stemmed terms of an article that `rank` searches with, strongest first. */
  queryTerms(article: Article): string[] {
    return this.selectQueryTerms(article).terms.map((q) => q.term);
  }

  /**
   * The query: the page's strongest terms by weight × IDF. Terms no index
   * article has stay in (with the highest IDF): they match nothing, but they
   * are part of what the page is about, so they count in its self score;
   * otherwise a page sharing one word with a small index would look like a
   * perfect match on that word.
   */
  private selectQueryTerms(article: Article): { terms: QueryTerm[]; length: number } {
    const n = this.size;
    const queryTf = weightedTerms(article);
    let length = 0;
    for (const w of queryTf.values()) length += w;
    const candidates: QueryTerm[] = [];
    for (const [term, tf] of queryTf) {
      const termId = this.termIds.get(term) ?? -1;
      const idf = bm25Idf(n, termId < 0 ? 0 : (this.df[termId] ?? 0));
      candidates.push({ term, termId, tf, idf, key: tf * idf });
    }
    candidates.sort((a, b) => b.key - a.key || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return { terms: candidates.slice(0, QUERY_TERMS), length };
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termStems.length;
      this.termIds.set(term, id);
      this.termStems.push(term);
      this.postings.push(new Postings());
      this.df.push(0);
      this.surfaces.push(undefined);
    }
    return id;
  }

  private countSurface(term: Term): void {
    const counts = this.surfaceCounts(this.termId(term.stem));
    counts.set(term.surface, (counts.get(term.surface) ?? 0) + 1);
  }

  private surfaceCounts(termId: number): Map<string, number> {
    let counts = this.surfaces[termId];
    if (counts) return counts;
    counts = new Map();
    const stored = this.storedSurfaces;
    if (stored && termId + 1 < stored.surfaceOffsets.length) {
      for (let i = stored.surfaceOffsets[termId]!; i < stored.surfaceOffsets[termId + 1]!; i++) {
        counts.set(stored.surfaceWords[i]!, stored.surfaceCounts[i]!);
      }
    }
    this.surfaces[termId] = counts;
    return counts;
  }

  private surfaceOf(termId: number): string {
    let best = this.termStems[termId] ?? '';
    let bestCount = 0;
    for (const [surface, count] of this.surfaceCounts(termId)) {
      if (count > bestCount || (count === bestCount && surface < best)) {
        best = surface;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * The index as plain data (typed arrays and string lists, structured-clone
   * friendly), and `fromSnapshot` to load it back: postings are used in place
   * (no document is re-read, no term re-stemmed), document frequencies,
   * lengths and slots come back as they were, so every ranking is the same.
   */
  snapshot(): RelatedIndexSnapshot {
    const termCount = this.termStems.length;
    const postingOffsets = new Int32Array(termCount + 1);
    let total = 0;
    for (let t = 0; t < termCount; t++) total += this.postings[t]!.length;
    const postingSlots = new Int32Array(total);
    const postingWeights = new Float32Array(total);
    let at = 0;
    for (let t = 0; t < termCount; t++) {
      const p = this.postings[t]!;
      postingOffsets[t] = at;
      postingSlots.set(p.slots.subarray(0, p.length), at);
      postingWeights.set(p.weights.subarray(0, p.length), at);
      at += p.length;
    }
    postingOffsets[termCount] = at;

    const surfaceOffsets = new Int32Array(termCount + 1);
    const surfaceWords: string[] = [];
    const surfaceCounts: number[] = [];
    for (let t = 0; t < termCount; t++) {
      surfaceOffsets[t] = surfaceWords.length;
      for (const [word, count] of this.surfaceCounts(t)) {
        surfaceWords.push(word);
        surfaceCounts.push(count);
      }
    }
    surfaceOffsets[termCount] = surfaceWords.length;

    const docCount = this.docs.length;
    const docIds: (string | null)[] = [];
    const docLengths = new Float64Array(docCount);
    const docDays = new Float64Array(docCount);
    const docTermOffsets = new Int32Array(docCount + 1);
    const peopleOffsets = new Int32Array(docCount + 1);
    const peopleIds: string[] = [];
    const peopleNames: string[] = [];
    let termTotal = 0;
    for (const doc of this.docs) termTotal += doc?.termIds.length ?? 0;
    const docTerms = new Int32Array(termTotal);
    at = 0;
    this.docs.forEach((doc, slot) => {
      docTermOffsets[slot] = at;
      peopleOffsets[slot] = peopleIds.length;
      docIds.push(doc?.id ?? null);
      docDays[slot] = doc?.day ?? Number.NaN;
      if (!doc) return;
      docLengths[slot] = doc.length;
      docTerms.set(doc.termIds, at);
      at += doc.termIds.length;
      for (const [id, name] of doc.people) {
        peopleIds.push(id);
        peopleNames.push(name);
      }
    });
    docTermOffsets[docCount] = at;
    peopleOffsets[docCount] = peopleIds.length;
    return {
      termStems: [...this.termStems],
      df: Int32Array.from(this.df),
      postingOffsets,
      postingSlots,
      postingWeights,
      surfaceOffsets,
      surfaceWords,
      surfaceCounts: Int32Array.from(surfaceCounts),
      docIds,
      docLengths,
      docDays,
      docTermOffsets,
      docTerms,
      peopleOffsets,
      peopleIds,
      peopleNames,
      totalLength: this.totalLength,
      livePostings: this.livePostings,
      deadPostings: this.deadPostings,
    };
  }

  static fromSnapshot(s: RelatedIndexSnapshot): RelatedIndex {
    const index = new RelatedIndex();
    s.termStems.forEach((term, t) => {
      index.termIds.set(term, t);
      index.termStems.push(term);
      const from = s.postingOffsets[t]!;
      const to = s.postingOffsets[t + 1]!;
      index.postings.push(Postings.of(s.postingSlots.subarray(from, to), s.postingWeights.subarray(from, to)));
      index.surfaces.push(undefined);
    });
    index.df = Array.from(s.df);
    index.storedSurfaces = { surfaceOffsets: s.surfaceOffsets, surfaceWords: s.surfaceWords, surfaceCounts: s.surfaceCounts };
    index.docs = s.docIds.map((id, slot) => {
      if (id === null) return undefined;
      const people = new Map<string, string>();
      for (let i = s.peopleOffsets[slot]!; i < s.peopleOffsets[slot + 1]!; i++) people.set(s.peopleIds[i]!, s.peopleNames[i]!);
      const day = s.docDays[slot]!;
      index.slotById.set(id, slot);
      return {
        id,
        termIds: s.docTerms.subarray(s.docTermOffsets[slot], s.docTermOffsets[slot + 1]),
        length: s.docLengths[slot]!,
        people,
        day: Number.isNaN(day) ? undefined : day,
      };
    });
    index.totalLength = s.totalLength;
    index.livePostings = s.livePostings;
    index.deadPostings = s.deadPostings;
    return index;
  }

  /** Drop removed documents' postings and renumber slots densely. */
  private compact(): void {
    const newSlot = new Int32Array(this.docs.length).fill(-1);
    const docs: Doc[] = [];
    this.docs.forEach((doc, slot) => {
      if (!doc) return;
      newSlot[slot] = docs.length;
      this.slotById.set(doc.id, docs.length);
      docs.push(doc);
    });
    for (const postings of this.postings) {
      let kept = 0;
      for (let i = 0; i < postings.length; i++) {
        const slot = newSlot[postings.slots[i]!]!;
        if (slot < 0) continue;
        postings.slots[kept] = slot;
        postings.weights[kept] = postings.weights[i]!;
        kept++;
      }
      postings.length = kept;
    }
    this.docs = docs;
    this.deadPostings = 0;
  }
}

/** RelatedIndex as stored: per-term postings and per-document terms and
 * people as compressed sparse rows (`offsets[i]..offsets[i+1]`); a removed
 * document's slot has a null id. */
export interface RelatedIndexSnapshot {
  termStems: string[];
  df: Int32Array;
  postingOffsets: Int32Array;
  postingSlots: Int32Array;
  postingWeights: Float32Array;
  surfaceOffsets: Int32Array;
  surfaceWords: string[];
  surfaceCounts: Int32Array;
  docIds: (string | null)[];
  docLengths: Float64Array;
  /** NaN where the document has no date. */
  docDays: Float64Array;
  docTermOffsets: Int32Array;
  docTerms: Int32Array;
  peopleOffsets: Int32Array;
  peopleIds: string[];
  peopleNames: string[];
  totalLength: number;
  livePostings: number;
  deadPostings: number;
}

function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function bm25Tf(tf: number, length: number, averageLength: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
}

/** A term the page repeats weighs more in the query, with saturation, so a
 * word in the title outweighs one met once in the tail, but not tenfold. */
function queryTermWeight(tf: number): number {
  return (tf * (K1 + 1)) / (tf + K1);
}

function hasTerm(sorted: Int32Array, termId: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === termId) return true;
    if (v < termId) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function labelFor(reasons: RelatedReasons): RelatedLabel {
  const { daysApart, sharedQuotes, sharedPeople, textSimilarity } = reasons;
  if (daysApart !== undefined) {
    if (daysApart > SAME_EVENT_MAX_DAYS) return 'same-topic';
    if (sharedQuotes > 0) return 'same-event';
    return sharedPeople.length > 0 && textSimilarity >= SAME_EVENT_TEXT_WITH_PERSON ? 'same-event' : 'same-topic';
  }
  return sharedQuotes > 0 && textSimilarity >= SAME_EVENT_TEXT_UNDATED ? 'same-event' : 'same-topic';
}

// ---------------------------------------------------------------- reasons

/** Reasons in a reader's words: "2 kutipan sama · Stoltenberg, Biden · selisih 1 hari".
 * The time between two articles is never the only reason given: with no
 * quote or person in common, the subject they share comes first, and with
 * none of these there is no reason to give (an empty string). */
export function formatReasons(reasons: RelatedReasons, lang: 'id' | 'en'): string {
  const parts: string[] = [];
  const n = reasons.sharedQuotes;
  if (n > 0) parts.push(lang === 'id' ? `${n} kutipan sama` : `${n} shared ${n === 1 ? 'quote' : 'quotes'}`);
  if (reasons.sharedPeople.length > 0) parts.push(reasons.sharedPeople.join(', '));
  if (parts.length === 0 && reasons.sharedTerms.length > 0) {
    parts.push((lang === 'id' ? 'sama-sama membahas ' : 'both about ') + reasons.sharedTerms.slice(0, 3).join(', '));
  }
  if (parts.length === 0) return '';
  if (reasons.daysApart !== undefined) {
    const d = reasons.daysApart;
    if (d === 0) parts.push(lang === 'id' ? 'hari yang sama' : 'same day');
    else parts.push(lang === 'id' ? `selisih ${d} hari` : `${d} ${d === 1 ? 'day' : 'days'} apart`);
  }
  return parts.join(' · ');
}
