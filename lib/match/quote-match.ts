/**
 * Which quotes in the index are the same statement as a quote on the page,
 * and how the wordings differ.
 *
 * Candidates: the index quotes sharing word pairs with the page quote
 * (quote-index.ts), and every quote of the articles the engine found to
 * cover the same event (a translation of one sentence may share no word
 * pair at all with another outlet's). Each candidate is aligned word by word
 * (align.ts), described by the evidence in quote-features.ts, and weighed by
 * the fitted model in quote-model.ts. Around the model, three rules hold
 * whatever the weights:
 *
 * 1. A quote of fewer than MIN_MATCH_WORDS words is a term, not a statement
 *    (the extractor leaves those out; an index built elsewhere may not).
 *    Quotes of up to SHORT_FRAGMENT_WORDS words ("kesalahan besar") match
 *    only where no other speaker is named for either: such words are common
 *    property, and only the speaker ties them to one statement.
 * 2. The same words on another occasion are another statement: articles
 *    more than FAR_APART_DAYS apart pair their quotes only when the words
 *    are identical and at least LONG_IDENTICAL_WORDS long, and the match
 *    says how many days lie between them.
 * 3. Per page quote, each other article contributes its best-fitting quote
 *    (or a run of consecutive quotes, a split), never several rival ones;
 *    where the model turns down every best-fitting one, the one it rates
 *    highest among those it takes (runnerUps); the same statement printed
 *    twice in one article (a few words, then the whole) is not a rival,
 *    and both match (repeatedInArticle).
 * 4. A change of claim is never a rewording: a number that differs in
 *    value (not in notation: "2%" / "dua persen" is one number), a negation
 *    added or dropped where the rest agrees, one name swapped for another
 *    (not a city for its country: "Den Haag" / "Belanda"), or a swap inside
 *    a group of contrasting words ("militer" / "kemanusiaan"); nor is a
 *    pair that shares an opening and then says different things (partWays).
 *
 * Splits: one outlet may print a long statement as one quote, another as two
 * or three consecutive quotes. When an index quote matches as a part of the
 * page quote, its neighbours in the same article are joined to it (with
 * " … ") for as long as that covers more of the page quote. The reverse —
 * two consecutive page quotes both inside one index quote — marks both
 * matches `split` too.
 *
 * Every difference between two wordings is typed for the reader (see
 * `typeDifferences`): notation (a number or a name spelled another way),
 * wording (a translator's choice) or claim (a number, a negation, a name or
 * a contrasting word that really differs).
 */
import { alignmentWords, alignWordLists, wordKeys, type AlignWord, type WordAlignment } from './align';
import { type IndexedQuote, type QuoteIndex } from './quote-index';
import { closeness, contrasting, nameConflict, negationConflict, numberConflict, pairFeatures, quoteContent, sharedContent, type ArticleContext, type Features, type QuoteContent } from './quote-features';
import { QUOTE_MODEL, sameStatementProbability } from './quote-model';
import type { AlignmentOp, PageQuoteResult, QuoteMatch, QuoteMatchKind } from './types';
import type { Quote, Speaker } from '../types';

/** One quoted word ("mendorong") is a term; two ("kesalahan besar") can be a statement. */
export const MIN_MATCH_WORDS = 2;
/** Beyond a month apart, two articles report different occasions (a summit, the next meeting). */
export const FAR_APART_DAYS = 30;
/** A stock phrase repeated months later is usually shorter than this; a longer identical passage is a quote of the earlier words. */
export const LONG_IDENTICAL_WORDS = 8;
/** A fragment has at least this share of its words inside the longer quote; below it, the pair is a rewording. */
const FRAGMENT_INSIDE = 0.7;
/** Quotes this short ("kesalahan besar") are evidence only from the same speaker: from another, the words are common property. */
export const SHORT_FRAGMENT_WORDS = 5;
/** A split is at most this many consecutive quotes. */
const MAX_SPLIT_PARTS = 4;

export interface MatchQuotesOptions {
  /** The page's own article, when the index holds a copy of it. */
  excludeArticleId?: string;
  /** The page's URL: indexed articles from the same URL are the page itself. */
  excludeUrl?: string;
  /** Articles the engine found covering the same event: all their quotes are candidates. */
  contextArticles?: readonly string[];
  /** What is known about an indexed article relative to the page (event similarity, days apart). */
  articleContext?: (articleId: string) => ArticleContext | undefined;
  /** Called with every candidate weighed, matched or not (evaluation and fitting). */
  onCandidate?: (quote: Quote, candidate: WeighedCandidate) => void;
}

