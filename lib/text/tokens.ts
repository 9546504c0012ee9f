/**
 * Word-level text helpers shared by parsing, indexing and matching.
 * Pure functions, no DOM.
 */
import { stemmer } from '@orama/stemmers/indonesian';
import stopwordList from 'stopwords-id';

/** Fold the typographic variety of news text into one form: curly quotes to
 * straight, NBSP and other spaces to a plain space, dashes to "-", "…" to "...". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\uFF07]/g, "'")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...');
}

/** A word as it appears, with its position in the source string. */
export interface Token {
  /** Lowercased word, diacritics kept, inner hyphens/apostrophes kept ("nilai-nilai"). */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * Indonesian stem of a lowercased word. Uses the Snowball Indonesian stemmer
 * (@orama/stemmers, Apache-2.0): it over-stems some words (mengatakan→ata), but
 * consistently, which is what retrieval needs. Dictionary-based Sastrawi ports
 * stem better but their dictionary is CC-BY-NC-SA, unfit for a published
 * extension. Reduplicated words ("nilai-nilai") stem to their base.
 */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  const dup = /^([\p{L}]+)-\1$/u.exec(word);
  const base = dup ? dup[1]! : word;
  s = /\d/.test(base) || base.length < 4 ? base : stemmer(base);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

const STOPWORDS: ReadonlySet<string> = new Set(stopwordList as string[]);

/** Stopwords are dropped for retrieval and topic scoring only, never for
 * quote matching: "semakin", "banyak", "mereka" carry a quote's identity. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Stemmed content terms of a text, for retrieval. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(normalizeText(text))) {
    if (w.length < 2 || isStopword(w)) continue;
    out.push(stem(w));
  }
  return out;
}
