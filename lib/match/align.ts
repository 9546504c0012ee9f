/**
 * Word-level local alignment of two quotes: how much of the shorter wording
 * can be laid over the longer one, word by word, in order.
 *
 * Why local alignment (Smith-Waterman) and not a bag of words or an edit
 * distance: outlets quote the same statement with a word swapped ("wilayah"
 * / "tanah"), a spelling changed ("Lithuania" / "Lituania"), or only part of
 * it. Word order is what tells one statement from another on the same topic
 * (they share vocabulary, not sequences), and a local alignment lets a short
 * quote sit anywhere inside a long one without paying for the rest. The
 * score is divided by the shorter quote's word count, so "a part of B"
 * scores as well as "all of B".
 *
 * Scoring, per aligned step:
 * - the same word after normalization (case, punctuation, quote marks): +1;
 * - a spelling variant: +0.7 for one letter inserted, dropped or changed in
 *   a long word ("Zelensky"/"Zelenskyy", "Lithuania"/"Lituania"), +0.6 for
 *   two different affixed forms of one stem ("dibebaskan"/"membebaskan"),
 *   +0.4 for words that share a root reading or a synonym group
 *   ("gertakan"/"menggertak", "wilayah"/"teritorial", lib/text/synonyms.ts);
 * - a substituted word ("saat"/"ketika"): -0.6, cheaper than two gaps, so
 *   a swap is shown as a swap;
 * - words only one side has: -0.8 to open the gap, -0.2 for each further
 *   word, so an ellipsis cut ("hak ... untuk") costs about one word however
 *   much was cut, while scattered insertions add up.
 * With these weights the 15-word "wilayah"/"tanah" pair scores
 * (14 - 0.6) / 15 = 0.89, a quote inside a longer one 1.0, and a different
 * statement sharing a phrase like "dukungan terhadap Ukraina" about
 * 3 / (its length).
 */
import type { AlignmentOp } from './types';
import { normalizeText, stem } from '../text/tokens';
import { readingsOf } from '../text/synonyms';

const MATCH = 1;
const EDIT_VARIANT = 0.7;
const STEM_VARIANT = 0.6;
/** Two words one of whose roots, or synonym groups, they share ("gertakan" /
 * "menggertak", "wilayah" / "teritorial"): a translator's choice, weaker
 * evidence than one stem, still better than a swap. */
const READING_VARIANT = 0.4;
const SUBSTITUTION = -0.6;
const GAP_OPEN = 0.8;
const GAP_EXTEND = 0.2;

/** Beyond this many words a side is not aligned further; its tail is reported
 * as unaligned. No real quote comes near it, and it keeps the work bounded
 * (at most MAX_ALIGNED_WORDS² cells) for pasted pages or garbage input. */
export const MAX_ALIGNED_WORDS = 1500;

/** A word of a quote: `key` compares, `display` is what a reader sees
 * (original case and the punctuation that follows it). */
