/**
 * Text normalization and word splitting: no dependencies, so the cheap
 * first look at a page (entrypoints/detector.content.ts) can use it without
 * loading the stemmer or the stopword list.
 */
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