export interface WeighedCandidate {
  entry: IndexedQuote;
  features: Features;
  probability: number;
  match: boolean;
  reason?: string;
}

const NEGATIONS_SHOWN = new Set(['tidak', 'tak', 'bukan', 'belum', 'jangan', 'tanpa', 'takkan', 'tiada', 'enggak', 'nggak', 'gak']);

export interface PairJudgement {
  match: boolean;
  /** The model's probability that the wordings are one statement. */
  score: number;
  kind: QuoteMatchKind;
  /** Why a pair was turned down, for the evaluation report. */
  reason?: string;
  features: Features;
}

/**
 * Decide whether two wordings, on their own, are the same statement: the
 * model and the rules above, with what is known of the two articles.
 */
export function judgePair(aText: string, bText: string, aSpeaker?: Speaker, bSpeaker?: Speaker, context?: ArticleContext): PairJudgement {
  const aWords = alignmentWords(aText);
  const bWords = alignmentWords(bText);
  const alignment = alignWordLists(aWords, bWords, aText, bText);
  const features = pairFeatures({ alignment, aWords, bWords, aSpeaker, bSpeaker, context });
  features.bestInArticle = 1;
  features.mutualBest = 1;
  return decide(features, alignment, aText, bText, context);
}

function decide(features: Features, alignment: WordAlignment, aText: string, bText: string, context?: ArticleContext): PairJudgement {
  const shorter = Math.min(alignment.aLength, alignment.bLength);
  const score = sameStatementProbability(features);
  const kind = features.identical ? 'identical' : classify(alignment, aText, bText);
  const no = (reason: string): PairJudgement => ({ match: false, score, kind, reason, features });
  if (shorter < MIN_MATCH_WORDS) return no('a single word is a term, not a statement');
  if (shorter <= SHORT_FRAGMENT_WORDS && features.otherSpeaker) return no('a short quote attributed to someone else');
  if ((context?.daysApart ?? 0) > FAR_APART_DAYS && !(features.identical && shorter >= LONG_IDENTICAL_WORDS)) {
    return no(`articles ${context?.daysApart} days apart: another occasion`);
  }
  // Rule 4: a change of claim is never a rewording, however alike the rest.
  if (features.numberConflict) return no('a number differs');
  if (features.negationConflict) return no('a negation is added or dropped');
  if (features.nameConflict) return no('a name differs');
  if (features.contrastConflict) return no('a contrasting word differs');
  if (features.partWays) return no('the quotes share an opening and then part ways');
  if (score < QUOTE_MODEL.threshold) return no(`probability ${score.toFixed(2)} below ${QUOTE_MODEL.threshold}`);
  return { match: true, score, kind, features };
}

/**
 * Type each difference of an alignment for the reader: `notation` where both
 * sides are one word spelled another way (a number in digits or words, a
 * transliteration, one letter), `claim` where the difference changes what is
 * said (a number, a negation, a name, a contrasting word), else `wording`.
 */
export function typeDifferences(ops: AlignmentOp[], aWords: AlignWord[], bWords: AlignWord[], alignment: WordAlignment): AlignmentOp[] {
  const numbers = numberConflict(aWords, bWords);
  const negation = negationConflict(alignment);
  const name = nameConflict(alignment, aWords, bWords);
  const lower = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').trim();
  return ops.map((op) => {
    if (op.op === 'same') return op;
    const a = lower(op.a);
    const b = lower(op.b);
    const words = `${a} ${b}`.split(/\s+/).filter(Boolean);
    let difference: AlignmentOp['difference'] = 'wording';
    if (op.op === 'changed' && a.split(/\s+/).length === 1 && b.split(/\s+/).length === 1) {
      const [x] = alignmentWords(op.a);
      const [y] = alignmentWords(op.b);
      if (x && y && (x.alias === y.alias || (x.key !== y.key && x.stem === y.stem) || sameLetters(x.key, y.key))) difference = 'notation';
    }
    if (numbers && words.some((w) => alignmentWords(w)[0]?.alias.startsWith('#'))) difference = 'claim';
    if (negation && words.some((w) => NEGATIONS_SHOWN.has(w))) difference = 'claim';
    if (name && op.op === 'changed' && name.toLowerCase().includes(a) && name.toLowerCase().includes(b)) difference = 'claim';
    if (op.op === 'changed' && contrasting(a, b)) difference = 'claim';
    return { ...op, difference };
  });
}

