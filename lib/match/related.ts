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
import { isFurniture } from '../article/furniture';
import type { Article } from '../types';
import { isStopword, normalizeText, stem, words } from '../text/tokens';
import type { RelatedArticle, RelatedLabel, RelatedReasons } from './types';
import { binarySearch, withCapacity } from './columns';

export interface RelatedQuery {
  article: Article;
  /** How many page quotes matched each index article (from quote matching). */
  sharedQuotesByArticle?: Map<string, number>;
  /** The article's text similarities as `textSimilarities` found them, when it is ranked more than once (else found anew). */
  text?: TextSimilarities;
}

/** An article's query terms and its text similarity to every index article it shares one with (by slot), as the index stood when they were found. */
export interface TextSimilarities {
  readonly article: Article;
  readonly terms: readonly QueryTerm[];
  /** Slots of the index articles sharing a query term with it, in the order first met. */
  readonly slots: readonly number[];
  /** Text similarity by slot; NaN for articles sharing no query term. */
  readonly bySlot: Float64Array;
  /** The index's count of changes when they were found: after any change they are found anew. */
  readonly version: number;
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
    // Every reader of articles drops furniture already; an article imported as it was stored may still hold some.
    if (isFurniture(paragraph.trim())) continue;
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

/** A term's postings added after the index was loaded: document slots and weighted term frequencies, grown by doubling. */
class Postings {
  slots: Int32Array = new Int32Array(4);
  weights: Float32Array = new Float32Array(4);
  length = 0;