export interface AlignWord {
  key: string;
  stem: string;
  display: string;
  /** The key spelled one way where outlets write one word several ways: a
   * transliterated name ("kiev" → "kyiv"), a number ("V", "lima" → "#5"). */
  alias: string;
  /** Holds a digit: never a spelling variant of anything. */
  numeric: boolean;
  /** Every root the word may be read as, through its synonym group (lib/text/synonyms.ts). */
  readings: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Split a quote into words, each keeping the punctuation that follows it so
 * that the ops of an alignment read back as the quote. */
export function alignmentWords(text: string): AlignWord[] {
  const normalized = normalizeText(text);
  const matches = [...normalized.matchAll(WORD)];
  const out: AlignWord[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const next = matches[i + 1];
    const start = i === 0 ? 0 : m.index;
    const end = next ? next.index : normalized.length;
    const key = m[0].toLowerCase();
    out.push({ key, stem: stem(key), display: normalized.slice(start, end).trim(), alias: spellingKey(key), numeric: /\d/.test(key), readings: readingsOf(key) });
  }
  return out;
}

/** The `key` of each of `alignmentWords(text)`, and nothing else of the
 * words: enough to tell two wordings with the very same words apart from
 * the rest before any is aligned. */
export function wordKeys(text: string): string[] {
  return Array.from(normalizeText(text).matchAll(WORD), (m) => m[0].toLowerCase());
}

/** Place names Indonesian outlets spell after the Russian, the Ukrainian or
 * the English form; too short or too far apart for the edit-distance rule to
 * pair them. Quote features count each as one content word (quote-features.ts). */
const TRANSLITERATIONS: ReadonlyMap<string, string> = new Map([
  ['kiev', 'kyiv'],
  ['kiyv', 'kyiv'],
  ['kharkov', 'kharkiv'],
  ['nikolaev', 'mykolaiv'],
  ['lvov', 'lviv'],
  ['lugansk', 'luhansk'],
  ['zelenskiy', 'zelensky'],
  ['moskwa', 'moskow'],
  ['moscow', 'moskow'],
  ['moskva', 'moskow'],
]);

/** Numbers written three ways for one value: "Pasal 5", "Pasal V", "Pasal
 * lima". Roman numerals only up to 39 and only from i, v and x: beyond that
 * they are ordinary words ("di", "mix") more often than numbers. */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'].map((w, n) => [w, String(n)]),
);
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 };

/** The value of a word that is a number in any notation ("5", "lima", "V"), else undefined. */
export function numberValue(key: string): string | undefined {
  if (/^\d+$/.test(key)) return String(Number(key));
  const word = NUMBER_WORDS.get(key);
  if (word) return word;
  const roman = ROMAN.exec(key);
  if (!roman || key === '') return undefined;
  return String(roman[1]!.length * 10 + (ROMAN_VALUES[roman[2]!] ?? 0));
}

/** One spelling for words that differ only in how they are written: a
 * transliterated name, or a number as digits, a word or a Roman numeral. */
function spellingKey(key: string): string {
  const number = numberValue(key);
  if (number !== undefined) return `#${number}`;
  return TRANSLITERATIONS.get(key) ?? key;
}

/** 1 for the same word, a partial credit for a spelling variant, 0 otherwise. */
export function wordSimilarity(x: AlignWord, y: AlignWord): number {
  if (x.key === y.key) return 1;
  if (x.alias === y.alias) return EDIT_VARIANT;
  // Numbers are never "variants": 2014 and 2024 are different claims.
  if (x.numeric || y.numeric) return 0;
  const shorter = Math.min(x.key.length, y.key.length);
  if (shorter >= 5 && x.key[0] === y.key[0] && Math.abs(x.key.length - y.key.length) <= 2) {
    const limit = shorter >= 8 ? 2 : 1;
    if (editDistanceWithin(x.key, y.key, limit)) return EDIT_VARIANT;
  }
  if (shorter >= 4 && x.stem.length >= 3 && x.stem === y.stem) return STEM_VARIANT;
  if (shorter >= 4 && x.readings.some((r) => y.readings.includes(r))) return READING_VARIANT;
  return 0;
}

/** Levenshtein distance ≤ limit, with an early exit once every cell of a row exceeds it. */
function editDistanceWithin(s: string, t: string, limit: number): boolean {
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return previous[t.length]! <= limit;
}

export interface WordAlignment {
  /** 0..1: best local alignment score, less the words where both quotes
   * diverge past it, divided by the shorter quote's word count. */
  score: number;
  /** Covers both texts in full: unaligned words before and after the aligned
   * region are `a-only`/`b-only`; inside it, differences are `changed`,
   * `a-only` or `b-only`. */
  ops: AlignmentOp[];
  aLength: number;
  bLength: number;
  /** Word ranges [start, end) of the aligned region; [0, 0] when nothing aligns. */
  aRegion: [number, number];
  bRegion: [number, number];
  /** Aligned pairs of the same word. */
  samePairs: number;
  /** Aligned pairs of spelling variants. */
  variantPairs: number;
  /** Aligned pairs of different words. */
  substitutions: number;
  /** Words inside the aligned region that only one side has. */
  aGapWords: number;
  bGapWords: number;
  /** Lowercased words that differ inside the aligned region (either side):
   * callers check them for negations and numbers, which change a claim. */
  differingWords: string[];
  /** Pairs of different words (not variants), as written, with whether each
   * starts its quote or sentence (capitals there mean nothing): aligned
   * substitutions, and the words where both quotes go on differently past
   * the aligned region. */
  substitutionPairs: { a: string; b: string; aStartsSentence: boolean; bStartsSentence: boolean; aIndex: number; bIndex: number }[];
  /** Words where both quotes go on differently before or past the aligned
   * region: two statements that share an opening and then part ways. */
  divergentWords: number;
  /** Of those, the words past the aligned region's end. */
  divergentTailWords: number;
}