/** One letter added, dropped or changed in a long word ("Lithuania" / "Lituania"). */
function sameLetters(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1 || x[0] !== y[0]) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + (x.length >= y.length ? 1 : 0)) === y.slice(i + (y.length >= x.length ? 1 : 0));
}

/**
 * Not identical: a fragment when the longer quote has a real stretch of
 * words the shorter leaves out (three or more, and at least a fifth of it),
 * or when the shorter marks a cut with an ellipsis where the longer goes on;
 * otherwise a rewording (swapped words, spelling variants, a word dropped).
 */
function classify(alignment: WordAlignment, aText: string, bText: string): QuoteMatchKind {
  const aLonger = alignment.aLength >= alignment.bLength;
  const longerLength = aLonger ? alignment.aLength : alignment.bLength;
  const region = aLonger ? alignment.aRegion : alignment.bRegion;
  const gapInside = aLonger ? alignment.aGapWords : alignment.bGapWords;
  const leftOut = region[0] + (longerLength - region[1]) + gapInside;
  // A loose translation leaves words out on both sides; a fragment is (nearly) all inside the longer quote.
  const shorterLength = Math.min(alignment.aLength, alignment.bLength);
  const inside = shorterLength === 0 ? 0 : (alignment.samePairs + alignment.variantPairs) / shorterLength;
  if (leftOut >= 3 && leftOut >= 0.2 * longerLength && inside >= FRAGMENT_INSIDE) return 'fragment';
  const shorterText = aLonger ? bText : aText;
  if (gapInside > 0 && /\.\.\.|…/.test(shorterText)) return 'fragment';
  return 'reworded';
}

interface Judged {
  entry: IndexedQuote;
  words: AlignWord[];
  alignment: WordAlignment;
  judgement: PairJudgement;
}

/** For each page quote, the index quotes that are the same statement, best first. */
export function matchQuotes(pageQuotes: Quote[], index: QuoteIndex, options: MatchQuotesOptions = {}): PageQuoteResult[] {
  const contents = new Map<string, QuoteContent>();
  const candidates = pageQuotes.map((quote) => candidateEntries(quote, index, options));
  const passedOver = options.onCandidate ? new Set<string>() : anotherOccasion(pageQuotes, candidates, options);
  const weighed = pageQuotes.map((quote, i) => weigh(quote, candidates[i]!.entries, index, options, contents, passedOver));
  markMutualBest(weighed);
  markNeighbours(weighed);
  markLastOfSpeaker(pageQuotes, weighed, index, options);
  const results = pageQuotes.map((quote, i) => ({ quote, matches: decideOne(quote, weighed[i]!, index, options) }));
  markReverseSplits(results);
  return results;
}

/** A page quote's candidates, and the ids of those the index lookup found lacking one of its word pairs (never in its very words). */
interface Candidates {
  entries: IndexedQuote[];
  lackingKeys: Set<string>;
}

function candidateEntries(quote: Quote, index: QuoteIndex, options: MatchQuotesOptions): Candidates {
  const seen = new Set<string>();
  const out: IndexedQuote[] = [];
  const lackingKeys = new Set<string>();
  const take = (entry: IndexedQuote) => {
    if (seen.has(entry.quote.id)) return;
    seen.add(entry.quote.id);
    out.push(entry);
  };
  for (const { entry, everyKey } of index.candidates(quote.text, { excludeArticleId: options.excludeArticleId, excludeUrl: options.excludeUrl })) {
    take(entry);
    if (!everyKey) lackingKeys.add(entry.quote.id);
  }
  for (const articleId of options.contextArticles ?? []) {
    if (articleId === options.excludeArticleId) continue;
    for (const entry of index.articleQuotes(articleId)) take(entry);
  }
  return { entries: out, lackingKeys };
}

/**
 * The articles that rule 2 turns down whatever their quotes' features: more
 * than FAR_APART_DAYS from the page, with no candidate for any page quote
 * in the page quote's very words (the `identical` feature: every word
 * paired with itself) of LONG_IDENTICAL_WORDS or more. Their candidates are
 * not weighed: none can be a match, and their features count only against
 * the same article's other candidates (rule 3, mutual best and neighbours
 * all compare quotes of one article). In a large library most candidates
 * are such: a speaker says much the same on many occasions.
 */
