/**
 * The reader's library in the browser, at the size a fact-checker brings:
 * LIBRARY_ARTICLES synthetic articles (scripts/bench/corpus.ts, made from the
 * seeds) imported as one JSONL file through the Library page, in a fresh
 * Chromium profile with the production build. Measured:
 *
 * - import: file chosen → the Library page's report (every article parsed,
 *   stored in IndexedDB and added to the engine);
 * - restart: once the engine's snapshot is stored, the service worker is
 *   stopped (CDP `ServiceWorker.stopAllWorkers`, as the browser stops an idle
 *   one) and a coverage page opened: navigation start → launcher, the worker
 *   started by the page's first message and the library engine loaded from
 *   its snapshot;
 * - the service worker's JS heap after that start, after garbage collection;
 * - page analysis, warm: the background's own time in its engine (it logs
 *   each analysis) over the synthetic 1,500-word pages `npm run bench --
 *   --library` analyses in Node, each served at an address of its own on a
 *   built-in outlet and read by the content script as a reader's tab would be.
 *
 * With JEJAK_HEAP_SNAPSHOT=<file> in the environment, a heap snapshot of the
 * service worker is written there too (open it in DevTools' Memory panel:
 * what holds the array contents counted beside the heap).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, type FixturePage } from '../../test/e2e/harness';
import type { PageArticle } from '../../lib/match/types';
import { corpusSourceFromSeeds, SyntheticCorpus } from '../bench/corpus';
import { percentiles } from '../bench/measure';
import { buildSeedIndex } from '../seed-index-plugin';
import { analysisReports, attachServiceWorker, engineReports, type AnalysisReport } from './cdp';

const ROOT = resolve(import.meta.dirname, '../..');
/** The library size the budgets below are set for. */
export const LIBRARY_ARTICLES = 10_000;
/** Aims for that library: import, restart to launcher, background heap. */
export const LIBRARY_AIMS = { importS: 60, restartMs: 300, heapMb: 40, analysisMs: 50 };
/** How long the import may take before the run is called a failure. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;
/** Time for the background to take the import into its engine and store the snapshot (the Library page asks it to once the import ends). */
const SNAPSHOT_STORED_MS = 15_000;
const LAUNCHER_TIMEOUT_MS = 60_000;
/** Pages analysed warm, after ANALYSIS_WARMUP untimed ones: as many as scripts/bench.ts times per run, of its length. */
const ANALYSIS_PAGES = 25;
const ANALYSIS_WARMUP = 2;
const PAGE_WORDS = 1_500;
/** scripts/bench.ts analyses synthetic page i × PAGE_STRIDE; these are the same pages. */
const PAGE_STRIDE = 37;
/** Time for a page's content script to read it and the background to analyse it. */
const ANALYSIS_TIMEOUT_MS = 30_000;
/** After an analysis the background keeps the page in the library; the next page waits for that. */
const REMEMBERED_MS = 300;
/** Records when Jejak's host element enters the page, relative to navigation start. */
const LAUNCHER_PROBE = `new MutationObserver((_, o) => { if (document.querySelector('jejak-sidebar')) { window.__jejakLauncherMs = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });`;