  push(slot: number, weight: number): void {
    this.slots = withCapacity(this.slots, this.length + 1);
    this.weights = withCapacity(this.weights, this.length + 1);
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length++;
  }
}

export interface QueryTerm {
  term: string;
  /** -1 when no index article has the term. */
  termId: number;
  tf: number;
  idf: number;
  key: number;
}

/**
 * Everything lives in columns (typed arrays and flat lists) indexed by term
 * id or document slot, so that loading a snapshot takes its arrays over and
 * creates no object per term or per document. Postings loaded from a
 * snapshot stay in its three flat arrays; postings added later go to a small
 * per-term list after them.
 */
export class RelatedIndex {
  /** Stemmed term by term id. */
  private termStems: string[] = [];
  /** Ids of the terms known when the index was loaded, sorted by stem: found by binary search, with no map of every term. */
  private termOrder: Int32Array = new Int32Array(0);
  /** Terms added since `termOrder` was made. */
  private readonly newTerms = new Map<string, number>();
  /** Number of live documents containing each term. */
  private df: Int32Array = new Int32Array(0);
  /** Postings as loaded: term t's are `baseSlots`/`baseWeights` from `baseOffsets[t]` to `baseOffsets[t + 1]`, slots ascending. */
  private baseOffsets: Int32Array = new Int32Array(1);
  private baseSlots: Int32Array = new Int32Array(0);
  private baseWeights: Float32Array = new Float32Array(0);
  /** Postings added since, per term id (their slots all follow the base's). */
  private readonly addedPostings = new Map<number, Postings>();
  /** Surface word counts per term id, so reasons show a real word, not a stem.
   * Only ever incremented: a removed article's spellings still count toward the
   * most common form, which changes no ranking. */
  private readonly surfaces = new Map<number, Map<string, number>>();
  /** Surface counts of a loaded snapshot, turned into a term's Map only when that term is shown or counted. */
  private storedSurfaces?: Pick<RelatedIndexSnapshot, 'surfaceOffsets' | 'surfaceWords' | 'surfaceCounts'>;
  /** Document id by slot; null marks a removed document's slot. */
  private docIds: (string | null)[] = [];
  /** Sum of each document's weighted term frequencies. */
  private docLengths: Float64Array = new Float64Array(0);
  /** Day number of each document's date, NaN where it has none. */
  private docDays: Float64Array = new Float64Array(0);
  /** Term ids of each document, ascending (document frequencies on removal, terms shared with the page): `docTerms` from `docTermOffsets[slot]` to `docTermOffsets[slot + 1]`. */
  private docTermOffsets: Int32Array = new Int32Array(1);
  private docTerms: Int32Array = new Int32Array(0);
  /** People each document names, as numbers into `personIds`, the same way. */
  private docPeopleOffsets: Int32Array = new Int32Array(1);
  private docPeople: Int32Array = new Int32Array(0);
  /** Canonical person id by number. */
  private personIds: string[] = [];
  private readonly personNumbers = new Map<string, number>();
  private readonly slotById = new Map<string, number>();
  private totalLength = 0;
  private deadPostings = 0;
  private livePostings = 0;
  /** Changes made so far (adds and removals): text similarities found before the last change are found anew. */
  private version = 0;
  /** Per-query accumulator, reused to keep allocation out of `rank`. */
  private scores: Float64Array = new Float64Array(0);

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  add(article: Article): void {
    if (this.slotById.has(article.id)) this.remove(article.id);
    this.version++;
    const tf = weightedTerms(article, (t) => this.countSurface(t));
    const slot = this.docIds.length;
    const ids: number[] = [];
    let length = 0;
    for (const [term, weight] of tf) {
      const termId = this.termId(term);
      ids.push(termId);
      this.postingsAddedTo(termId).push(slot, weight);
      this.df[termId]!++;
      length += weight;
    }
    ids.sort((a, b) => a - b);
    const people = [...peopleOf(article).keys()].map((id) => this.personNumber(id));
    this.docIds.push(article.id);
    this.docLengths = withCapacity(this.docLengths, slot + 1);
    this.docLengths[slot] = length;
    this.docDays = withCapacity(this.docDays, slot + 1);
    this.docDays[slot] = dayNumber(article.publishedAt) ?? Number.NaN;
    [this.docTermOffsets, this.docTerms] = appendRow(this.docTermOffsets, this.docTerms, slot, ids);
    [this.docPeopleOffsets, this.docPeople] = appendRow(this.docPeopleOffsets, this.docPeople, slot, people);
    this.slotById.set(article.id, slot);
    this.totalLength += length;
    this.livePostings += ids.length;
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.version++;
    const from = this.docTermOffsets[slot]!;
    const to = this.docTermOffsets[slot + 1]!;
    for (let i = from; i < to; i++) this.df[this.docTerms[i]!]!--;
    this.docIds[slot] = null;
    this.slotById.delete(id);
    this.totalLength -= this.docLengths[slot]!;
    this.livePostings -= to - from;
    this.deadPostings += to - from;
    if (this.deadPostings > 1000 && this.deadPostings > (this.livePostings + this.deadPostings) / 4) this.compact();
  }

  /** Inverse document frequency of a stemmed term as the index stands now (BM25 form, never negative). */
  idf(stemmedTerm: string): number {
    const termId = this.findTerm(stemmedTerm);
    return bm25Idf(this.size, termId < 0 ? 0 : this.df[termId]!);
  }