function anotherOccasion(pageQuotes: Quote[], candidates: Candidates[], options: MatchQuotesOptions): Set<string> {
  const far = new Set<string>();
  const kept = new Set<string>();
  pageQuotes.forEach((quote, i) => {
    let pageKeys: string | undefined;
    const { entries, lackingKeys } = candidates[i]!;
    for (const entry of entries) {
      const id = entry.articleId;
      if (kept.has(id)) continue;
      if (!far.has(id)) {
        if ((options.articleContext?.(id)?.daysApart ?? 0) <= FAR_APART_DAYS) {
          kept.add(id);
          continue;
        }
        far.add(id);
      }
      if (lackingKeys.has(entry.quote.id)) continue;
      pageKeys ??= wordKeys(quote.text ?? '').join(' ');
      const keys = wordKeys(entry.quote.text);
      if (keys.length >= LONG_IDENTICAL_WORDS && keys.join(' ') === pageKeys) {
        far.delete(id);
        kept.add(id);
      }
    }
  });
  return far;
}

interface Weighed {
  pageWords: AlignWord[];
  judged: Judged[];
}

/** Every candidate of one page quote, aligned and described; nothing decided yet. */
function weigh(quote: Quote, candidates: IndexedQuote[], index: QuoteIndex, options: MatchQuotesOptions, contents: Map<string, QuoteContent>, passedOver: ReadonlySet<string>): Weighed {
  const pageWords = alignmentWords(quote.text ?? '');
  const judged: Judged[] = [];
  if (pageWords.length === 0) return { pageWords, judged };
  const pageContent = quoteContent(pageWords);
  // Syndicated copies (one ANTARA story on many sites) bring the same wording
  // many times over; it is aligned once.
  const alignments = new Map<string, { words: AlignWord[]; alignment: WordAlignment } | null>();
  for (const entry of candidates) {
    if (passedOver.has(entry.articleId)) continue;
    let aligned = alignments.get(entry.quote.text);
    if (aligned === undefined) {
      const words = index.wordsOf(entry);
      let content = contents.get(entry.quote.text);
      if (!content) {
        content = quoteContent(words);
        contents.set(entry.quote.text, content);
      }
      // Not one content word in common: no evidence to weigh, and most of a
      // same-event article's quotes are such; they are not aligned at all.
      aligned = sharedContent(pageContent, content) === 0 ? null : { words, alignment: alignWordLists(pageWords, words, quote.text, entry.quote.text) };
      alignments.set(entry.quote.text, aligned);
    }
    if (!aligned) continue;
    const context = options.articleContext?.(entry.articleId);
    const features = pairFeatures({
      alignment: aligned.alignment,
      aWords: pageWords,
      bWords: aligned.words,
      aContent: pageContent,
      bContent: contents.get(entry.quote.text),
      aSpeaker: quote.speaker,
      bSpeaker: entry.quote.speaker,
      context,
    });
    judged.push({ entry, words: aligned.words, alignment: aligned.alignment, judgement: { match: false, score: 0, kind: 'reworded', features } });
  }
  markBestInArticle(judged);
  return { pageWords, judged };
}

/**
 * Rule 3: per article, the candidate that fits the page quote best is marked
 * before the model weighs it; so is the best for each other part of the page
 * quote (an outlet that prints one statement as two quotes, or two quotes
 * that each straddle part of it), where the candidates' aligned stretches of
 * the page quote do not overlap.
 */
function markBestInArticle(judged: Judged[]): void {
  const byArticle = new Map<string, Judged[]>();
  for (const j of judged) {
    const list = byArticle.get(j.entry.articleId);
    if (list) list.push(j);
    else byArticle.set(j.entry.articleId, [j]);
  }
  for (const list of byArticle.values()) {
    list.sort((x, y) => closeness(y.judgement.features) - closeness(x.judgement.features));
    const taken: [number, number][] = [];
    for (const j of list) {
      const [from, to] = j.alignment.aRegion;
      const overlaps = taken.some(([f, t]) => Math.min(t, to) - Math.max(f, from) > 0);
      if (taken.length > 0 && (overlaps || to - from < MIN_MATCH_WORDS)) continue;
      taken.push([from, to]);
      j.judgement.features.bestInArticle = 1;
    }
  }
}

