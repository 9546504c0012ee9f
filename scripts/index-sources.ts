/**
 * Reading articles from files for the index: raw news text (.txt, with an
 * optional same-name .json sidecar of known metadata), JSON and JSON Lines
 * articles ({url?, outlet?, title?, publishedAt?, text}), and saved .html pages.
 *
 * One bad file never loses the others: every problem becomes a `SourceProblem`
 * with its file (and line where there is one), and reading goes on. Whether a
 * record may enter the index is decided by lib/index/validate.ts, the rules
 * the reader's library importer applies too. Work per file is bounded: a text
 * is read up to one article's length, a page up to a size and a nesting
 * depth, a JSON Lines file line by line; a file reached twice (a link, a
 * link loop) is read once, and the files in `exclude` (the index being
 * written) never.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { MAX_ARTICLE_TEXT_CHARS, parseSeedText, type SeedSidecar } from '../lib/seed/parse';
import { articleFromHtml, MAX_PAGE_CHARS } from '../lib/article/html';
import { acceptArticle, articleFromRecord, metadataFromRecord, type Imported } from '../lib/index/validate';
import { INDEX_FORMAT } from '../lib/index/format';
import type { Article } from '../lib/types';

export interface SourceProblem {
  file: string;
  line?: number;
  message: string;
}

export interface SourceCounts {
  /** Articles offered: a .txt or .html file, an item of a .json list, a line of a .jsonl. */
  read: number;
  kept: number;
  /** Offered but refused; each has its entry in `errors`. */
  rejected: number;
}

export interface ReadResult {
  articles: Article[];
  /** Files or lines that could not be read at all: nothing from them is in `articles`. */
  errors: SourceProblem[];
  /** Articles read with doubts (unclosed quotes, conflicting dates, text cut, …) and files skipped on purpose. */
  warnings: SourceProblem[];
  counts: SourceCounts;
}

export interface ReadOptions {
  cwd?: string;
  /** Files never read as input, e.g. the index being written. */
  exclude?: string[];
}

const READABLE = new Set(['.txt', '.json', '.jsonl', '.html', '.htm']);

/** Bytes of a .txt read: enough for one article's text in any script
 * (UTF-8 takes at most four bytes a character). */
export const MAX_TEXT_FILE_BYTES = 4 * MAX_ARTICLE_TEXT_CHARS;
/** A .json file is parsed whole: past this, JSON Lines (read line by line) is the format for it. */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;
/** One JSON Lines record: an article's text at its longest, written as JSON, with metadata. */
export const MAX_RECORD_CHARS = 2 * MAX_ARTICLE_TEXT_CHARS;