  /**
   * How alike an article's text is to every index article it shares a query
   * term with (BM25 over its strongest terms, divided by its score against
   * itself). `rank` finds them itself; an article ranked twice can have them
   * found once and passed in `RelatedQuery.text`.
   */
  textSimilarities(article: Article): TextSimilarities {
    const n = this.size;
    const averageLength = this.totalLength / n || 1;
    const { terms: queryTerms, length: queryLength } = this.selectQueryTerms(article);

    // The page's score against itself, to bring BM25 to a 0..1 similarity.
    let selfScore = 0;
    for (const q of queryTerms) selfScore += queryTermWeight(q.tf) * q.idf * bm25Tf(q.tf, queryLength, averageLength);

    if (this.scores.length < this.docIds.length) this.scores = new Float64Array(this.docIds.length * 2);
    const scores = this.scores;
    const touched: number[] = [];
    const baseTerms = this.baseOffsets.length - 1;
    for (const q of queryTerms) {
      if (q.termId < 0) continue;
      const factor = queryTermWeight(q.tf) * q.idf;
      if (q.termId < baseTerms) {
        this.accumulate(this.baseSlots, this.baseWeights, this.baseOffsets[q.termId]!, this.baseOffsets[q.termId + 1]!, factor, averageLength, touched);
      }
      const added = this.addedPostings.get(q.termId);
      if (added) this.accumulate(added.slots, added.weights, 0, added.length, factor, averageLength, touched);
    }
    const bySlot = new Float64Array(this.docIds.length).fill(Number.NaN);
    const slots: number[] = [];
    for (const slot of touched) {
      if (!Number.isNaN(bySlot[slot]!)) continue;
      bySlot[slot] = selfScore > 0 ? Math.min(1, scores[slot]! / selfScore) : 0;
      scores[slot] = 0;
      slots.push(slot);
    }
    return { article, terms: queryTerms, slots, bySlot, version: this.version };
  }

  rank(query: RelatedQuery, options: RankOptions = {}): RelatedArticle[] {
    const limit = options.limit ?? 10;
    if (this.size === 0 || limit <= 0) return [];
    const excludeSlot = options.excludeId === undefined ? undefined : this.slotById.get(options.excludeId);
    const text = query.text?.article === query.article && query.text.version === this.version ? query.text : this.textSimilarities(query.article);
    const queryTerms = text.terms;

    // The page's people by number; one no document names is shared with none.
    const pagePeople = [...peopleOf(query.article)].map(([id, name]) => ({ number: this.personNumbers.get(id), name }));
    const pageDay = dayNumber(query.article.publishedAt);
    const results: RelatedArticle[] = [];
    const consider = (slot: number, textSimilarity: number) => {
      if (slot === excludeSlot) return;
      const id = this.docIds[slot];
      if (id === null || id === undefined) return;
      const sharedQuotes = query.sharedQuotesByArticle?.get(id) ?? 0;
      if (textSimilarity < MIN_TEXT_SIMILARITY && sharedQuotes === 0) return;
      const sharedPeople: string[] = [];
      for (const person of pagePeople) if (person.number !== undefined && this.names(slot, person.number)) sharedPeople.push(person.name);
      // Words alone, with no person and no quote in common, are weak
      // evidence: two ministries' meetings share "kerja", "membahas", "menteri".
      if (sharedQuotes === 0 && sharedPeople.length === 0 && textSimilarity < MIN_TEXT_SIMILARITY_ALONE) return;
      const day = this.docDays[slot]!;
      const daysApart = pageDay !== undefined && !Number.isNaN(day) ? Math.abs(pageDay - day) : undefined;
      const score =
        WEIGHT_TEXT * textSimilarity +
        WEIGHT_QUOTES * (1 - 0.5 ** sharedQuotes) +
        WEIGHT_PEOPLE * (1 - 0.5 ** sharedPeople.length) +
        WEIGHT_DATE * (daysApart === undefined ? 0 : 1 / (1 + daysApart / 7));
      if (score < MIN_RELEVANCE) return;
      const reasons: RelatedReasons = { sharedQuotes, sharedPeople, textSimilarity, sharedTerms: [] };
      if (daysApart !== undefined) reasons.daysApart = daysApart;
      results.push({ articleId: id, score, label: labelFor(reasons), reasons });
    };
    for (const slot of text.slots) consider(slot, text.bySlot[slot]!);
    // An article sharing a quote but no query term: its text similarity is 0.
    for (const id of query.sharedQuotesByArticle?.keys() ?? []) {
      const slot = this.slotById.get(id);
      if (slot !== undefined && !(slot < text.bySlot.length && !Number.isNaN(text.bySlot[slot]!))) consider(slot, 0);
    }
    results.sort((a, b) => b.score - a.score || (a.articleId < b.articleId ? -1 : 1));
    const top = results.slice(0, limit);
    for (const result of top) {
      const slot = this.slotById.get(result.articleId)!;
      const from = this.docTermOffsets[slot]!;
      const to = this.docTermOffsets[slot + 1]!;
      // Most distinctive first: "kemajuan" says more than "nato" in a NATO index.
      result.reasons.sharedTerms = queryTerms
        .filter((q) => q.termId >= 0 && binarySearch(this.docTerms, q.termId, from, to) >= 0)
        .sort((a, b) => b.idf - a.idf || b.tf - a.tf)
        .slice(0, 5)
        .map((q) => this.surfaceOf(q.termId));
    }
    return top;
  }