type Step = { kind: 'pair'; i: number; j: number; sim: number } | { kind: 'a'; i: number } | { kind: 'b'; j: number };

// Traceback codes packed in one byte per cell: bits 0-1 say which state the
// best score H came from, bit 2 whether the a-gap state was opened here
// (from H) or extended, bit 3 the same for the b-gap state.
const FROM_NONE = 0;
const FROM_PAIR = 1;
const FROM_A_GAP = 2;
const FROM_B_GAP = 3;
const A_GAP_OPENED = 4;
const B_GAP_OPENED = 8;

/**
 * Align quote `a` (the page's wording) with quote `b` (another outlet's).
 * Affine-gap Smith-Waterman (Gotoh) over words, O(|a|·|b|) time; scores are
 * kept in rolling rows, the traceback in one byte per cell.
 */
export function alignWords(a: string, b: string): WordAlignment {
  return alignWordLists(alignmentWords(a), alignmentWords(b), a, b);
}

/** As `alignWords`, for words already split (the index keeps them split). */
export function alignWordLists(aWords: AlignWord[], bWords: AlignWord[], aText = '', bText = ''): WordAlignment {
  const n = Math.min(aWords.length, MAX_ALIGNED_WORDS);
  const m = Math.min(bWords.length, MAX_ALIGNED_WORDS);
  const width = m + 1;
  const trace = new Uint8Array((n + 1) * width);
  let hPrev = new Float64Array(width);
  let hCur = new Float64Array(width);
  let aGapPrev = new Float64Array(width).fill(-Infinity);
  let aGapCur = new Float64Array(width).fill(-Infinity);
  const sims = new Float64Array(m);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;

  for (let i = 1; i <= n; i++) {
    const x = aWords[i - 1]!;
    for (let j = 0; j < m; j++) sims[j] = wordSimilarity(x, bWords[j]!);
    hCur[0] = 0;
    aGapCur[0] = -Infinity;
    let bGap = -Infinity;
    for (let j = 1; j <= m; j++) {
      let code = 0;
      // a-gap: a's word i has no partner (moving down).
      const openA = hPrev[j]! - GAP_OPEN;
      const extendA = aGapPrev[j]! - GAP_EXTEND;
      const aGap = openA >= extendA ? openA : extendA;
      if (openA >= extendA) code |= A_GAP_OPENED;
      // b-gap: b's word j has no partner (moving right).
      const openB = hCur[j - 1]! - GAP_OPEN;
      const extendB = bGap - GAP_EXTEND;
      bGap = openB >= extendB ? openB : extendB;
      if (openB >= extendB) code |= B_GAP_OPENED;
      const sim = sims[j - 1]!;
      const pair = hPrev[j - 1]! + (sim > 0 ? (sim === 1 ? MATCH : sim) : SUBSTITUTION);

      let h = 0;
      let from = FROM_NONE;
      if (pair > h) {
        h = pair;
        from = FROM_PAIR;
      }
      if (aGap > h) {
        h = aGap;
        from = FROM_A_GAP;
      }
      if (bGap > h) {
        h = bGap;
        from = FROM_B_GAP;
      }
      hCur[j] = h;
      aGapCur[j] = aGap;
      trace[i * width + j] = code | from;
      if (h > best) {
        best = h;
        bestI = i;
        bestJ = j;
      }
    }
    [hPrev, hCur] = [hCur, hPrev];
    [aGapPrev, aGapCur] = [aGapCur, aGapPrev];
  }

  // Walk back from the best cell. The state machine mirrors the recurrences:
  // in state H the cell's `from` bits choose; a gap state consumes one word
  // and either stays in the gap (extended) or returns to H (opened).
  const steps: Step[] = [];
  let i = bestI;
  let j = bestJ;
  let state: 'h' | 'a' | 'b' = 'h';
  while (i > 0 && j > 0) {
    const code = trace[i * width + j]!;
    if (state === 'h') {
      const from = code & 3;
      if (from === FROM_NONE) break;
      if (from === FROM_PAIR) {
        steps.push({ kind: 'pair', i: i - 1, j: j - 1, sim: wordSimilarity(aWords[i - 1]!, bWords[j - 1]!) });
        i--;
        j--;
      } else state = from === FROM_A_GAP ? 'a' : 'b';
    } else if (state === 'a') {
      steps.push({ kind: 'a', i: i - 1 });
      if (code & A_GAP_OPENED) state = 'h';
      i--;
    } else {
      steps.push({ kind: 'b', j: j - 1 });
      if (code & B_GAP_OPENED) state = 'h';
      j--;
    }
  }
  steps.reverse();
  // A local alignment never starts or ends with a gap (it would only lower
  // the score), so the region is bounded by its first and last pair.
  const aStart = steps.length > 0 ? i : 0;
  const bStart = steps.length > 0 ? j : 0;
  const aEnd = steps.length > 0 ? bestI : 0;
  const bEnd = steps.length > 0 ? bestJ : 0;

  // Where both quotes go on past the aligned region at the same end, they
  // say different things there ("… ke Polandia" / "… ke Rumania", "… hingga
  // perang berakhir" / "… meski ada tekanan politik"): a local alignment
  // would simply stop before them and call the shared opening a fragment.
  // Those words are counted as substitutions, paired from the region
  // outwards. Only a region that stops short of both quotes' edges diverges;
  // a quote that is wholly inside the other (a fragment) has no such end.
  const divergent: DivergentPair[] = [];
  if (steps.length > 0) {
    const heads = Math.min(aStart, bStart);
    for (let k = 1; k <= heads; k++) divergent.push({ i: aStart - k, j: bStart - k });
    const tails = Math.min(n - aEnd, m - bEnd);
    for (let k = 0; k < tails; k++) divergent.push({ i: aEnd + k, j: bEnd + k });
  }
  const scored = best + SUBSTITUTION * divergent.length;

  return summarize(aWords, bWords, steps, [aStart, aEnd], [bStart, bEnd], scored, aText, bText, divergent);
}

