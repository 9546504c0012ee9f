/**
 * Articles into and out of the library as files.
 *
 * Import reads, by file name:
 * - `.jsonl`: one article per line; `.json`: one article, a list of them, or
 *   an index built by `npm run index` (format "jejak-index"). An article record
 *   is `{url?, outlet?, title?, publishedAt?, text}` as `npm run index` reads
 *   it, or with `paragraphs` (a list of strings) instead of or beside `text`:
 *   paragraphs are taken as they are, text is read as raw news text.
 * - `.html`/`.htm`: a saved page, read by the one article reader (lib/article/read.ts).
 * - `.txt`: raw news text, as the index builder reads it (lib/seed/parse.ts).
 *
 * Each file yields its articles one at a time, with every record it cannot
 * read as a problem naming the file, the line (or list item) and the reason;
 * the good records around a bad one are kept.
 *
 * Export writes JSONL in the same record format, with both `text` (so `npm
 * run index` reads it) and `paragraphs` (so importing it back gives exactly
 * the same articles).
 */
import { loadIndex } from '../index/build';
import { INDEX_FORMAT } from '../index/format';
import { readArticle } from '../article/read';
import { articleFromParts, parseSeedText, type SeedSidecar } from '../seed/parse';
import { acceptArticle } from '../index/validate';
import { safeHttpUrl } from '../safe-url';
import { realIsoDate } from '../iso-date';
import type { Article } from '../types';

export interface ImportFile {
  name: string;
  text: string;
}

/** What is wrong with a file or record, for a view to say in the reader's language (`importProblem_<code>` messages, `params` as $1, $2). */
export type ImportProblemCode =
  | 'invalidJson' | 'badIndex' | 'noArticleInPage' | 'emptyFile' | 'unsupportedType' | 'notObject' | 'notString'
  | 'badDate' | 'badUrl' | 'badParagraphs' | 'noText' | 'tooLong' | 'onlyFurniture' | 'unreadable' | 'unreadableFurther';

export interface ImportProblem {
  file: string;
  /** Line of a JSONL file, or item of a JSON list (counting from 1). */
  line?: number;
  /** In English, with the parser's own detail where there is one: what the command-line tools print. */
  message: string;
  code?: ImportProblemCode;
  params?: string[];
}

export type ImportItem = { article: Article; file: string; line?: number } | { problem: ImportProblem };

export interface ImportDeps {
  /** HTML text → a DOM document (DOMParser in the browser, linkedom in Node). */
  parseHtml(html: string): Document;
}

/** Record fields that must be strings when present. */
const STRING_FIELDS = ['url', 'outlet', 'title', 'publishedAt'] as const;
/** A record bigger than this is not one news article. */
const MAX_RECORD_CHARS = 2_000_000;
/** Id an article has while it is parsed; the library gives it its own (lib/library/record.ts). */
const PARSE_ID = 'import';

export const SUPPORTED_EXTENSIONS = ['.jsonl', '.json', '.html', '.htm', '.txt'] as const;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * The articles of one file, and a problem for everything in it that is not
 * one. An address or date an article states that is not safe to show (not
 * http(s), not a real date: an index file's, a saved page's) is left out
 * with a warning, as the index builder does; the text is kept.
 */
export function* readImportFile(file: ImportFile, deps: ImportDeps): Generator<ImportItem> {
  for (const item of itemsOf(file, deps)) {
    if ('problem' in item) {
      yield item;
      continue;
    }
    const accepted = acceptArticle(item.article);
    yield accepted.ok
      ? { ...item, article: accepted.article }
      : { problem: { file: item.file, message: accepted.reason, code: 'onlyFurniture', ...(item.line ? { line: item.line } : {}) } };
  }
}