/**
 * A statement appears once per article: an index quote whose best-fitting
 * page quote is this one is stronger evidence than one that fits another
 * page quote better (two quotes of one speaker on one day share words).
 */
function markMutualBest(weighed: Weighed[]): void {
  const best = new Map<string, { page: number; closeness: number }>();
  weighed.forEach((w, page) => {
    for (const j of w.judged) {
      const c = closeness(j.judgement.features);
      const current = best.get(j.entry.quote.id);
      if (!current || c > current.closeness) best.set(j.entry.quote.id, { page, closeness: c });
    }
  });
  weighed.forEach((w, page) => {
    for (const j of w.judged) j.judgement.features.mutualBest = best.get(j.entry.quote.id)?.page === page ? 1 : 0;
  });
}

/** How close a pair must look for its neighbours to lean on it. */
const NEIGHBOUR_CLOSENESS = 1;

/**
 * Outlets report one speech in the same order. A pair whose page quote's
 * neighbour (the quote before or after) best fits the index quote's
 * neighbour in the same article, and fits it well, is one step of a
 * sequence both articles share: evidence for a loose translation that on
 * its own words would look too far apart.
 */
function markNeighbours(weighed: Weighed[]): void {
  // For each page quote: article → [order of its best-fitting quote there, closeness].
  const bestOrder = weighed.map((w) => {
    const byArticle = new Map<string, { order: number; closeness: number }>();
    for (const j of w.judged) {
      const c = closeness(j.judgement.features);
      const current = byArticle.get(j.entry.articleId);
      if (!current || c > current.closeness) byArticle.set(j.entry.articleId, { order: j.entry.order, closeness: c });
    }
    return byArticle;
  });
  weighed.forEach((w, page) => {
    for (const j of w.judged) {
      let neighbours = 0;
      for (const step of [-1, 1]) {
        const other = bestOrder[page + step]?.get(j.entry.articleId);
        if (other && other.order === j.entry.order + step && other.closeness >= NEIGHBOUR_CLOSENESS) neighbours++;
      }
      j.judgement.features.neighbours = neighbours;
    }
  });
}

/**
 * Outlets reporting one speech each quote a few passages of it, each in its
 * own translation. Where the page and an article already share a statement
 * on the pairs' own evidence, and one quote of a speaker is left unmatched
 * on each side, those two are likely one passage worded twice: the
 * `lastOfSpeaker` evidence, which the model weighs with the rest. Two outlets
 * with no statement in common may each have picked another passage: without
 * a match between the two articles, a quote left over says nothing.
 */
function markLastOfSpeaker(pageQuotes: Quote[], weighed: Weighed[], index: QuoteIndex, options: MatchQuotesOptions): void {
  // Per article: the page quotes that match one of its quotes; and every index quote that matches a page quote.
  const matchedPage = new Map<string, Set<number>>();
  const matchedIndex = new Set<string>();
  weighed.forEach((w, i) => {
    for (const j of w.judged) {
      if (!j.judgement.features.bestInArticle) continue;
      if (!decide(j.judgement.features, j.alignment, pageQuotes[i]!.text, j.entry.quote.text, options.articleContext?.(j.entry.articleId)).match) continue;
      let pages = matchedPage.get(j.entry.articleId);
      if (!pages) matchedPage.set(j.entry.articleId, (pages = new Set()));
      pages.add(i);
      matchedIndex.add(j.entry.quote.id);
    }
  });
  if (matchedPage.size === 0) return;
  // Per article, per speaker: how many of the speaker's quotes are left unmatched (the page's and the article's).
  const leftOnPage = new Map<string, Map<string, number>>();
  const leftInArticle = new Map<string, Map<string, number>>();
  const countLeft = (quotes: readonly Quote[], matched: (q: Quote, k: number) => boolean) => {
    const left = new Map<string, number>();
    quotes.forEach((q, k) => {
      if (q.speaker && !matched(q, k)) left.set(q.speaker.id, (left.get(q.speaker.id) ?? 0) + 1);
    });
    return left;
  };
  weighed.forEach((w, i) => {
    const speaker = pageQuotes[i]!.speaker?.id;
    if (!speaker) return;
    for (const j of w.judged) {
      const articleId = j.entry.articleId;
      const pages = matchedPage.get(articleId);
      if (!j.judgement.features.sameSpeaker || !pages || pages.has(i) || matchedIndex.has(j.entry.quote.id)) continue;
      let page = leftOnPage.get(articleId);
      if (!page) leftOnPage.set(articleId, (page = countLeft(pageQuotes, (_, k) => pages.has(k))));
      let article = leftInArticle.get(articleId);
      if (!article) leftInArticle.set(articleId, (article = countLeft(index.articleQuotes(articleId).map((e) => e.quote), (q) => matchedIndex.has(q.id))));
      if (page.get(speaker) === 1 && article.get(speaker) === 1) j.judgement.features.lastOfSpeaker = 1;
    }
  });
}

