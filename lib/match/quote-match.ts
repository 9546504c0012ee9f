/**
 * Which quotes in the index are the same statement as a quote on the page,
 * and how the wordings differ.
 *
 * For each page quote the index proposes candidates that share word pairs
 * with it; each candidate is aligned word by word (align.ts) and judged:
 *
 * 1. Very short quotes (up to SHORT_QUOTE_WORDS words: "sulit", "masih
 *    awal") match only a quote with exactly the same words whose speaker is
 *    known on both sides and is the same person. A word or two recurs in
 *    countless unrelated statements, so the words alone prove nothing; the
 *    same person saying the same short words is the only evidence left.
 * 2. A change of claim is never a rewording: if the words that differ
 *    inside the aligned region add or drop a negation ("akan" / "tidak
 *    akan"), change a number ("dua tahun" / "tiga tahun") or swap one name
 *    for another ("Rusia harus" / "Ukraina harus"), the quotes say different
 *    things however similar they look; so does a swap inside a group of
 *    contrasting words (CONTRASTS: "militer" / "kemanusiaan", "darat" /
 *    "udara"). Any other swap of ordinary words ("wilayah" / "tanah") is
 *    what translations do and stays a rewording.
 * 3. Otherwise the alignment score (0..1, per word of the shorter quote),
 *    nudged by the speaker, must reach MATCH_THRESHOLD, and at least
 *    MIN_SAME_WORDS words must be identical. The speaker is evidence, never
 *    the only evidence: the same canonical speaker adds SAME_SPEAKER_BONUS,
 *    a different known speaker subtracts OTHER_SPEAKER_PENALTY, an unknown
 *    speaker changes nothing (extraction often cannot tell who spoke).
 *
 * Splits: one outlet may print a long statement as one quote, another as two
 * or three consecutive quotes. When an index quote matches as a part of the
 * page quote, its neighbours in the same article are joined to it (with
 * " … ") for as long as that covers more of the page quote. The reverse —
 * two consecutive page quotes both inside one index quote — marks both
 * matches `split` too.
 */
import { alignmentWords, alignWordLists, numberValue, type AlignWord, type WordAlignment } from './align';
import { SHORT_QUOTE_WORDS, type IndexedQuote, type QuoteIndex } from './quote-index';
import type { PageQuoteResult, QuoteMatch, QuoteMatchKind } from './types';
import type { Quote, Speaker } from '../types';

/**
 * Chosen on test/fixtures/quote-pairs.json (`npx tsx scripts/eval/quotes.ts`
 * prints the scores of every pair): rewordings of one or two words score
 * 0.8–0.97, fragments and splits near 1, while the highest-scoring true
 * negatives — different statements sharing a long phrase — stay near 0.6
 * once the speaker is counted. Paraphrases score 0.3–0.5.
 */
export const MATCH_THRESHOLD = 0.7;
export const SAME_SPEAKER_BONUS = 0.05;
export const OTHER_SPEAKER_PENALTY = 0.15;
/** A quote of four words with one swapped has three in common; fewer is too little to call it the same. */
export const MIN_SAME_WORDS = 3;
/** A split is at most this many consecutive quotes. */
const MAX_SPLIT_PARTS = 4;

export interface MatchQuotesOptions {
  /** The page's own article, when the index holds a copy of it. */
  excludeArticleId?: string;
  /** The page's URL: indexed articles from the same URL are the page itself. */
  excludeUrl?: string;
}

const NEGATIONS = new Set(['tidak', 'tak', 'bukan', 'belum', 'jangan', 'tanpa', 'takkan', 'tiada', 'enggak', 'nggak', 'gak']);
/** Number words beyond what `numberValue` reads (digits, "satu"–"sepuluh", Roman numerals): tens, ordinals, fractions. */
const MORE_NUMBER_WORDS = new Set([
  'sebelas', 'belas', 'puluh', 'ratus', 'seratus', 'ribu', 'seribu', 'juta', 'miliar', 'triliun',
  'pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'setengah', 'separuh',
]);

const CAPITALIZED = /^[^\p{L}\p{N}]*\p{Lu}/u;

/**
 * Ordinary words that, swapped for another of the same group, change what is
 * claimed: "dukungan militer" / "dukungan kemanusiaan" is another promise,
 * while "wilayah" / "tanah" is how two translators put one. Each group lists
 * the meanings that contrast; words inside one meaning are synonyms.
 */
