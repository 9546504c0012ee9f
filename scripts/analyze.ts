/**
 * npm run analyze -- <page.html | text.txt | article.json>... [--url URL] [--index FILE] [--json]
 *
 * Runs what the extension runs on a page — reading the article (lib/article),
 * topic, quotes and speakers, matches and related coverage (lib/match) —
 * against the index the extension bundles (built from seeds/) or a given
 * index file, and prints a report per page, or JSON (docs/analyze.md).
 * A file that cannot be read gets one line on stderr; the others are still
 * analysed, and the exit code is 1.
 */
import { existsSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { pageFromHtml, NO_ARTICLE_TEXT, PageTooLargeError } from '../lib/article/html';
import { parseIndex } from '../lib/index/build';
import type { JejakIndex } from '../lib/index/format';
import { createEngine } from '../lib/match/engine';
import type { PageArticle } from '../lib/match/types';
import { formatPageReport, reportPage, type PageReport } from '../lib/page-report';
import { describeFsError, readSources, readText } from './index-sources';
import { buildSeedIndex } from './seed-index-plugin';

const USAGE = `Usage: npm run analyze -- <files>... [--url URL] [--index FILE] [--json]

Analyses saved pages (.html), raw news text (.txt, with an optional same-name
.json of metadata beside it) and JSON articles (.json / .jsonl, as npm run index
reads them) the way the extension does, against the bundled index (seeds/) or
--index FILE. --url gives the address of the page(s); --json prints JSON.`;

const SEEDS = join(import.meta.dirname, '..', 'seeds');

interface Options { files: string[]; url?: string; index?: string; json: boolean }

type Outcome = { file: string; item?: number; error: string } | { file: string; item?: number; report: PageReport };

function parseArgs(argv: string[]): Options | string {
  const options: Options = { files: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (name: string) => (arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : argv[++i]);
    if (arg === '--json') options.json = true;
    else if (arg === '--url' || arg.startsWith('--url=')) options.url = value('--url');
    else if (arg === '--index' || arg.startsWith('--index=')) options.index = value('--index');
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-')) return `Unknown option ${arg}`;
    else options.files.push(arg);
    if ((options.url === undefined && arg === '--url') || (options.index === undefined && arg === '--index')) return `${arg} needs a value`;
  }
  return options.files.length ? options : 'Name at least one file.';
}

async function loadIndex(file: string | undefined): Promise<{ index: JejakIndex; source: string } | string> {
  if (!file) {
    const { index, errors } = await buildSeedIndex(SEEDS);
    for (const e of errors) console.error(`warning: seed ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    return { index, source: 'seeds/ (the bundled index)' };
  }
  try {
    return { index: parseIndex(await readText(file)), source: file };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `Could not load the index ${file}: ${code ? describeFsError(error) : (error as Error).message}`;
  }
}

/** The page (or pages: a .json list, a .jsonl file) a file holds, or why it holds none. */
async function pagesOf(file: string, url: string | undefined): Promise<{ item?: number; page?: PageArticle; error?: string }[]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    let html: string;
    try {
      html = await readText(file);
    } catch (error) {
      return [{ error: describeFsError(error) }];
    }
    try {
      const page = pageFromHtml(html, url);
      return [page ? { page } : { error: NO_ARTICLE_TEXT }];
    } catch (error) {
      if (error instanceof PageTooLargeError) return [{ error: error.message }];
      throw error;
    }
  }
  // Text and JSON articles are read exactly as the index builder reads them (a .txt with its metadata beside it).
  const sidecar = ext === '.txt' ? file.slice(0, -ext.length) + '.json' : undefined;
  const { articles, errors } = await readSources(sidecar && existsSync(sidecar) ? [file, sidecar] : [file]);
  const many = articles.length + errors.length > 1;
  return [
    ...errors.map((e) => ({ error: `${e.file !== file && e.file !== relative(process.cwd(), file) ? `${e.file}: ` : ''}${e.line ? `line ${e.line}: ` : ''}${e.message}` })),
    ...articles.map((a, i) => ({
      item: many ? i + 1 : undefined,
      ...(a.paragraphs.length === 0
        ? { error: 'no paragraphs: no article text found' }
        : { page: { url: url ?? a.url, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, paragraphs: a.paragraphs } }),
    })),
  ];
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(options ? `${options}\n\n${USAGE}` : USAGE);
    return options ? 2 : 0;
  }
  const loaded = await loadIndex(options.index);
  if (typeof loaded === 'string') {
    console.error(loaded);
    return 2;
  }
  const engine = createEngine(loaded.index);
  const outcomes: Outcome[] = [];
  for (const file of options.files) {
    for (const { item, page, error } of await pagesOf(file, options.url)) {
      if (page) outcomes.push({ file, item, report: reportPage(engine, page) });
      else outcomes.push({ file, item, error: error ?? NO_ARTICLE_TEXT });
    }
  }
  const name = (o: Outcome) => `${o.file}${o.item ? ` #${o.item}` : ''}`;
  for (const o of outcomes) if ('error' in o) console.error(`error: ${name(o)}: ${o.error}`);
  if (options.json) {
    const pages = outcomes.map((o) => ('error' in o ? { file: o.file, item: o.item, error: o.error } : { file: o.file, item: o.item, ...o.report }));
    console.log(JSON.stringify({ index: { source: loaded.source, articles: loaded.index.articles.length }, pages }, null, 2));
  } else {
    console.log(`Index: ${loaded.source}, ${loaded.index.articles.length} articles`);
    for (const o of outcomes) if ('report' in o) console.log(`\n== ${name(o)}\n${formatPageReport(o.report)}`);
  }
  return outcomes.some((o) => 'error' in o) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Analysis failed: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  },
);