export async function readSources(paths: string[], options: ReadOptions | string = {}): Promise<ReadResult> {
  const { cwd = process.cwd(), exclude = [] } = typeof options === 'string' ? { cwd: options } : options;
  const result: ReadResult = { articles: [], errors: [], warnings: [], counts: { read: 0, kept: 0, rejected: 0 } };
  const excluded = new Set(await Promise.all(exclude.map(realOrResolved)));
  const walk: Walk = { files: new Map(), dirs: new Set(), excluded, errors: result.errors, warnings: result.warnings, cwd };
  for (const p of paths) await collect(p, walk, true);
  const files = [...walk.files.values()].sort();
  const fileSet = new Set(files);
  const usedIds = new Set<string>();

  for (const file of files) {
    const shown = show(file, cwd);
    const ext = extname(file).toLowerCase();
    // A .json beside a .txt of the same name is that text's metadata, not an article.
    if (ext === '.json' && fileSet.has(file.slice(0, -ext.length) + '.txt')) continue;
    const offer = (imported: Imported, line?: number, item?: string) => {
      result.counts.read++;
      if (!imported.ok) {
        result.counts.rejected++;
        result.errors.push({ file: shown, line, message: item ? `${item}: ${imported.reason}` : imported.reason });
        return;
      }
      const article = imported.article;
      article.id = uniqueId(article.id, usedIds);
      for (const w of article.warnings) result.warnings.push({ file: shown, line: line ?? w.line, message: w.message });
      result.articles.push(article);
      result.counts.kept++;
    };
    const refuse = (message: string) => offer({ ok: false, reason: message });
    try {
      if (ext === '.jsonl') {
        await readJsonLines(file, shown, offer, result);
        continue;
      }
      const size = (await stat(file)).size;
      if (size === 0) {
        refuse('empty file: no article text');
        continue;
      }
      if ((ext === '.json' && size > MAX_JSON_FILE_BYTES) || ((ext === '.html' || ext === '.htm') && size > MAX_PAGE_CHARS)) {
        refuse(`${megabytes(size)}: larger than a ${ext} file may be (${megabytes(ext === '.json' ? MAX_JSON_FILE_BYTES : MAX_PAGE_CHARS)})${ext === '.json' ? '; write one article per line as .jsonl' : ''}`);
        continue;
      }
      let content: string;
      try {
        content = ext === '.txt' && size > MAX_TEXT_FILE_BYTES ? await readTextStart(file, MAX_TEXT_FILE_BYTES) : await readText(file);
      } catch (error) {
        refuse(describeFsError(error));
        continue;
      }
      if (ext === '.txt' && size > MAX_TEXT_FILE_BYTES) {
        result.warnings.push({ file: shown, message: `${megabytes(size)} of text: only its start is read, as one article` });
      }
      if (!content.trim()) {
        refuse('empty file: no article text');
        continue;
      }
      if (ext === '.txt') {
        const sidecar = await readSidecar(file.slice(0, -ext.length) + '.json', fileSet, shown, result.errors);
        offer(acceptArticle(parseSeedText(content, { id: basename(file, ext), file: shown, sidecar })));
      } else if (ext === '.json') {
        let data: unknown;
        try {
          data = JSON.parse(content);
        } catch (error) {
          refuse(`not valid JSON: ${(error as Error).message}`);
          continue;
        }
        if (isIndexFile(data)) {
          result.warnings.push({ file: shown, message: 'a Jejak index, not articles: skipped' });
          continue;
        }
        const items = Array.isArray(data) ? data : [data];
        if (items.length === 0) refuse('an empty list: nothing to index');
        items.forEach((item, i) => {
          const many = items.length > 1;
          offer(articleFromRecord(item, { fallbackId: `${basename(file, ext)}${many ? `-${i + 1}` : ''}`, file: shown }), undefined, many ? `item ${i + 1}` : undefined);
        });
      } else {
        const article = articleFromHtml(content, { id: basename(file, ext), file: shown });
        offer(typeof article === 'string' ? { ok: false, reason: article } : acceptArticle(article));
      }
    } catch (error) {
      // A parser failure on one file must not lose the rest; say which file.
      refuse(`could not be parsed: ${(error as Error).message}`);
    }
  }
  return result;
}

/** A JSON Lines file, line by line: any size, each line bounded; a byte-order
 * mark at a line's start (files joined with `cat`) is not part of the record. */
async function readJsonLines(
  file: string,
  shown: string,
  offer: (imported: Imported, line?: number) => void,
  result: ReadResult,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let tooLong = false;
  let line = 0;
  const readBefore = result.counts.read;
  const take = (text: string) => {
    line++;
    const record = text.replace(/^[\uFEFF\s]+/, '');
    if (!record.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(record);
    } catch (error) {
      offer({ ok: false, reason: `not valid JSON: ${(error as Error).message}` }, line);
      return;
    }
    offer(articleFromRecord(data, { fallbackId: `${basename(file, extname(file))}-${line}`, file: shown }), line);
  };
  try {
    for await (const chunk of createReadStream(file)) {
      const text = decoder.decode(chunk as Buffer, { stream: true });
      const parts = text.split('\n');
      for (let i = 0; i < parts.length; i++) {
        const last = i === parts.length - 1;
        if (!tooLong) pending += parts[i];
        if (pending.length > MAX_RECORD_CHARS) {
          tooLong = true;
          pending = '';
        }
        if (last) break;
        if (tooLong) {
          line++;
          offer({ ok: false, reason: `a record longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters` }, line);
          tooLong = false;
        } else take(pending);
        pending = '';
      }
    }
    pending += decoder.decode();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code && code !== 'ERR_ENCODING_INVALID_DATA' ? describeFsError(error) : 'not UTF-8 text (save the file as UTF-8)';
    offer({ ok: false, reason: line > 0 ? `${reason}; lines after ${line} not read` : reason }, line > 0 ? line + 1 : undefined);
    return;
  }
  if (tooLong) {
    line++;
    offer({ ok: false, reason: `a record longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters` }, line);
  } else if (pending) take(pending);
  if (result.counts.read === readBefore) offer({ ok: false, reason: 'empty file: no article text' });
}

