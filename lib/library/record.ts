/**
 * How an article is keyed in the library: its canonical URL (the same page
 * as http or https, with or without "www." or a query, is one page), and a
 * hash of its comparable text (the same article under two addresses, or
 * with none, is one text). Ids derive from these, so saving a page again
 * lands on the same record. And whether a record read back from storage is
 * one Jejak can use.
 */
import { canonicalUrl, textHash } from '../match/engine';
import { normalizeText } from '../text/tokens';
import type { Article } from '../types';
import type { LibraryRecord } from './schema';

/** Every library id starts so: never one of the bundled index's ids, and `lib:` tells a view where a result came from. */
export const LIBRARY_ID_PREFIX = 'lib:';

/** The text of an article as compared for duplicates: letters and digits, lowercased, whitespace and punctuation ignored. */
export function comparableText(paragraphs: readonly string[]): string {
  return normalizeText(paragraphs.join(' ')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function textKeyOf(article: Pick<Article, 'paragraphs'>): string {
  const text = comparableText(article.paragraphs);
  // Two independent 53-bit hashes and the length: 2^-106 odds that two texts collide.
  return `${textHash(text).toString(36)}.${textHash(text, 1).toString(36)}.${text.length.toString(36)}`;
}

/** The id an article gets in the library: from its canonical URL, else from its text. */
export function libraryId(article: Pick<Article, 'url' | 'paragraphs'>): string {
  if (article.url) {
    const key = canonicalUrl(article.url);
    return `${LIBRARY_ID_PREFIX}u${textHash(key).toString(36)}${textHash(key, 1).toString(36)}`;
  }
  return `${LIBRARY_ID_PREFIX}t${textKeyOf(article).replace(/\./g, '')}`;
}

export function isLibraryId(id: string): boolean {
  return id.startsWith(LIBRARY_ID_PREFIX);
}

/** The derived fields of a record, for its indexes. */
export function recordKeys(article: Article): { urlKey?: string; textKey: string; date: string; outlet: string } {
  const keys: { urlKey?: string; textKey: string; date: string; outlet: string } = {
    textKey: textKeyOf(article),
    date: article.publishedAt ?? '',
    outlet: article.outlet ?? '',
  };
  if (article.url) keys.urlKey = canonicalUrl(article.url);
  return keys;
}

/** The article under another id, its quotes' ids (`<article id>#q<n>`) following. */
export function withId(article: Article, id: string): Article {
  if (article.id === id) return article;
  const prefix = `${article.id}#`;
  return {
    ...article,
    id,
    quotes: article.quotes.map((q) => (q.id.startsWith(prefix) ? { ...q, id: `${id}#${q.id.slice(prefix.length)}` } : q)),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
const optionalArray = (v: unknown) => v === undefined || Array.isArray(v);

/**
 * Whether a value read from the library's storage is a record this Jejak can
 * use: an older version's bug or a half-written record must not stop the
 * engine, the Library page or an export. Checks what reading, listing and
 * indexing the record touch: its keys, the article's id, text, quotes and
 * the lists it is indexed by.
 */
export function readableRecord(value: unknown): value is LibraryRecord {
  if (!isObject(value) || typeof value.id !== 'string' || !isLibraryId(value.id)) return false;
  if (typeof value.outlet !== 'string' || typeof value.date !== 'string' || typeof value.savedAt !== 'string') return false;
  const article = value.article;
  if (!isObject(article) || typeof article.id !== 'string') return false;
  if (!Array.isArray(article.paragraphs) || !article.paragraphs.every((p) => typeof p === 'string')) return false;
  if (!Array.isArray(article.quotes) || !article.quotes.every((q) => isObject(q) && typeof q.id === 'string' && typeof q.text === 'string')) return false;
  if (![article.title, article.outlet, article.url, article.publishedAt].every(optionalString)) return false;
  if (![article.entities, article.dates, article.authors, article.citedSources].every(optionalArray)) return false;
  return ((article.entities as unknown[] | undefined) ?? []).every(isObject);
}