const CONTRASTS: readonly (readonly (readonly string[])[])[] = [
  [['militer', 'senjata', 'persenjataan'], ['kemanusiaan'], ['ekonomi', 'keuangan', 'finansial'], ['medis', 'kesehatan'], ['diplomatik', 'politik']],
  [['darat'], ['laut', 'maritim'], ['udara']],
  [['naik', 'meningkat', 'bertambah'], ['turun', 'menurun', 'berkurang']],
  [['utara'], ['selatan'], ['timur'], ['barat']],
  [['menang', 'memenangkan'], ['kalah']],
  [['mendukung', 'menyetujui', 'setuju'], ['menentang', 'menolak']],
  [['sebelum'], ['sesudah', 'setelah', 'usai']],
  [['menyerang'], ['bertahan']],
  [['mundur'], ['maju']],
  [['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat'], ['sabtu'], ['minggu']],
  [['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november'], ['desember']],
];
/** Word → [group, meaning] in CONTRASTS. */
const CONTRAST_OF = new Map<string, readonly [number, number]>();
CONTRASTS.forEach((group, g) => group.forEach((meaning, m) => meaning.forEach((word) => CONTRAST_OF.set(word, [g, m]))));

function contrasting(a: string, b: string): boolean {
  const x = CONTRAST_OF.get(a.toLowerCase().replace(/[^\p{L}]/gu, ''));
  const y = CONTRAST_OF.get(b.toLowerCase().replace(/[^\p{L}]/gu, ''));
  return !!x && !!y && x[0] === y[0] && x[1] !== y[1];
}

export interface PairJudgement {
  match: boolean;
  /** Alignment score with the speaker adjustment, clamped to 0..1: what
   * the threshold is compared with. Matches report the alignment score itself. */
  score: number;
  kind: QuoteMatchKind;
  /** Why a pair was turned down, for the evaluation report. */
  reason?: string;
}

/**
 * Decide whether two wordings are the same statement, from their alignment
 * and speakers. `aText`/`bText` are only consulted for ellipsis marks.
 */
export function judgePair(
  alignment: WordAlignment,
  aText: string,
  bText: string,
  aSpeaker?: Speaker,
  bSpeaker?: Speaker,
): PairJudgement {
  const shorter = Math.min(alignment.aLength, alignment.bLength);
  const identical = alignment.aLength === alignment.bLength && alignment.samePairs === alignment.aLength && shorter > 0;
  const sameSpeaker = !!aSpeaker && !!bSpeaker && aSpeaker.id === bSpeaker.id;
  const otherSpeaker = !!aSpeaker && !!bSpeaker && aSpeaker.id !== bSpeaker.id;
  const adjust = sameSpeaker ? SAME_SPEAKER_BONUS : otherSpeaker ? -OTHER_SPEAKER_PENALTY : 0;
  const score = Math.max(0, Math.min(1, alignment.score + adjust));
  const kind = identical ? 'identical' : classify(alignment, aText, bText);

  if (shorter === 0) return { match: false, score: 0, kind, reason: 'no words' };
  if (shorter <= SHORT_QUOTE_WORDS) {
    if (!identical) return { match: false, score, kind, reason: 'short quote, not identical' };
    if (!sameSpeaker) return { match: false, score, kind, reason: 'short quote, speaker not the same' };
    return { match: true, score, kind };
  }
  const claim = claimChange(alignment);
  if (claim) return { match: false, score, kind, reason: claim };
  if (alignment.samePairs < MIN_SAME_WORDS) return { match: false, score, kind, reason: 'too few identical words' };
  if (score < MATCH_THRESHOLD) return { match: false, score, kind, reason: `score below ${MATCH_THRESHOLD}` };
  return { match: true, score, kind };
}

/** Differing words that change what is claimed, if any. */
function claimChange(alignment: WordAlignment): string | undefined {
  // One name swapped for another ("Rusia" / "Ukraina", "NATO" / "Uni")
  // changes who does what; a capital at the start of a sentence is no name.
  for (const pair of alignment.substitutionPairs) {
    const aName = !pair.aStartsSentence && CAPITALIZED.test(pair.a);
    const bName = !pair.bStartsSentence && CAPITALIZED.test(pair.b);
    if (aName && bName) return `a name differs ("${pair.a}" / "${pair.b}")`;
    if (contrasting(pair.a, pair.b)) return `a contrasting word differs ("${pair.a}" / "${pair.b}")`;
  }
  let negations = 0;
  for (const word of alignment.differingWords) {
    if (NEGATIONS.has(word)) negations++;
    if (/\d/.test(word) || numberValue(word) !== undefined || MORE_NUMBER_WORDS.has(word)) return `a number differs ("${word}")`;
  }
  // A negation swapped for another ("tidak hanya" / "bukan hanya") keeps the
  // meaning; one added or dropped flips it. Swaps come in pairs.
  if (negations % 2 === 1) return 'a negation is added or dropped';
  return undefined;
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
  if (leftOut >= 3 && leftOut >= 0.2 * longerLength) return 'fragment';
  const shorterText = aLonger ? bText : aText;
  if (gapInside > 0 && /\.\.\.|…/.test(shorterText)) return 'fragment';
  return 'reworded';
}

