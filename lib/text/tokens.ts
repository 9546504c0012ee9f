/**
 * Word-level text helpers shared by parsing, indexing and matching.
 * Pure functions, no DOM.
 */
import { stemmer } from '@orama/stemmers/indonesian';
import stopwordList from 'stopwords-id';

import { normalizeText, words } from './normalize';

export { normalizeText, tokenize, words, type Token } from './normalize';

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