interface DivergentPair {
  i: number;
  j: number;
}

function summarize(
  aWords: AlignWord[],
  bWords: AlignWord[],
  steps: Step[],
  aRegion: [number, number],
  bRegion: [number, number],
  best: number,
  aText: string,
  bText: string,
  divergent: DivergentPair[],
): WordAlignment {
  const builder = new OpsBuilder();
  for (let k = 0; k < aRegion[0]; k++) builder.push('a-only', aWords[k]!.display, '');
  for (let k = 0; k < bRegion[0]; k++) builder.push('b-only', '', bWords[k]!.display);
  builder.closeRun();

  let samePairs = 0;
  let variantPairs = 0;
  let substitutions = 0;
  let aGapWords = 0;
  let bGapWords = 0;
  const differingWords: string[] = [];
  const substitutionPairs: WordAlignment['substitutionPairs'] = [];
  for (const step of steps) {
    if (step.kind === 'pair') {
      const x = aWords[step.i]!;
      const y = bWords[step.j]!;
      if (step.sim === 1) {
        samePairs++;
        builder.push('same', x.display, y.display);
        continue;
      }
      if (step.sim > 0) {
        variantPairs++;
        // The same name or number spelled another way changes no claim: it is
        // shown as a difference but not handed to the claim checks.
        if (x.alias === y.alias) {
          builder.pushDifference(x.display, y.display);
          continue;
        }
      } else {
        substitutions++;
        substitutionPairs.push({
          a: x.display,
          b: y.display,
          aStartsSentence: startsSentence(aWords, step.i),
          bStartsSentence: startsSentence(bWords, step.j),
          aIndex: step.i,
          bIndex: step.j,
        });
      }
      differingWords.push(x.key, y.key);
      builder.pushDifference(x.display, y.display);
    } else if (step.kind === 'a') {
      aGapWords++;
      differingWords.push(aWords[step.i]!.key);
      builder.pushDifference(aWords[step.i]!.display, '');
    } else {
      bGapWords++;
      differingWords.push(bWords[step.j]!.key);
      builder.pushDifference('', bWords[step.j]!.display);
    }
  }
  builder.closeRun();

  for (const { i, j } of divergent) {
    const x = aWords[i]!;
    const y = bWords[j]!;
    if (wordSimilarity(x, y) > 0) continue;
    substitutionPairs.push({ a: x.display, b: y.display, aStartsSentence: startsSentence(aWords, i), bStartsSentence: startsSentence(bWords, j), aIndex: i, bIndex: j });
    differingWords.push(x.key, y.key);
  }

  for (let k = aRegion[1]; k < aWords.length; k++) builder.push('a-only', aWords[k]!.display, '');
  builder.closeRun();
  for (let k = bRegion[1]; k < bWords.length; k++) builder.push('b-only', '', bWords[k]!.display);
  builder.closeRun();

  // A text with no words at all (only punctuation) still shows up in full.
  if (aWords.length === 0 && aText.trim()) builder.push('a-only', aText.trim(), '');
  if (bWords.length === 0 && bText.trim()) builder.push('b-only', '', bText.trim());
  builder.closeRun();

  const shorter = Math.min(aWords.length, bWords.length);
  const score = shorter === 0 ? 0 : Math.max(0, Math.min(1, best / shorter));
  return {
    score,
    ops: builder.ops,
    aLength: aWords.length,
    bLength: bWords.length,
    aRegion,
    bRegion,
    samePairs,
    variantPairs,
    substitutions,
    aGapWords,
    bGapWords,
    differingWords,
    substitutionPairs,
    divergentWords: divergent.length,
    divergentTailWords: divergent.filter(({ i }) => i >= aRegion[1]).length,
  };
}