export interface LibraryStart {
  articles: number;
  fileMb: number;
  importS: number;
  restartMs: number;
  /** The same page again right after, the background running: what the page itself takes to the launcher. */
  warmMs: number;
  workerHeapMb: number;
  /** ArrayBuffer contents the worker holds outside its JS heap (CDP `backingStorageSize`), where the browser reports it. */
  workerArraysMb?: number;
  /** What the background said of its engine at its restart (its console). */
  engine?: string;
  /** The background's time in its engine per warm page (its console), coverage pages only. */
  analysisMs: number[];
  /** Pages of the ANALYSIS_PAGES the background reported as not coverage (its topic check, on the page as the content script read it). */
  analysisNotCoverage: number;
  /** Pages of the ANALYSIS_PAGES no analysis was reported for (the first look passed over them). */
  analysisUnreported: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Characters of the lead paragraph an outlet puts in its description. */
const DESCRIPTION_CHARS = 200;

/** A synthetic page's address on VOI, its slug made from its title as outlets make theirs. */
function pageUrl(n: number, page: PageArticle): string {
  const slug = (page.title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `https://www.voi.id/berita/9${String(n).padStart(5, '0')}/${slug}`;
}

/** A synthetic page as an outlet would serve it: title, description, date and publisher in its metadata, paragraphs in an <article>. */
function articleHtml(page: PageArticle): string {
  const meta = JSON.stringify({ '@type': 'NewsArticle', headline: page.title, datePublished: page.publishedAt, publisher: { name: 'VOI' } }).replace(/</g, '\\u003c');
  const paragraphs = page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(page.title ?? '')} - VOI</title><meta property="og:type" content="article"><meta property="og:site_name" content="VOI"><meta name="description" content="${escapeHtml((page.paragraphs[0] ?? '').slice(0, DESCRIPTION_CHARS))}"><script type="application/ld+json">${meta}</script></head><body><article><h1>${escapeHtml(page.title ?? '')}</h1>\n${paragraphs}</article></body></html>`;
}

/** Opens `page` at `url` in a tab of its own and waits for the background to report its analysis; undefined when none came. */
async function analyseInTab(context: BrowserContext, reports: AnalysisReport[], url: string, page: PageArticle): Promise<AnalysisReport | undefined> {
  const tab = await context.newPage();
  try {
    const body = articleHtml(page);
    await tab.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const before = reports.length;
    await tab.goto(url);
    const deadline = Date.now() + ANALYSIS_TIMEOUT_MS;
    while (reports.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, REMEMBERED_MS));
    return reports[before];
  } finally {
    await tab.close();
  }
}

async function launcherMs(context: BrowserContext, url: string): Promise<number> {
  const tab = await context.newPage();
  await tab.addInitScript(LAUNCHER_PROBE);
  await tab.goto(url);
  await tab.waitForFunction(() => (window as unknown as { __jejakLauncherMs?: number }).__jejakLauncherMs !== undefined, undefined, { timeout: LAUNCHER_TIMEOUT_MS });
  const ms = await tab.evaluate(() => (window as unknown as { __jejakLauncherMs: number }).__jejakLauncherMs);
  await tab.close();
  return ms;
}

async function stopWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** Imports the library into a fresh profile of the extension built in `build` and measures a restart on `page` (a coverage page served on `port`). */
export async function measureLibraryStart(port: number, page: FixturePage, build: string, log: (m: string) => void): Promise<LibraryStart> {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-library-start-'));
  const { index: seedIndex } = await buildSeedIndex(join(ROOT, 'seeds'));
  const corpus = new SyntheticCorpus(corpusSourceFromSeeds(seedIndex.articles), LIBRARY_ARTICLES);
  const lines: string[] = [];
  for (let i = 0; i < LIBRARY_ARTICLES; i++) {
    const a = corpus.article(i);
    lines.push(JSON.stringify({ url: a.url, outlet: a.outlet, title: a.title, publishedAt: a.publishedAt, paragraphs: a.paragraphs }));
  }
  const file = join(dir, 'korpus.jsonl');
  const text = lines.join('\n');
  writeFileSync(file, text);

  const context = await launchChromium(port, 'light', build);
  const engine = engineReports(context);
  const analyses = analysisReports(context);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Node's URL gives no origin for a chrome-extension: address.
    const extensionOrigin = /^chrome-extension:\/\/[^/]+/.exec(worker.url())?.[0];
    if (!extensionOrigin) throw new Error(`Unexpected service worker URL ${worker.url()}`);
    const library = await context.newPage();
    await library.goto(`${extensionOrigin}/library.html`);
    log(`library: importing ${LIBRARY_ARTICLES.toLocaleString('en')} articles through the Library page`);
    const started = Date.now();
    await library.locator('input[type=file]').setInputFiles(file);
    await library.getByRole('status').filter({ hasText: /Hasil impor|Import report/ }).waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const importS = (Date.now() - started) / 1000;
    await library.close();
    await new Promise((r) => setTimeout(r, SNAPSHOT_STORED_MS));
    await stopWorker(context);
    log('library: restart of the stopped background on a coverage page');
    const before = engine.length;
    const restartMs = await launcherMs(context, page.url);
    const warmMs = await launcherMs(context, page.url);
    const sw = await attachServiceWorker(context);
    const workerHeapMb = (await sw.heapBytes()) / 1024 / 1024;
    const usage = await sw.send<{ backingStorageSize?: number }>('Runtime.getHeapUsage');
    if (process.env.JEJAK_HEAP_SNAPSHOT) {
      const chunks: string[] = [];
      sw.on('HeapProfiler.addHeapSnapshotChunk', (p) => chunks.push((p as { chunk: string }).chunk));
      await sw.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
      writeFileSync(process.env.JEJAK_HEAP_SNAPSHOT, chunks.join(''));
      log(`library: service worker heap snapshot written to ${process.env.JEJAK_HEAP_SNAPSHOT}`);
    }
    await sw.close();
    const workerArraysMb = usage.backingStorageSize === undefined ? undefined : usage.backingStorageSize / 1024 / 1024;
    log(`library: ${ANALYSIS_WARMUP} + ${ANALYSIS_PAGES} synthetic ${PAGE_WORDS.toLocaleString('en')}-word pages analysed by the running background`);
    const analysisMs: number[] = [];
    let analysisNotCoverage = 0;
    let analysisUnreported = 0;
    for (let i = 0; i < ANALYSIS_WARMUP + ANALYSIS_PAGES; i++) {
      const timed = i >= ANALYSIS_WARMUP;
      const n = timed ? i - ANALYSIS_WARMUP : ANALYSIS_PAGES + i;
      const synthetic = corpus.page(n * PAGE_STRIDE, PAGE_WORDS);
      const report = await analyseInTab(context, analyses, pageUrl(n, synthetic), synthetic);
      if (!timed) continue;
      if (!report) analysisUnreported++;
      else if (report.coverage) analysisMs.push(report.ms);
      else analysisNotCoverage++;
    }
    return {
      articles: LIBRARY_ARTICLES,
      fileMb: Buffer.byteLength(text) / 1024 / 1024,
      importS,
      restartMs,
      warmMs,
      workerHeapMb,
      workerArraysMb,
      engine: engine[before],
      analysisMs,
      analysisNotCoverage,
      analysisUnreported,
    };
  } finally {
    await context.close();
  }
}

/** The library's table, each figure beside its aim. */
export function printLibraryStart(r: LibraryStart, print: (title: string, headers: string[], rows: string[][], note: string) => void): void {
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  print(
    `7. The reader's library in the browser: ${r.articles.toLocaleString('en')} articles`,
    ['what', 'measured', 'aim', ''],
    [
      [`import through the Library page (one ${r.fileMb.toFixed(1)} MB JSONL file) → report`, `${r.importS.toFixed(1)} s`, `< ${LIBRARY_AIMS.importS} s`, met(r.importS < LIBRARY_AIMS.importS)],
      ['restart of a stopped background: navigation start → launcher (library engine from its snapshot)', `${r.restartMs.toFixed(0)} ms`, '', ''],
      ['  the background said', r.engine ?? '-', '', ''],
      ['the same page again, background running: navigation start → launcher', `${r.warmMs.toFixed(0)} ms`, '', ''],
      [
        'background cold start to first analysis (restart − running)',
        `${(r.restartMs - r.warmMs).toFixed(0)} ms`,
        `≤ ${LIBRARY_AIMS.restartMs} ms`,
        met(r.restartMs - r.warmMs <= LIBRARY_AIMS.restartMs),
      ],
      [
        'service worker memory after that start (after collection): JS heap + array contents',
        `${r.workerHeapMb.toFixed(1)} MB + ${r.workerArraysMb === undefined ? 'n/a' : `${r.workerArraysMb.toFixed(1)} MB`}`,
        `≤ ${LIBRARY_AIMS.heapMb} MB`,
        met(r.workerHeapMb + (r.workerArraysMb ?? 0) <= LIBRARY_AIMS.heapMb),
      ],
      analysisRow(r),
    ],
    'Production build, fresh Chromium profile; the articles are scripts/bench/corpus.ts\'s synthetic ones (seed sentences and quotes recombined), in the import format (url, outlet, title, publishedAt, paragraphs); the page is the VOI fixture. The restart time includes the page\'s own load, the first look, the article script, the analysis and the sidebar; the page loaded again with the background running takes all of these but the background\'s start, so the difference is that start (worker, IndexedDB, engine snapshot) to the first analysis. Array contents (the engine\'s typed arrays) live outside the JS heap and are counted beside it (CDP Runtime.getHeapUsage backingStorageSize). Page analysis is the background\'s own wall-clock time in its engine (performance.now() around the call, from its console), on the same synthetic pages as `npm run bench -- --library`, each kept in the library after (as a reader\'s are); the aim is judged on the median. One run.',
  );
}

function analysisRow(r: LibraryStart): string[] {
  const left = [r.analysisNotCoverage ? `${r.analysisNotCoverage} taken for not coverage` : '', r.analysisUnreported ? `${r.analysisUnreported} passed over by the first look` : ''].filter(Boolean);
  const what = `page analysis, warm (median / p95): ${r.analysisMs.length} synthetic ${PAGE_WORDS.toLocaleString('en')}-word pages${left.length ? ` (of ${ANALYSIS_PAGES}: ${left.join(', ')})` : ''}`;
  if (r.analysisMs.length === 0) return [what, 'n/a', `≤ ${LIBRARY_AIMS.analysisMs} ms`, 'NOT MEASURED'];
  const { median, p95 } = percentiles(r.analysisMs);
  return [what, `${median.toFixed(1)} / ${p95.toFixed(1)} ms`, `≤ ${LIBRARY_AIMS.analysisMs} ms`, median <= LIBRARY_AIMS.analysisMs ? 'met' : 'NOT MET'];
}