interface Judged {
  entry: IndexedQuote;
  alignment: WordAlignment;
  judgement: PairJudgement;
}

/** For each page quote, the index quotes that are the same statement, best first. */
export function matchQuotes(pageQuotes: Quote[], index: QuoteIndex, options: MatchQuotesOptions = {}): PageQuoteResult[] {
  const results = pageQuotes.map((quote) => ({ quote, matches: matchOne(quote, index, options) }));
  markReverseSplits(results);
  return results;
}

function matchOne(quote: Quote, index: QuoteIndex, options: MatchQuotesOptions): QuoteMatch[] {
  const pageWords = alignmentWords(quote.text ?? '');
  if (pageWords.length === 0) return [];
  const candidates = index.candidates(quote.text, {
    excludeArticleId: options.excludeArticleId,
    excludeUrl: options.excludeUrl,
  });
  const accepted: Judged[] = [];
  // Syndicated copies (one ANTARA story on many sites) bring the same wording
  // many times over; it is aligned once.
  const judgedWordings = new Map<string, Omit<Judged, 'entry'>>();
  for (const { entry } of candidates) {
    const wording = `${entry.quote.speaker?.id ?? ''}\u0000${entry.quote.text}`;
    let judged = judgedWordings.get(wording);
    if (!judged) {
      const alignment = alignWordLists(pageWords, index.wordsOf(entry), quote.text, entry.quote.text);
      judged = { alignment, judgement: judgePair(alignment, quote.text, entry.quote.text, quote.speaker, entry.quote.speaker) };
      judgedWordings.set(wording, judged);
    }
    if (judged.judgement.match) accepted.push({ entry, ...judged });
  }

  const matches: QuoteMatch[] = [];
  const covered = new Set<string>();
  // Strongest first, so a split is grown from its best-aligned part.
  accepted.sort((x, y) => y.judgement.score - x.judgement.score);
  for (const judged of accepted) {
    if (covered.has(judged.entry.quote.id)) continue;
    const split = pageQuoteIsLonger(judged) ? growSplit(quote, pageWords, judged, index) : undefined;
    if (split) {
      for (const id of split.quoteIds) covered.add(id);
      matches.push(split);
      continue;
    }
    covered.add(judged.entry.quote.id);
    matches.push(toMatch(judged.entry, judged.alignment, judged.judgement));
  }
  return matches.sort((x, y) => y.score - x.score || x.articleId.localeCompare(y.articleId));
}

function pageQuoteIsLonger(judged: Judged): boolean {
  return judged.alignment.aLength > judged.alignment.bLength;
}

function toMatch(entry: IndexedQuote, alignment: WordAlignment, judgement: PairJudgement): QuoteMatch {
  return {
    articleId: entry.articleId,
    quoteIds: [entry.quote.id],
    text: entry.quote.text,
    speaker: entry.quote.speaker,
    kind: judgement.kind,
    score: alignment.score,
    alignment: alignment.ops,
  };
}

/**
 * Starting from one index quote that is part of the page quote, join the
 * next or previous quote of the same article while that lets the alignment
 * cover at least two more words of the page quote without losing score
 * below the threshold. Returns a `split` match when two or more parts join.
 */
function growSplit(quote: Quote, pageWords: AlignWord[], seed: Judged, index: QuoteIndex): QuoteMatch | undefined {
  const siblings = index.articleQuotes(seed.entry.articleId);
  let first = seed.entry.order;
  let last = seed.entry.order;
  let best = { alignment: seed.alignment, judgement: seed.judgement };
  const coveredWords = (a: WordAlignment) => a.samePairs + a.variantPairs;

  const tryRange = (from: number, to: number) => {
    const parts = siblings.slice(from, to + 1);
    const joinedWords = parts.flatMap((p) => index.wordsOf(p));
    const joinedText = parts.map((p) => p.quote.text).join(' … ');
    const alignment = alignWordLists(pageWords, joinedWords, quote.text, joinedText);
    const judgement = judgePair(alignment, quote.text, joinedText, quote.speaker, parts[0]?.quote.speaker);
    return { alignment, judgement };
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
  return {
    articleId: seed.entry.articleId,
    quoteIds: parts.map((p) => p.quote.id),
    text: parts.map((p) => p.quote.text).join(' … '),
    speaker: parts.find((p) => p.quote.speaker)?.quote.speaker,
    kind: 'split',
    score: best.alignment.score,
    alignment: best.alignment.ops,
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