function startsSentence(list: AlignWord[], index: number): boolean {
  return index === 0 || /[.!?:]["')\]]*$/.test(list[index - 1]!.display);
}

/** Collects steps into ops, merging runs: consecutive `same` words become one
 * op, and a run of differences inside the aligned region becomes one
 * `changed` op when both sides have words in it (else `a-only`/`b-only`).
 * `closeRun` separates the leading and trailing unaligned words from the
 * aligned region, so an edge never merges into a difference inside it. */
class OpsBuilder {
  readonly ops: AlignmentOp[] = [];
  private diffA: string[] = [];
  private diffB: string[] = [];
  private sealed = 0;

  push(op: AlignmentOp['op'], a: string, b: string): void {
    this.flushDifference();
    const last = this.ops.length > this.sealed ? this.ops[this.ops.length - 1] : undefined;
    if (last && last.op === op) {
      last.a = join(last.a, a);
      last.b = join(last.b, b);
    } else this.ops.push({ op, a, b });
  }

  pushDifference(a: string, b: string): void {
    if (a) this.diffA.push(a);
    if (b) this.diffB.push(b);
  }

  closeRun(): void {
    this.flushDifference();
    this.sealed = this.ops.length;
  }

  private flushDifference(): void {
    if (this.diffA.length === 0 && this.diffB.length === 0) return;
    const a = this.diffA.join(' ');
    const b = this.diffB.join(' ');
    this.ops.push({ op: a && b ? 'changed' : a ? 'a-only' : 'b-only', a, b });
    this.diffA = [];
    this.diffB = [];
  }
}

function join(x: string, y: string): string {
  if (!x) return y;
  if (!y) return x;
  return `${x} ${y}`;
}