function decideOne(quote: Quote, { pageWords, judged }: Weighed, index: QuoteIndex, options: MatchQuotesOptions): QuoteMatch[] {
  const accepted: Judged[] = [];
  for (const j of judged) {
    j.judgement = decide(j.judgement.features, j.alignment, quote.text, j.entry.quote.text, options.articleContext?.(j.entry.articleId));
    options.onCandidate?.(quote, { entry: j.entry, features: j.judgement.features, probability: j.judgement.score, match: j.judgement.match, reason: j.judgement.reason });
    if (j.judgement.match && j.judgement.features.bestInArticle) accepted.push(j);
  }
  accepted.push(...runnerUps(judged, accepted));
  accepted.push(...repeatedInArticle(judged, accepted));

  const matches: QuoteMatch[] = [];
  const covered = new Set<string>();
  // Strongest first, so a split is grown from its best-aligned part.
  accepted.sort((x, y) => y.judgement.score - x.judgement.score);
  for (const j of accepted) {
    if (covered.has(j.entry.quote.id)) continue;
    const split = pageQuoteIsLonger(j) ? growSplit(quote, pageWords, j, index, options) : undefined;
    if (split) {
      for (const id of split.quoteIds) covered.add(id);
      matches.push(split);
      continue;
    }
    covered.add(j.entry.quote.id);
    matches.push(toMatch(j.entry, pageWords, j.words, j.alignment, j.judgement, options));
  }
  return matches.sort((x, y) => y.score - x.score || x.articleId.localeCompare(y.articleId));
}

/**
 * The best-fitting quote of an article is the closest-looking one (rule 3),
 * and looks can mislead: a short aside ("Itu terjadi pada saya") may share
 * more of its few words with the page quote than a loose translation of the
 * page quote shares of its many. Where the model turns down every
 * best-fitting candidate of an article, the candidate of that article it
 * rates highest among those it takes is the article's quote of the
 * statement (its probability already weighs that it was not the closest).
 */
function runnerUps(judged: Judged[], accepted: Judged[]): Judged[] {
  const answered = new Set(accepted.map((j) => j.entry.articleId));
  const best = new Map<string, Judged>();
  for (const j of judged) {
    if (j.judgement.features.bestInArticle || !j.judgement.match || answered.has(j.entry.articleId)) continue;
    const current = best.get(j.entry.articleId);
    if (!current || j.judgement.score > current.judgement.score) best.set(j.entry.articleId, j);
  }
  return [...best.values()];
}

/**
 * An article may print one statement twice: a few words of it early on and
 * the whole of it further down. A candidate that rule 3 passed over, but
 * that the model takes for the page quote's statement, and that holds or is
 * held by a quote of the same article already accepted (every content word
 * of the shorter in the longer), is that article repeating itself, not a
 * rival wording: it is the same statement too.
 */
function repeatedInArticle(judged: Judged[], accepted: Judged[]): Judged[] {
  const out: Judged[] = [];
  for (const j of judged) {
    if (!j.judgement.match || j.judgement.features.bestInArticle) continue;
    const content = quoteContent(j.words);
    const repeats = accepted.some((a) => {
      if (a.entry.articleId !== j.entry.articleId) return false;
      const other = quoteContent(a.words);
      const [shorter, longer] = content.keys.size <= other.keys.size ? [content, other] : [other, content];
      return shorter.keys.size >= MIN_MATCH_WORDS && sharedContent(shorter, longer) === shorter.keys.size;
    });
    if (repeats) out.push(j);
  }
  return out;
}

function pageQuoteIsLonger(judged: Judged): boolean {
  return judged.alignment.aLength > judged.alignment.bLength;
}