  /** Add one run of postings to the per-query scores (BM25), noting the slots first touched. */
  private accumulate(
    slots: Int32Array,
    weights: Float32Array,
    from: number,
    to: number,
    factor: number,
    averageLength: number,
    touched: number[],
  ): void {
    const scores = this.scores;
    const ids = this.docIds;
    const lengths = this.docLengths;
    for (let i = from; i < to; i++) {
      const slot = slots[i]!;
      if (ids[slot] === null) continue;
      if (scores[slot] === 0) touched.push(slot);
      scores[slot]! += factor * bm25Tf(weights[i]!, lengths[slot]!, averageLength);
    }
  }

  /** Whether the document in a slot names a person (by number). */
  private names(slot: number, person: number): boolean {
    for (let i = this.docPeopleOffsets[slot]!; i < this.docPeopleOffsets[slot + 1]!; i++) if (this.docPeople[i] === person) return true;
    return false;
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
      const termId = this.findTerm(term);
      const idf = bm25Idf(n, termId < 0 ? 0 : this.df[termId]!);
      candidates.push({ term, termId, tf, idf, key: tf * idf });
    }
    candidates.sort((a, b) => b.key - a.key || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return { terms: candidates.slice(0, QUERY_TERMS), length };
  }

  /** A term's id, or -1 when the index has never seen it. */
  private findTerm(term: string): number {
    const added = this.newTerms.get(term);
    if (added !== undefined) return added;
    const order = this.termOrder;
    const stems = this.termStems;
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const stem = stems[order[mid]!]!;
      if (stem === term) return order[mid]!;
      if (stem < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private termId(term: string): number {
    let id = this.findTerm(term);
    if (id < 0) {
      id = this.termStems.length;
      this.termStems.push(term);
      this.newTerms.set(term, id);
      this.df = withCapacity(this.df, id + 1);
    }
    return id;
  }

  private postingsAddedTo(termId: number): Postings {
    let postings = this.addedPostings.get(termId);
    if (!postings) {
      postings = new Postings();
      this.addedPostings.set(termId, postings);
    }
    return postings;
  }

  private personNumber(id: string): number {
    let number = this.personNumbers.get(id);
    if (number === undefined) {
      number = this.personIds.length;
      this.personIds.push(id);
      this.personNumbers.set(id, number);
    }
    return number;
  }

  private countSurface(term: Term): void {
    const counts = this.surfaceCounts(this.termId(term.stem));
    counts.set(term.surface, (counts.get(term.surface) ?? 0) + 1);
  }

  private surfaceCounts(termId: number): Map<string, number> {
    let counts = this.surfaces.get(termId);
    if (counts) return counts;
    counts = new Map();
    this.forEachStoredSurface(termId, (word, count) => counts.set(word, count));
    this.surfaces.set(termId, counts);
    return counts;
  }

  /** A term's surface counts as loaded from a snapshot, read in place. */
  private forEachStoredSurface(termId: number, visit: (word: string, count: number) => void): void {
    const stored = this.storedSurfaces;
    if (!stored || termId + 1 >= stored.surfaceOffsets.length) return;
    for (let i = stored.surfaceOffsets[termId]!; i < stored.surfaceOffsets[termId + 1]!; i++) {
      visit(stored.surfaceWords[i]!, stored.surfaceCounts[i]!);
    }
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
   * friendly), and `fromSnapshot` to load it back: its arrays are used in
   * place (no document is re-read, no term re-stemmed, nothing made per term
   * or per document). Removed documents are left out and the rest numbered
   * densely; document frequencies and lengths come back as they were, so
   * every ranking is the same.
   */
  snapshot(): RelatedIndexSnapshot {
    const slotCount = this.docIds.length;
    const newSlot = new Int32Array(slotCount).fill(-1);
    const docIds: string[] = [];
    for (let slot = 0; slot < slotCount; slot++) {
      const id = this.docIds[slot];
      if (id === null || id === undefined) continue;
      newSlot[slot] = docIds.length;
      docIds.push(id);
    }

    const termCount = this.termStems.length;
    const baseTerms = this.baseOffsets.length - 1;
    const postingOffsets = new Int32Array(termCount + 1);
    const postingSlots = new Int32Array(this.livePostings);
    const postingWeights = new Float32Array(this.livePostings);
    let at = 0;
    const copy = (slots: Int32Array, weights: Float32Array, from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const slot = newSlot[slots[i]!]!;
        if (slot < 0) continue;
        postingSlots[at] = slot;
        postingWeights[at] = weights[i]!;
        at++;
      }
    };
    for (let t = 0; t < termCount; t++) {
      postingOffsets[t] = at;
      if (t < baseTerms) copy(this.baseSlots, this.baseWeights, this.baseOffsets[t]!, this.baseOffsets[t + 1]!);
      const added = this.addedPostings.get(t);
      if (added) copy(added.slots, added.weights, 0, added.length);
    }
    postingOffsets[termCount] = at;
    if (at !== this.livePostings) throw new Error(`related index: ${at} live postings found, ${this.livePostings} counted`);

    const stems = this.termStems;
    const termOrder = Int32Array.from({ length: termCount }, (_, t) => t).sort((a, b) =>
      stems[a]! < stems[b]! ? -1 : stems[a]! > stems[b]! ? 1 : 0,
    );

    const surfaceOffsets = new Int32Array(termCount + 1);
    const surfaceWords: string[] = [];
    const surfaceCounts: number[] = [];
    const keepSurface = (word: string, count: number) => {
      surfaceWords.push(word);
      surfaceCounts.push(count);
    };
    for (let t = 0; t < termCount; t++) {
      surfaceOffsets[t] = surfaceWords.length;
      const counts = this.surfaces.get(t);
      if (counts) counts.forEach((count, word) => keepSurface(word, count));
      else this.forEachStoredSurface(t, keepSurface);
    }
    surfaceOffsets[termCount] = surfaceWords.length;

    const docCount = docIds.length;
    const docLengths = new Float64Array(docCount);
    const docDays = new Float64Array(docCount);
    const terms = new Rows(docCount, this.livePostings);
    const people = new Rows(docCount, this.docPeopleOffsets[slotCount]!);
    for (let slot = 0; slot < slotCount; slot++) {
      const to = newSlot[slot]!;
      if (to < 0) continue;
      docLengths[to] = this.docLengths[slot]!;
      docDays[to] = this.docDays[slot]!;
      terms.push(this.docTerms, this.docTermOffsets[slot]!, this.docTermOffsets[slot + 1]!);
      people.push(this.docPeople, this.docPeopleOffsets[slot]!, this.docPeopleOffsets[slot + 1]!);
    }
    return {
      termStems: [...stems],
      termOrder,
      df: this.df.slice(0, termCount),
      postingOffsets,
      postingSlots,
      postingWeights,
      surfaceOffsets,
      surfaceWords,
      surfaceCounts: Int32Array.from(surfaceCounts),
      docIds,
      docLengths,
      docDays,
      docTermOffsets: terms.offsets,
      docTerms: terms.values.slice(0, terms.length),
      docPeopleOffsets: people.offsets,
      docPeople: people.values.slice(0, people.length),
      personIds: [...this.personIds],
      totalLength: this.totalLength,
      livePostings: this.livePostings,
      deadPostings: 0,
    };
  }

  static fromSnapshot(s: RelatedIndexSnapshot): RelatedIndex {
    const index = new RelatedIndex();
    index.load(s);
    return index;
  }

  /** Take a snapshot's arrays over as the index. */
  private load(s: RelatedIndexSnapshot): void {
    this.termStems = s.termStems;
    this.termOrder = s.termOrder;
    this.newTerms.clear();
    this.df = s.df;
    this.baseOffsets = s.postingOffsets;
    this.baseSlots = s.postingSlots;
    this.baseWeights = s.postingWeights;
    this.addedPostings.clear();
    this.surfaces.clear();
    this.storedSurfaces = { surfaceOffsets: s.surfaceOffsets, surfaceWords: s.surfaceWords, surfaceCounts: s.surfaceCounts };
    this.docIds = s.docIds;
    this.docLengths = s.docLengths;
    this.docDays = s.docDays;
    this.docTermOffsets = s.docTermOffsets;
    this.docTerms = s.docTerms;
    this.docPeopleOffsets = s.docPeopleOffsets;
    this.docPeople = s.docPeople;
    this.personIds = s.personIds;
    this.personNumbers.clear();
    s.personIds.forEach((id, number) => this.personNumbers.set(id, number));
    this.slotById.clear();
    s.docIds.forEach((id, slot) => this.slotById.set(id, slot));
    this.totalLength = s.totalLength;
    this.livePostings = s.livePostings;
    this.deadPostings = s.deadPostings;
  }

  /** Drop removed documents' postings and number slots densely (as a snapshot stores them). */
  private compact(): void {
    this.load(this.snapshot());
  }
}

/** Rows of numbers written one after another (compressed sparse rows), into arrays of a known final size. */
class Rows {
  readonly offsets: Int32Array;
  values: Int32Array;
  length = 0;
  private rows = 0;

