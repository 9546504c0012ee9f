/**
 * Text normalization and word splitting: no dependencies, so the cheap
 * first look at a page (entrypoints/detector.content.ts) can use it without
 * loading the stemmer or the stopword list.
 *
 * The one place where text that is the same to a reader becomes the same
 * string. Everything that compares words (parsing, the quote index,
 * alignment, retrieval, topic scoring, the engine) goes through
 * `normalizeText`; finding a quote back in the live page goes through
 * `normalizeWithOffsets`, the same folding with a map back to the page's
 * own characters, so a highlight covers exactly the words a reader sees.
 */

/**
 * A pattern with Unicode property classes, built on first use. Building one
 * looks up the classes' tables (about a millisecond each); the first look at
 * a page, whose metadata is mostly plain ASCII, should not pay for that
 * when the module loads.
 */
function unicodePattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}

/** Quote marks, spaces, dashes and the ellipsis, each folded to one form.
 * Applied before NFKC: NFKC would turn "″" into two primes, not a quote mark. */
const TYPOGRAPHIC_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g, '"'],
  [/[\u2018\u2019\u201A\u201B\u2032\uFF07]/g, "'"],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

/** Characters no reader sees: zero-width spaces and joiners, the word joiner,
 * soft hyphens, byte-order marks, the combining grapheme joiner, variation
 * selectors. Sites insert them against copying; CMSs leave them behind. */
const INVISIBLE = /* @__PURE__ */ unicodePattern('\\p{Default_Ignorable_Code_Point}', 'gu');

/** A combining mark left over once NFKC has composed what it can. On a
 * letter of the Latin script every letter a reader knows has a composed
 * form, so a mark that is left is noise inside the word (and would split it
 * in two for `tokenize`). Other scripts (Arabic vowel signs, Devanagari)
 * keep their marks: there they are part of the word. */
const STRAY_MARK = /* @__PURE__ */ unicodePattern('\\p{M}', 'gu');
const KEEPS_MARKS = /* @__PURE__ */ unicodePattern('^[^\\p{Script=Latin}\\P{L}]', 'u');

/**
 * A stretch of text normalization may change: one character that is not
 * plain ASCII, or any character followed by combining marks (which NFKC may
 * compose with it), invisible characters between them included. Everything
 * between such stretches is plain ASCII and stays as it is, which is what
 * lets offsets be mapped back exactly.
 */
const CLUSTER = /* @__PURE__ */ unicodePattern('[^][\\p{M}\\p{Default_Ignorable_Code_Point}]*\\p{M}|\\P{ASCII}', 'gu');

const clusterCache = new Map<string, string>();
/** Distinct clusters remembered; news text uses a few hundred. */
const CLUSTER_CACHE_LIMIT = 10_000;

function foldCluster(cluster: string): string {
  const cached = clusterCache.get(cluster);
  if (cached !== undefined) return cached;
  let s = cluster;
  for (const [pattern, replacement] of TYPOGRAPHIC_FOLDS) s = s.replace(pattern, replacement);
  s = s.replace(INVISIBLE(), '').normalize('NFKC');
  // NFKC can produce characters the folds above know (fullwidth quote marks, dashes and spaces).
  for (const [pattern, replacement] of TYPOGRAPHIC_FOLDS) s = s.replace(pattern, replacement);
  if (!KEEPS_MARKS().test(s)) s = s.replace(STRAY_MARK(), '');
  if (clusterCache.size >= CLUSTER_CACHE_LIMIT) clusterCache.clear();
  clusterCache.set(cluster, s);
  return s;
}

/** Fold the typographic variety of news text into one form: NFKC (composed
 * letters, compatibility forms such as fullwidth letters and ligatures
 * unfolded), curly quotes to straight, NBSP and other spaces to a plain
 * space, dashes to "-", "…" to "...", invisible characters and stray
 * combining marks dropped. */
export function normalizeText(text: string): string {
  // Plain ASCII has nothing to fold (every mark, invisible and typographic
  // character is outside it): answered without compiling the Unicode
  // property classes above, which is most of the cost on a page's title.
  if (!NON_ASCII.test(text)) return text;
  return text.replace(CLUSTER(), foldCluster);
}
const NON_ASCII = /[\u0080-\uffff]/;

/** Normalized text with, for every character of it, where it came from. */
export interface MappedText {
  text: string;
  /** `start[i]`: offset in the source of the character `text[i]` came from (start of its cluster). */
  start: Uint32Array;
  /** `end[i]`: offset in the source just past that cluster. */
  end: Uint32Array;
}

/** `normalizeText`, keeping the way back: a range found in the normalized
 * text is `[start[i], end[j - 1])` in the source. */
export function normalizeWithOffsets(source: string): MappedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    text += source.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  };
  for (const m of source.matchAll(CLUSTER())) {
    copy(at, m.index);
    const folded = foldCluster(m[0]);
    text += folded;
    for (let i = 0; i < folded.length; i++) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    at = m.index + m[0].length;
  }
  copy(at, source.length);
  return { text, start: Uint32Array.from(starts), end: Uint32Array.from(ends) };
}

/** The source range of the normalized range [from, to) (to > from). */
export function sourceRange(mapped: MappedText, from: number, to: number): { start: number; end: number } {
  return { start: mapped.start[from]!, end: mapped.end[to - 1]! };
}

/** A word as it appears, with its position in the source string. */
export interface Token {
  /** Lowercased word, diacritics kept, inner hyphens/apostrophes kept ("nilai-nilai"). */
  word: string;
  start: number;
  end: number;
}

const WORD = /* @__PURE__ */ unicodePattern("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*", 'gu');
/** WORD for plain ASCII text: the same words, without compiling Unicode classes. */
const ASCII_WORD = /[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(NON_ASCII.test(text) ? WORD() : ASCII_WORD)) {
    tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}
