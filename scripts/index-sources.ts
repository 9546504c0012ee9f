/**
 * Reading articles from files for the index: raw news text (.txt, with an
 * optional same-name .json sidecar of known metadata), JSON and JSON Lines
 * articles ({url?, outlet?, title?, publishedAt?, text}), and saved .html pages.
 *
 * One bad file never loses the others: every problem becomes a `SourceProblem`
 * with its file (and line where there is one), and reading goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { parseSeedText, type SeedSidecar } from '../lib/seed/parse';
import { articleFromHtml } from '../lib/article/html';
import type { Article } from '../lib/types';

export interface SourceProblem {
  file: string;
  line?: number;
  message: string;
}

export interface ReadResult {
  articles: Article[];
  /** Files or lines that could not be read at all: nothing from them is in `articles`. */
  errors: SourceProblem[];
  /** Articles read with doubts (unclosed quotes, conflicting dates, …). */
  warnings: SourceProblem[];
}

const READABLE = new Set(['.txt', '.json', '.jsonl', '.html', '.htm']);

export async function readSources(paths: string[], cwd = process.cwd()): Promise<ReadResult> {
  const result: ReadResult = { articles: [], errors: [], warnings: [] };
  const files: string[] = [];
  for (const p of paths) await collectFiles(p, files, result.errors);
  files.sort();
  const fileSet = new Set(files);
  const usedIds = new Set<string>();

  for (const file of files) {
    const shown = relative(cwd, file) || file;
    const ext = extname(file).toLowerCase();
    // A .json beside a .txt of the same name is that text's metadata, not an article.
    if (ext === '.json' && fileSet.has(file.slice(0, -ext.length) + '.txt')) continue;
    let content: string;
    try {
      content = await readText(file);
    } catch (error) {
      result.errors.push({ file: shown, message: describeFsError(error) });
      continue;
    }
    const add = (article: Article) => {
      article.id = uniqueId(article.id, usedIds);
      for (const w of article.warnings) result.warnings.push({ file: shown, line: w.line, message: w.message });
      result.articles.push(article);
    };
    try {
      if (ext === '.txt') {
        const sidecar = await readSidecar(file.slice(0, -ext.length) + '.json', fileSet, shown, result.errors);
        add(parseSeedText(content, { id: basename(file, ext), file: shown, sidecar }));
      } else if (ext === '.json') {
        let data: unknown;
        try {
          data = JSON.parse(content);
        } catch (error) {
          result.errors.push({ file: shown, message: `not valid JSON: ${(error as Error).message}` });
          continue;
        }
        const items = Array.isArray(data) ? data : [data];
        items.forEach((item, i) => {
          const article = articleFromRecord(item, `${basename(file, ext)}${items.length > 1 ? `-${i + 1}` : ''}`, shown);
          if (typeof article === 'string') result.errors.push({ file: shown, message: items.length > 1 ? `item ${i + 1}: ${article}` : article });
          else add(article);
        });
      } else if (ext === '.jsonl') {
        content.split('\n').forEach((lineText, i) => {
          if (!lineText.trim()) return;
          let data: unknown;
          try {
            data = JSON.parse(lineText);
          } catch (error) {
            result.errors.push({ file: shown, line: i + 1, message: `not valid JSON: ${(error as Error).message}` });
            return;
          }
          const article = articleFromRecord(data, `${basename(file, ext)}-${i + 1}`, shown);
          if (typeof article === 'string') result.errors.push({ file: shown, line: i + 1, message: article });
          else add(article);
        });
      } else {
        const article = articleFromHtml(content, { id: basename(file, ext), file: shown });
        if (typeof article === 'string') result.errors.push({ file: shown, message: article });
        else add(article);
      }
    } catch (error) {
      // A parser failure on one file must not lose the rest; say which file.
      result.errors.push({ file: shown, message: `could not be parsed: ${(error as Error).message}` });
    }
  }
  return result;
}

async function collectFiles(path: string, out: string[], errors: SourceProblem[]): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    errors.push({ file: path, message: describeFsError(error) });
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (error) {
      errors.push({ file: path, message: describeFsError(error) });
      return;
    }
    for (const entry of entries.sort()) {
      if (entry.startsWith('.')) continue;
      const full = join(path, entry);
      const ext = extname(entry).toLowerCase();
      let child;
      try {
        child = await stat(full);
      } catch (error) {
        errors.push({ file: full, message: describeFsError(error) });
        continue;
      }
      if (child.isDirectory()) await collectFiles(full, out, errors);
      else if (READABLE.has(ext)) out.push(full);
    }
  } else if (READABLE.has(extname(path).toLowerCase())) {
    out.push(path);
  } else {
    errors.push({ file: path, message: `unsupported file type "${extname(path) || '(none)'}": use .txt, .json, .jsonl or .html` });
  }
}

/** A file's text; throws (code ENOTUTF8) when it is not UTF-8. */
export async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
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
    const d = data as Record<string, unknown>;
    const sidecar: SeedSidecar = {};
    for (const key of ['url', 'outlet', 'publishedAt', 'title'] as const) {
      if (d[key] === undefined) continue;
      if (typeof d[key] !== 'string') throw new Error(`"${key}" must be a string`);
      sidecar[key] = d[key];
    }
    if (sidecar.publishedAt && !/^\d{4}-\d{2}-\d{2}/.test(sidecar.publishedAt)) {
      throw new Error('"publishedAt" must be an ISO date (YYYY-MM-DD)');
    }
    return sidecar;
  } catch (error) {
    // The text is still indexed, on inferred metadata: say so, lose nothing.
    errors.push({ file: shownTxt.replace(/\.txt$/, '.json'), message: `metadata ignored: ${(error as Error).message}` });
    return undefined;
  }
}

/** A JSON article record, or the reason it is not one. */
function articleFromRecord(data: unknown, fallbackId: string, file: string): Article | string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected an object with a "text" field';
  const d = data as Record<string, unknown>;
  if (typeof d.text !== 'string' || !d.text.trim()) return 'missing "text" (the article body)';
  const sidecar: SeedSidecar = {};
  for (const key of ['url', 'outlet', 'publishedAt', 'title'] as const) {
    if (typeof d[key] === 'string') sidecar[key] = d[key];
  }
  const id =
    typeof d.id === 'string' && d.id
      ? d.id
      : sidecar.url
        ? 'u' + createHash('sha1').update(sidecar.url).digest('hex').slice(0, 12)
        : fallbackId;
  return parseSeedText(d.text, { id, file, sidecar });
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
    case 'ENOTUTF8':
      return 'not UTF-8 text (save the file as UTF-8)';
    default:
      return (error as Error).message ?? String(error);
  }
}