  constructor(rowCount: number, valueCount: number) {
    this.offsets = new Int32Array(rowCount + 1);
    this.values = new Int32Array(valueCount);
  }

  push(source: Int32Array, from: number, to: number): void {
    this.values = withCapacity(this.values, this.length + to - from);
    this.values.set(source.subarray(from, to), this.length);
    this.length += to - from;
    this.offsets[++this.rows] = this.length;
  }
}

/** Append row `row` (the next one) to compressed sparse rows, growing their arrays as needed. */
function appendRow(offsets: Int32Array, values: Int32Array, row: number, items: readonly number[]): [Int32Array, Int32Array] {
  const at = offsets[row]!;
  const grownValues = withCapacity(values, at + items.length);
  grownValues.set(items, at);
  const grownOffsets = withCapacity(offsets, row + 2);
  grownOffsets[row + 1] = at + items.length;
  return [grownOffsets, grownValues];
}

/** RelatedIndex as stored: per-term postings and per-document terms and
 * people as compressed sparse rows (`offsets[i]..offsets[i+1]`), removed
 * documents left out. */
export interface RelatedIndexSnapshot {
  termStems: string[];
  /** Term ids sorted by stem. */
  termOrder: Int32Array;
  df: Int32Array;
  postingOffsets: Int32Array;
  postingSlots: Int32Array;
  postingWeights: Float32Array;
  surfaceOffsets: Int32Array;
  surfaceWords: string[];
  surfaceCounts: Int32Array;
  docIds: string[];
  docLengths: Float64Array;
  /** NaN where the document has no date. */
  docDays: Float64Array;
  docTermOffsets: Int32Array;
  docTerms: Int32Array;
  docPeopleOffsets: Int32Array;
  /** Numbers into `personIds`. */
  docPeople: Int32Array;
  personIds: string[];
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