function* itemsOf(file: ImportFile, deps: ImportDeps): Generator<ImportItem> {
  const ext = extensionOf(file.name);
  const problem = (code: ImportProblemCode, message: string, params?: string[], line?: number): ImportItem => ({
    problem: { file: file.name, message, code, ...(params ? { params } : {}), ...(line ? { line } : {}) },
  });
  const text = file.text.replace(/^\uFEFF/, '');
  if (ext === '.jsonl') {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch (error) {
        yield problem('invalidJson', `not valid JSON (${(error as Error).message})`, undefined, i + 1);
        continue;
      }
      yield fromRecord(data, file.name, i + 1);
    }
  } else if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      yield problem('invalidJson', `not valid JSON (${(error as Error).message})`);
      return;
    }
    if (isRecord(data) && data.format === INDEX_FORMAT) {
      let articles: Article[];
      try {
        articles = loadIndex(data).articles;
      } catch (error) {
        yield problem('badIndex', (error as Error).message);
        return;
      }
      for (const article of articles) yield { article, file: file.name };
    } else if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) yield fromRecord(data[i], file.name, i + 1);
    } else {
      yield fromRecord(data, file.name);
    }
  } else if (ext === '.html' || ext === '.htm') {
    const page = readArticle(deps.parseHtml(text));
    if (!page) {
      yield problem('noArticleInPage', 'no article text found in this page');
      return;
    }
    yield { article: articleFromParts({ id: PARSE_ID, file: file.name, ...page }), file: file.name };
  } else if (ext === '.txt') {
    if (!text.trim()) {
      yield problem('emptyFile', 'the file is empty');
      return;
    }
    yield { article: parseSeedText(text, { id: PARSE_ID, file: file.name }), file: file.name };
  } else {
    yield problem('unsupportedType', `unsupported file type "${ext || '(none)'}": use ${SUPPORTED_EXTENSIONS.join(', ')}`, [ext || '-', SUPPORTED_EXTENSIONS.join(', ')]);
  }
}

function fromRecord(data: unknown, file: string, line?: number): ImportItem {
  const at = line ? { line } : {};
  const fail = (code: ImportProblemCode, message: string, params?: string[]): ImportItem => ({ problem: { file, message, code, ...(params ? { params } : {}), ...at } });
  if (!isRecord(data)) return fail('notObject', 'expected an object with a "text" field');
  for (const key of STRING_FIELDS) {
    if (data[key] !== undefined && typeof data[key] !== 'string') return fail('notString', `"${key}" must be a string`, [key]);
  }
  // The index builder's rules (lib/index/validate.ts): a real calendar date, an http(s) address; a `javascript:` link is never stored.
  if (typeof data.publishedAt === 'string' && !realIsoDate(data.publishedAt)) return fail('badDate', '"publishedAt" must be a real date written YYYY-MM-DD');
  if (typeof data.url === 'string' && !safeHttpUrl(data.url)) return fail('badUrl', `"url" must be an http:// or https:// address, not ${data.url.slice(0, 80)}`, [data.url.slice(0, 80)]);
  const paragraphs = data.paragraphs;
  const hasParagraphs = Array.isArray(paragraphs) && paragraphs.length > 0;
  if (paragraphs !== undefined && !(Array.isArray(paragraphs) && paragraphs.every((p) => typeof p === 'string'))) {
    return fail('badParagraphs', '"paragraphs" must be a list of strings');
  }
  if (!hasParagraphs && (typeof data.text !== 'string' || !data.text.trim())) return fail('noText', 'missing "text" (the article body)');
  const size = hasParagraphs ? (paragraphs as string[]).reduce((n, p) => n + p.length, 0) : (data.text as string).length;
  if (size > MAX_RECORD_CHARS) return fail('tooLong', `the article is ${size} characters long; one article has at most ${MAX_RECORD_CHARS}`, [String(size), String(MAX_RECORD_CHARS)]);
  const sidecar: SeedSidecar = {};
  for (const key of STRING_FIELDS) if (typeof data[key] === 'string' && data[key]) sidecar[key] = data[key] as string;
  // As the index builder stores them: the address written out in full, the date alone.
  if (sidecar.url) sidecar.url = safeHttpUrl(sidecar.url);
  if (sidecar.publishedAt) sidecar.publishedAt = realIsoDate(sidecar.publishedAt);
  const article = hasParagraphs
    ? articleFromParts({ id: PARSE_ID, file, ...sidecar, paragraphs: paragraphs as string[] })
    : parseSeedText(data.text as string, { id: PARSE_ID, file, sidecar });
  if (article.paragraphs.length === 0) return fail('onlyFurniture', 'the article has no text once page furniture is removed');
  return { article, file, ...at };
}

/** One export line: the record format import and `npm run index` read. */
export function exportRecord(article: Article): string {
  const record: Record<string, unknown> = {};
  if (article.url) record.url = article.url;
  if (article.outlet) record.outlet = article.outlet;
  if (article.title) record.title = article.title;
  if (article.publishedAt) record.publishedAt = article.publishedAt;
  record.text = article.paragraphs.join('\n\n');
  record.paragraphs = article.paragraphs;
  return JSON.stringify(record);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
