/**
 * The background's cold start with a large bundled index: the production
 * build made with a 20,000-article index (the seeds and synthetic articles,
 * scripts/bench/corpus.ts) bundled through `JEJAK_BUNDLED_INDEX`, into a
 * folder of its own. Measured in a fresh Chromium profile:
 *
 * - first start: the browser starts with the extension, a coverage page is
 *   opened at once; navigation start → launcher. The engine is the bundled
 *   index's snapshot file, read and loaded (no library snapshot yet).
 * - restart: the service worker is stopped (CDP `ServiceWorker.stopAllWorkers`,
 *   as the browser stops an idle one) once the engine's snapshot is stored in
 *   the library, and the page opened again in a new tab: navigation start →
 *   launcher, the worker started by the page's first message.
 *
 * The launcher's time is when its host element enters the page, recorded by
 * a MutationObserver the page installs before anything runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { buildIndex, serializeIndex } from '../../lib/index/build';
import { launchChromium, type FixturePage } from '../../test/e2e/harness';
import { corpusSourceFromSeeds, SyntheticCorpus } from '../bench/corpus';
import { buildSeedIndex } from '../seed-index-plugin';
import { engineReports } from './cdp';

const ROOT = resolve(import.meta.dirname, '../..');
/** The bundled index size the background must start with well (a large outlet archive). */
export const COLD_START_ARTICLES = 20_000;
/** Launcher within this long of navigation start, the background starting cold. */
export const COLD_START_AIM_MS = 1_000;
/** How long the test waits for the launcher before it calls the run a failure. */
const LAUNCHER_TIMEOUT_MS = 60_000;
/** The engine's snapshot is stored in the library this long after the last change (entrypoints/background/library.ts SAVE_DELAY_MS), plus a margin. */
const SNAPSHOT_STORED_MS = 8_000;

export interface ColdStart {
  articles: number;
  indexMb: number;
  engineFileMb: number;
  backgroundJsKb: number;
  firstStartMs: number;
  restartMs: number;
  /** What the background said of its engine at each start (its console). */
  engine: string[];
}

/** Records when Jejak's host element enters the page, relative to navigation start. */
const LAUNCHER_PROBE = `new MutationObserver((_, o) => { if (document.querySelector('jejak-sidebar')) { window.__jejakLauncherMs = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });`;

async function launcherMs(context: BrowserContext, page: FixturePage): Promise<number> {
  const tab = await context.newPage();
  await tab.addInitScript(LAUNCHER_PROBE);
  await tab.goto(page.url);
  await tab.waitForFunction(() => (window as unknown as { __jejakLauncherMs?: number }).__jejakLauncherMs !== undefined, undefined, { timeout: LAUNCHER_TIMEOUT_MS });
  const ms = await tab.evaluate(() => (window as unknown as { __jejakLauncherMs: number }).__jejakLauncherMs);
  await tab.close();
  return ms;
}

/** Builds the extension with a COLD_START_ARTICLES-article bundled index and measures its cold starts on `page` (a coverage page the fixture server on `port` serves). */
export async function measureColdStart(port: number, page: FixturePage, log: (m: string) => void): Promise<ColdStart> {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-cold-start-'));
  const { index: seedIndex } = await buildSeedIndex(join(ROOT, 'seeds'));
  const corpus = new SyntheticCorpus(corpusSourceFromSeeds(seedIndex.articles), COLD_START_ARTICLES);
  const synthetic = Array.from({ length: COLD_START_ARTICLES - seedIndex.articles.length }, (_, i) => corpus.article(i));
  const indexFile = join(dir, 'index.json');
  writeFileSync(indexFile, serializeIndex(buildIndex([...seedIndex.articles, ...synthetic])));
  const outDir = join(dir, 'build');
  log(`building the extension with a ${COLD_START_ARTICLES.toLocaleString('en')}-article bundled index`);
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, JEJAK_BUNDLED_INDEX: indexFile, JEJAK_OUT_DIR: outDir } });
  const build = join(outDir, 'chrome-mv3');
  const sizeMb = (path: string) => statSync(path).size / 1024 / 1024;

  const context = await launchChromium(port, 'light', build);
  const engine = engineReports(context);
  try {
    log('cold start: first start');
    const firstStartMs = await launcherMs(context, page);
    await new Promise((r) => setTimeout(r, SNAPSHOT_STORED_MS));
    const cdpPage = await context.newPage();
    const cdp = await context.newCDPSession(cdpPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await cdpPage.close();
    log('cold start: restart');
    const restartMs = await launcherMs(context, page);
    return {
      articles: COLD_START_ARTICLES,
      indexMb: sizeMb(indexFile),
      engineFileMb: sizeMb(join(build, 'bundled/engine.bin')),
      backgroundJsKb: readFileSync(join(build, 'background.js')).length / 1024,
      firstStartMs,
      restartMs,
      engine,
    };
  } finally {
    await context.close();
  }
}

/** The cold start's table, each figure beside its aim. */
export function printColdStart(r: ColdStart, print: (title: string, headers: string[], rows: string[][], note: string) => void): void {
  const met = (ms: number) => (ms <= COLD_START_AIM_MS ? 'met' : 'NOT MET');
  print(
    `6. Background cold start with a ${r.articles.toLocaleString('en')}-article bundled index`,
    ['what', 'measured', 'aim', ''],
    [
      ['bundled index, as data files', `index ${r.indexMb.toFixed(1)} MB, engine snapshot ${r.engineFileMb.toFixed(1)} MB`, 'read when needed, never as script', ''],
      ['background.js', `${r.backgroundJsKb.toFixed(0)} KB`, 'no index inside', ''],
      ['first start: navigation start → launcher (engine from the bundled snapshot file)', `${r.firstStartMs.toFixed(0)} ms`, `≤ ${COLD_START_AIM_MS} ms`, met(r.firstStartMs)],
      ['  the background said', r.engine[0] ?? '-', '', ''],
      ['restart of a stopped background: navigation start → launcher (engine from the library snapshot)', `${r.restartMs.toFixed(0)} ms`, `≤ ${COLD_START_AIM_MS} ms`, met(r.restartMs)],
      ['  the background said', r.engine[1] ?? '-', '', ''],
    ],
    'Production build with JEJAK_BUNDLED_INDEX (the seeds and synthetic articles of scripts/bench/corpus.ts), fresh Chromium profile, one coverage page (the VOI fixture); the launcher time is when its host element enters the page. One run each.',
  );
}