interface Walk {
  /** Real path → the path as first reached. */
  files: Map<string, string>;
  dirs: Set<string>;
  excluded: Set<string>;
  errors: SourceProblem[];
  warnings: SourceProblem[];
  cwd: string;
}

async function collect(path: string, walk: Walk, named: boolean): Promise<void> {
  let info;
  let real: string;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    walk.errors.push({ file: path, message: describeFsError(error) });
    return;
  }
  if (info.isDirectory()) {
    if (walk.dirs.has(real)) {
      walk.warnings.push({ file: show(path, walk.cwd), message: `a link to ${show(real, walk.cwd)}, read already: skipped` });
      return;
    }
    walk.dirs.add(real);
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (error) {
      walk.errors.push({ file: path, message: describeFsError(error) });
      return;
    }
    for (const entry of entries.sort()) {
      if (entry.startsWith('.')) continue;
      const full = join(path, entry);
      let child;
      try {
        child = await stat(full);
      } catch (error) {
        walk.errors.push({ file: full, message: describeFsError(error) });
        continue;
      }
      if (child.isDirectory() || READABLE.has(extname(entry).toLowerCase())) await collect(full, walk, false);
    }
    return;
  }
  if (!READABLE.has(extname(path).toLowerCase())) {
    if (named) walk.errors.push({ file: path, message: `unsupported file type "${extname(path) || '(none)'}": use .txt, .json, .jsonl or .html` });
    return;
  }
  if (walk.excluded.has(real)) {
    walk.warnings.push({ file: show(path, walk.cwd), message: 'the index being written: not read as input' });
    return;
  }
  if (walk.files.has(real)) {
    if (walk.files.get(real) !== path) walk.warnings.push({ file: show(path, walk.cwd), message: `the same file as ${show(walk.files.get(real)!, walk.cwd)}: read once` });
    return;
  }
  walk.files.set(real, path);
}

/** The real path of a file that may not exist yet (an output about to be written). */
async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

function show(file: string, cwd: string): string {
  return relative(cwd, file) || file;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

function isIndexFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { format?: unknown }).format === INDEX_FORMAT;
}

/** A file's text; throws (code ENOTUTF8) when it is not UTF-8. */
export async function readText(file: string): Promise<string> {
  return decodeUtf8(await readFile(file));
}

/** The start of a file, up to `bytes` bytes, cut at its last line break (never inside a character). */
async function readTextStart(file: string, bytes: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    const lastBreak = buffer.subarray(0, bytesRead).lastIndexOf(0x0a);
    return decodeUtf8(buffer.subarray(0, lastBreak > 0 ? lastBreak : bytesRead));
  } finally {
    await handle.close();
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw Object.assign(new Error('not UTF-8 text'), { code: 'ENOTUTF8' });
  }
}

async function readSidecar(
  file: string,
  fileSet: Set<string>,
  shownTxt: string,
  errors: SourceProblem[],
): Promise<SeedSidecar | undefined> {
  if (!fileSet.has(file)) return undefined;
  try {
    const data: unknown = JSON.parse(await readText(file));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('expected an object');
    const metadata = metadataFromRecord(data as Record<string, unknown>);
    if (typeof metadata === 'string') throw new Error(metadata);
    return metadata;
  } catch (error) {
    // The text is still indexed, on inferred metadata: say so, lose nothing.
    errors.push({ file: shownTxt.replace(/\.txt$/, '.json'), message: `metadata ignored: ${(error as Error).message}` });
    return undefined;
  }
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/** A file system error in a few words a reader can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'a link that leads back to itself';
    case 'ENOTUTF8':
      return 'not UTF-8 text (save the file as UTF-8)';
    default:
      return (error as Error).message ?? String(error);
  }
}