function toMatch(entry: IndexedQuote, aWords: AlignWord[], bWords: AlignWord[], alignment: WordAlignment, judgement: PairJudgement, options: MatchQuotesOptions): QuoteMatch {
  const daysApart = options.articleContext?.(entry.articleId)?.daysApart;
  return {
    articleId: entry.articleId,
    quoteIds: [entry.quote.id],
    text: entry.quote.text,
    speaker: entry.quote.speaker,
    kind: judgement.kind,
    score: judgement.score,
    alignment: typeDifferences(alignment.ops, aWords, bWords, alignment),
    ...(daysApart !== undefined && daysApart > FAR_APART_DAYS ? { daysApart } : {}),
  };
}

/**
 * Starting from one index quote that is part of the page quote, join the
 * next or previous quote of the same article while that lets the alignment
 * cover at least two more words of the page quote without the pair falling
 * below the threshold. Returns a `split` match when two or more parts join.
 */
function growSplit(quote: Quote, pageWords: AlignWord[], seed: Judged, index: QuoteIndex, options: MatchQuotesOptions): QuoteMatch | undefined {
  const siblings = index.articleQuotes(seed.entry.articleId);
  const context = options.articleContext?.(seed.entry.articleId);
  let first = seed.entry.order;
  let last = seed.entry.order;
  let best: Omit<Judged, 'entry'> = seed;
  const coveredWords = (a: WordAlignment) => a.samePairs + a.variantPairs;

  const tryRange = (from: number, to: number): Omit<Judged, 'entry'> => {
    const parts = siblings.slice(from, to + 1);
    const words = parts.flatMap((p) => index.wordsOf(p));
    const joinedText = parts.map((p) => p.quote.text).join(' … ');
    const alignment = alignWordLists(pageWords, words, quote.text, joinedText);
    const features = pairFeatures({ alignment, aWords: pageWords, bWords: words, aSpeaker: quote.speaker, bSpeaker: parts[0]?.quote.speaker, context });
    features.bestInArticle = 1;
    features.mutualBest = seed.judgement.features.mutualBest;
    features.neighbours = seed.judgement.features.neighbours;
    features.lastOfSpeaker = seed.judgement.features.lastOfSpeaker;
    return { words, alignment, judgement: decide(features, alignment, quote.text, joinedText, context) };
  };

  let grew = true;
  while (grew && last - first + 1 < MAX_SPLIT_PARTS) {
    grew = false;
    for (const [from, to] of [
      [first, last + 1],
      [first - 1, last],
    ] as const) {
      if (from < 0 || to >= siblings.length) continue;
      const next = tryRange(from, to);
      if (next.judgement.match && coveredWords(next.alignment) >= coveredWords(best.alignment) + 2) {
        best = next;
        first = from;
        last = to;
        grew = true;
        break;
      }
    }
  }
  if (first === last) return undefined;
  const parts = siblings.slice(first, last + 1);
  const daysApart = context?.daysApart;
  return {
    articleId: seed.entry.articleId,
    quoteIds: parts.map((p) => p.quote.id),
    text: parts.map((p) => p.quote.text).join(' … '),
    speaker: parts.find((p) => p.quote.speaker)?.quote.speaker,
    kind: 'split',
    score: best.judgement.score,
    alignment: typeDifferences(best.alignment.ops, pageWords, best.words, best.alignment),
    ...(daysApart !== undefined && daysApart > FAR_APART_DAYS ? { daysApart } : {}),
  };
}

/**
 * The other direction of a split: the page prints as two consecutive quotes
 * what an indexed article prints as one. Each page quote then matched that
 * one quote as a fragment; both become `split`.
 */
function markReverseSplits(results: PageQuoteResult[]): void {
  for (let i = 0; i + 1 < results.length; i++) {
    const current = results[i]!;
    const next = results[i + 1]!;
    const isPartOf = (page: Quote, m: QuoteMatch) =>
      m.kind === 'fragment' && m.quoteIds.length === 1 && alignmentWords(page.text).length < alignmentWords(m.text).length;
    for (const m of current.matches) {
      if (!isPartOf(current.quote, m)) continue;
      const partner = next.matches.find((n) => n.quoteIds[0] === m.quoteIds[0] && isPartOf(next.quote, n));
      if (!partner) continue;
      m.kind = 'split';
      partner.kind = 'split';
    }
  }
}
