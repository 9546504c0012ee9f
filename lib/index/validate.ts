/**
 * Whether an article from outside may enter an index: one record in, an
 * Article or the reason it is refused out. Pure (no file system, no browser
 * API), so the index builder (scripts/index-sources.ts) and the reader's
 * library importer use the same rules:
 *
 * - a record is an object with a non-empty "text"; "url", "outlet", "title",
 *   "publishedAt" and "id" are optional, but when present must be strings;
 * - a URL must be an http(s) address (lib/safe-url.ts), a date a real
 *   calendar date (lib/iso-date.ts): a `javascript:` link or a 2023-13-45 is
 *   refused with its reason, never stored;
 * - the text must yield at least one body paragraph; a text too long for one
 *   article is read in part, with a warning (lib/seed/parse.ts).
 * An article parsed another way (a saved page, a .txt) passes `acceptArticle`:
 * without text it is refused, and an address or date its page stated that
 * fails the rules above is dropped with a warning; the text is still good.
 */
import { normalizeText } from '../text/normalize';
import { safeHttpUrl } from '../safe-url';
import { realIsoDate } from '../iso-date';
import { parseSeedText, type SeedSidecar } from '../seed/parse';
import type { Article } from '../types';

export type Imported = { ok: true; article: Article } | { ok: false; reason: string };

/** Longer than any headline or outlet name; past it a field is not metadata. */
export const MAX_TITLE_CHARS = 1_000;
export const MAX_OUTLET_CHARS = 200;
export const MAX_ID_CHARS = 200;

const METADATA_FIELDS = ['url', 'outlet', 'publishedAt', 'title'] as const;

/** The known metadata of a record or a .txt's sidecar, or why it is refused. */
export function metadataFromRecord(record: Record<string, unknown>): SeedSidecar | string {
  const metadata: SeedSidecar = {};
  for (const key of METADATA_FIELDS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return `"${key}" must be a string`;
    metadata[key] = value;
  }
  if (metadata.url !== undefined) {
    const url = safeHttpUrl(metadata.url);
    if (!url) return `"url" must be an http:// or https:// address, not "${preview(metadata.url)}"`;
    metadata.url = url;
  }
  if (metadata.publishedAt !== undefined) {
    const date = realIsoDate(metadata.publishedAt);
    if (!date) return `"publishedAt" must be a real date written YYYY-MM-DD, not "${preview(metadata.publishedAt)}"`;
    metadata.publishedAt = date;
  }
  if ((metadata.title?.length ?? 0) > MAX_TITLE_CHARS) return `"title" is longer than ${MAX_TITLE_CHARS} characters`;
  if ((metadata.outlet?.length ?? 0) > MAX_OUTLET_CHARS) return `"outlet" is longer than ${MAX_OUTLET_CHARS} characters`;
  return metadata;
}

/** One JSON article record → an Article, or the reason it is refused. */
export function articleFromRecord(data: unknown, options: { fallbackId: string; file?: string }): Imported {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'expected an object with a "text" field' };
  }
  const record = data as Record<string, unknown>;
  if (typeof record.text !== 'string' || !normalizeText(record.text).trim()) {
    return { ok: false, reason: 'missing "text" (the article body)' };
  }
  if (record.id !== undefined && (typeof record.id !== 'string' || record.id.length > MAX_ID_CHARS)) {
    return { ok: false, reason: `"id" must be a string of at most ${MAX_ID_CHARS} characters` };
  }
  const metadata = metadataFromRecord(record);
  if (typeof metadata === 'string') return { ok: false, reason: metadata };
  const id = record.id ? record.id : metadata.url ? urlId(metadata.url) : options.fallbackId;
  return acceptArticle(parseSeedText(record.text, { id, file: options.file, sidecar: metadata }));
}

/** A parsed article → kept, or refused when it has no text; a stated address or date that is not safe is dropped, with a warning. */
export function acceptArticle(article: Article): Imported {
  if (article.paragraphs.length === 0) return { ok: false, reason: 'no article text found' };
  if (article.url !== undefined && !safeHttpUrl(article.url)) {
    article.warnings.push({ message: `Address "${preview(article.url)}" left out: not an http(s) address.` });
    article.url = undefined;
    article.source = { ...article.source, url: undefined };
  }
  if (article.publishedAt !== undefined && !realIsoDate(article.publishedAt)) {
    article.warnings.push({ message: `Date "${preview(article.publishedAt)}" left out: not a real date.` });
    article.publishedAt = undefined;
  }
  return { ok: true, article };
}

/** FNV-1a, 32-bit: offset basis and prime from the published algorithm. The
 * second hash starts from another basis so the two together give 48 bits. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SECOND_OFFSET = 0x5bd1e995;

function fnv1a(text: string, offset: number): string {
  let h = offset;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A stable id from an article's address: "u" and 12 hex digits. Pure, so the browser's importer makes the same ids. */
export function urlId(url: string): string {
  return 'u' + (fnv1a(url, FNV_OFFSET) + fnv1a(url, SECOND_OFFSET)).slice(0, 12);
}

/** A value short enough to quote in a message. */
const PREVIEW_CHARS = 60;
function preview(value: string): string {
  return value.length > PREVIEW_CHARS ? `${value.slice(0, PREVIEW_CHARS)}…` : value;
}
