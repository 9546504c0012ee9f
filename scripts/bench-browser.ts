/**
 * npm run bench:browser — what Jejak costs a reader's browser, measured in
 * Debian's Chromium with the production build (`wxt build`, made fresh at the
 * start). Prints tables, asserts nothing.
 *
 * Jejak runs three page scripts. first-look.js, declared in the manifest,
 * runs on every outlet page at document_idle and reads only the URL, title
 * and metadata (the first look); where the page may be NATO or Ukraine war
 * coverage it asks the background, which injects article.js
 * (`scripting.executeScript`): Readability and the analysis request; where
 * there is something to show, the background injects page-sidebar.js (Preact,
 * the sidebar and its styles). Most negative pages run only first-look.js.
 *
 * Two browsers run side by side with the same flags: one with the extension
 * (test/e2e/harness.ts `launchChromium`) and one without it. Fixture pages
 * (test/fixtures/pages) are served under their real URLs by the e2e fixture
 * server; `expected.coverage` in each page's JSON sorts them into positives
 * and negatives (articles on other topics, and listings). Three pages are
 * measured most: a negative the first look stops, a negative the first look
 * passes (article.js runs its extraction and finds no coverage), and a
 * coverage page. Every load is a fresh tab; the first load of each page in
 * each browser is a warm-up (reported as "cold") and the rest are measured.
 *
 * Main-thread time: each load is traced (CDP `Tracing.start` on the tab with
 * `devtools.timeline`, `disabled-by-default-devtools.timeline` and
 * `disabled-by-default-v8.cpu_profiler`) from before navigation until Jejak
 * is done (launcher shown, or 1 s after the load event). On the renderer's
 * main thread, from navigationStart, per extension script (any script whose
 * URL starts with `chrome-extension://<id>/`):
 * - its time is the union of (a) trace events carrying its URL
 *   (`EvaluateScript`/`v8.compile` of it, `FunctionCall` of its callbacks,
 *   with the whole idle callback it registers) and (b) CPU-profile samples
 *   whose innermost extension frame is in it (this catches await
 *   continuations, which run as microtasks with no URL, and DOM calls made
 *   from the script). "Jejak ms" is the union over all scripts. Style and
 *   layout that Blink does later for the sidebar are not attributed; the
 *   busy-time difference between the two browsers covers them.
 * - "busy ms" is the sum of top-level `RunTask` durations; "long tasks" are
 *   those over 50 ms, with the extension's time inside each and the script
 *   that had most of it.
 *
 * Memory: JS heap of a tab after two forced collections
 * (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`), with 1, 3 and 5
 * coverage tabs open and on one tab of each main negative, in both browsers;
 * and the service worker's heap, reached by attaching to its target from a
 * page session. The index's cost per tab, if every content script carried
 * it, is measured by running the background's own index module and engine
 * (bundled by Vite with the same seed plugin) in a page without the extension
 * and keeping the engine.
 *
 * The huge page (~5 MB, 20,000 paragraphs, a NATO story so the whole
 * extraction path runs) is served at a voi.id URL through a Playwright route,
 * so Chromium navigates to it and runs both scripts exactly as on a real page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, fixturePages, launchChromium, startFixtureServer, type FixturePage } from '../test/e2e/harness';
import { attachServiceWorker, launchPlainChromium, pageHeap } from './bench-browser/cdp';
import { hugeArticleHtml } from './bench-browser/huge-page';
import { buildIndexBundle } from './bench-browser/index-bundle';
import { measureColdStart, printColdStart } from './bench-browser/cold-start';
import { measureLibraryStart, printLibraryStart } from './bench-browser/library-start';
import { measureLoad, type LoadResult } from './bench-browser/load';
import { NO_SCRIPT_TIME, PHASES, splitFrameKey, type ScriptTime } from './bench-browser/trace';
import { kb, mb, median, ms, printTable, spread } from './bench-browser/table';

const ROOT = resolve(import.meta.dirname, '..');
const started = Date.now();
const loadStart = loadavg().map((l) => l.toFixed(1)).join(' ');
const elapsed = () => (Date.now() - started) / 1000;
const log = (message: string) => process.stderr.write(`[${elapsed().toFixed(0).padStart(3)} s] ${message}\n`);

/** Measured loads of the three main pages, and of every other fixture while time allows. */
const MAIN_PAGES = 3;
const REPEATS = 10;
const EXTRA_REPEATS = 3;
/** Extra fixture pages are measured only while the run is younger than this (s), to keep it under 6 minutes. */
const EXTRA_BUDGET_S = 255;
const HUGE_REPEATS = 3;
const HUGE_URL = 'https://www.voi.id/berita/999001/nato-ukraina-halaman-uji-sangat-panjang';
/** `npm run bench:browser -- --pages`: only the page loads of the three main pages (tables 1–4 and the aims), in about two minutes. */
const PAGES_ONLY = process.argv.includes('--pages');

/** `npm run bench:browser -- --library`: only the reader's library (section 7), with the build made now. */
if (process.argv.includes('--library')) {
  log('building the extension (wxt build, into a folder of its own)');
  const outDir = mkdtempSync(join(tmpdir(), 'jejak-bench-build-'));
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, JEJAK_OUT_DIR: outDir } });
  const build = join(outDir, 'chrome-mv3');
  const server = await startFixtureServer();
  try {
    printLibraryStart(await measureLibraryStart(server.port, coldStartPage(), build, log), printTable);
  } finally {
    server.close();
  }
  process.exit(0);
}

/** `npm run bench:browser -- --cold-start`: only the background's cold start with a large bundled index (section 6). */
if (process.argv.includes('--cold-start')) {
  const server = await startFixtureServer();
  try {
    printColdStart(await measureColdStart(server.port, coldStartPage(), log), printTable);
  } finally {
    server.close();
  }
  process.exit(0);
}

log('building the extension (wxt build)');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
/** The build under test, copied now: a rebuild of .output/ during the run (a test run) must not change it. */
const BUILD = mkdtempSync(join(tmpdir(), 'jejak-bench-build-'));
cpSync(EXTENSION_DIR, BUILD, { recursive: true });
/** The page scripts, by their path in the extension (as `LoadTrace.scripts` names them): the first look
 * (manifest, every outlet page), the article script and the sidebar script (both injected by the background). */
const DETECTOR = 'first-look.js';
const CONTENT = 'article.js';
const SIDEBAR = 'page-sidebar.js';
/** Sources of the built page scripts, read now so that frame positions match the build under test. */
const sources = new Map<string, string[]>(
  readdirSync(BUILD)
    .filter((f) => [DETECTOR, CONTENT, SIDEBAR].includes(f))
    .map((f) => [f, readFileSync(join(BUILD, f), 'utf8').split('\n')] as const),
);
const firstLookGzip = gzipSync(readFileSync(join(BUILD, DETECTOR))).length;

const server = await startFixtureServer();
const withExt = await launchChromium(server.port, 'light', BUILD);
const plain = await launchPlainChromium(server.port);
try {
  await run(withExt, plain);
} finally {
  await withExt.close();
  await plain.close();
}
try {
  if (PAGES_ONLY) process.exit(0);
  printColdStart(await measureColdStart(server.port, coldStartPage(), log), printTable);
  printLibraryStart(await measureLibraryStart(server.port, coldStartPage(), BUILD, log), printTable);
} finally {
  server.close();
}

/** The coverage page the cold start opens: the VOI fixture, which the seeds' index matches. */
function coldStartPage(): FixturePage {
  const page = fixturePages().find((p) => p.outlet === 'voi' && p.slug === 'sekjen-nato-ukraina-membuat-kemajuan');
  if (!page) throw new Error('The cold start needs the VOI fixture page');
  return page;
}

async function run(withExt: BrowserContext, plain: BrowserContext): Promise<void> {
  const worker = withExt.serviceWorkers()[0] ?? (await withExt.waitForEvent('serviceworker'));
  const extOrigin = /^chrome-extension:\/\/[^/]+\//.exec(worker.url())?.[0];
  if (!extOrigin) throw new Error(`Unexpected service worker URL ${worker.url()}`);
  const sw = await attachServiceWorker(withExt);
  const swIdleBytes = await sw.heapBytes();

  // A page whose body its own script brings in seconds after load is coverage in a browser, but not within
  // a trace that ends 1 s after load (the e2e tests cover it); every other fixture page is measured.
  const pages = fixturePages().filter((p) => !p.slug.startsWith('late-body-'));
  const positives = pages.filter((p) => p.expected.coverage === true);
  const negatives = pages.filter((p) => p.expected.coverage !== true);
  const find = (list: FixturePage[], outlet: string, slug: string) => list.find((p) => p.outlet === outlet && p.slug === slug);
  /** A sports story naming Ukraine: the first look stops it. */
  const mainNegative = find(negatives, 'detik', 'timnas-ukraina-euro') ?? negatives[0];
  /** A listing of international news: the first look passes it, article.js extracts and finds no article. */
  const mainReadNegative = find(negatives, 'cnnindonesia', 'indeks-internasional') ?? negatives[1];
  const mainPositive = find(positives, 'voi', 'sekjen-nato-ukraina-membuat-kemajuan') ?? positives[0];
  if (!mainNegative || !mainReadNegative || !mainPositive) throw new Error('Need at least two negative and one positive fixture page');
  const mains = [mainNegative, mainReadNegative, mainPositive];
  const queue = PAGES_ONLY ? mains : [...mains, ...negatives.filter((p) => !mains.includes(p)), ...positives.filter((p) => !mains.includes(p))];

  // ---------------------------------------------------------------- page loads
  interface PageRuns { page: FixturePage; cold: { ext: LoadResult; plain: LoadResult }; ext: LoadResult[]; plain: LoadResult[]; unprofiled: LoadResult[] }
  const runs: PageRuns[] = [];
  const skipped: string[] = [];
  for (const [i, page] of queue.entries()) {
    const main = i < MAIN_PAGES;
    const repeats = main ? REPEATS : EXTRA_REPEATS;
    if (!main && elapsed() > EXTRA_BUDGET_S) {
      skipped.push(`${page.outlet}/${page.slug}`);
      continue;
    }
    const coverage = page.expected.coverage === true;
    log(`${page.outlet}/${page.slug}: ${repeats + 1} loads with and without Jejak`);
    const loadIn = (ext: boolean, profiler = true) =>
      measureLoad(ext ? withExt : plain, page.url, { extOrigin: ext ? extOrigin : undefined, expectLauncher: ext && coverage, settleMs: 1000, profiler });
    const cold = { ext: await loadIn(true), plain: await loadIn(false) };
    const r: PageRuns = { page, cold, ext: [], plain: [], unprofiled: [] };
    for (let k = 0; k < repeats; k++) {
      r.ext.push(await loadIn(true));
      r.plain.push(await loadIn(false));
      if (main) r.unprofiled.push(await loadIn(true, false));
    }
    runs.push(r);
  }

  const label = (p: FixturePage) => `${p.outlet}/${p.slug}`;
  const kind = (p: FixturePage) => (p.expected.coverage ? 'coverage' : p.expected.article === false ? 'negative, not article' : 'negative article');
  const script = (l: LoadResult, name: string): ScriptTime => l.scripts[name] ?? NO_SCRIPT_TIME;
  const short = (name: string) => basename(name);
  /** What Jejak did on one load, from the trace and the launcher watch. */
  const pathOfLoad = (l: LoadResult) =>
    l.launcherDomMs !== undefined ? 'sidebar'
    : l.extracted ? 'extraction'
    : CONTENT in l.scripts ? 'article.js'
    : DETECTOR in l.scripts ? 'first look'
    : 'none';
  /** The most frequent path over a page's loads. */
  const pathOf = (loads: LoadResult[]) => {
    const counts = new Map<string, number>();
    for (const l of loads) counts.set(pathOfLoad(l), (counts.get(pathOfLoad(l)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '-';
  };
  const pick = (loads: LoadResult[], f: (l: LoadResult) => number) => loads.map(f);
  /** A script's time over loads: median / p95 / max, or "-" if it never ran in them. */
  const scriptSpread = (loads: LoadResult[], name: string) => (loads.some((l) => name in l.scripts) ? spread(pick(loads, (l) => script(l, name).ms)) : '-');
  const scriptMedian = (loads: LoadResult[], name: string, f: (t: ScriptTime) => number) => (loads.some((l) => name in l.scripts) ? ms(median(pick(loads, (l) => f(script(l, name))))) : '-');
  const otherScripts = [...new Set(runs.flatMap((r) => [r.cold.ext, ...r.ext].flatMap((l) => Object.keys(l.scripts))))].filter((n) => n !== DETECTOR && n !== CONTENT);

  printTable(
    '1. Main-thread time per page load (ms; median / p95 / max over measured loads)',
    [
      'page', 'kind', 'Jejak path', 'loads', 'Jejak ms', 'Jejak thread ms', 'first-look.js ms', 'detector eval', 'article.js ms', 'content eval', 'compile det / cont',
      'idle callback', 'cold Jejak ms', 'busy with Jejak', 'busy without', 'Δ busy',
    ],
    runs.map((r) => [
      label(r.page), kind(r.page), pathOf(r.ext), String(r.ext.length),
      spread(pick(r.ext, (l) => l.extMs)), spread(pick(r.ext, (l) => l.extCpuMs)),
      scriptSpread(r.ext, DETECTOR), scriptMedian(r.ext, DETECTOR, (t) => t.evalMs),
      scriptSpread(r.ext, CONTENT), scriptMedian(r.ext, CONTENT, (t) => t.evalMs),
      `${scriptMedian(r.ext, DETECTOR, (t) => t.compileMs)} / ${scriptMedian(r.ext, CONTENT, (t) => t.compileMs)}`,
      scriptMedian(r.ext, CONTENT, (t) => t.idleMs), ms(r.cold.ext.extMs),
      spread(pick(r.ext, (l) => l.busyMs)), spread(pick(r.plain, (l) => l.busyMs)),
      ms(median(pick(r.ext, (l) => l.busyMs)) - median(pick(r.plain, (l) => l.busyMs))),
    ]),
    'trace of each load from navigationStart until 1 s after load (or launcher + 0.3 s). Per script (first-look.js = the first look on every outlet page, article.js = injected by the background where the first look passes): ' +
      'the union of its trace events (EvaluateScript, v8.compile, FunctionCall of its callbacks), its idle callbacks and CPU samples whose innermost extension frame is in it; "-" = it never ran on that page. ' +
      'Jejak ms = union over all extension scripts (wall time); Jejak thread ms = the same in thread time: within each task, Jejak\'s wall time times the task\'s thread time over its wall time, so time the main thread waited for one of the machine\'s cores (two browsers and the profiler share them) is left out. eval = EvaluateScript (compile + top level), compile = v8.compile, idle callback = article.js extraction: medians of those parts. ' +
      'busy = sum of main-thread RunTask, Δ = difference of medians; path (most loads): first look = only first-look.js ran, article.js = injected but no extraction, extraction = its idle callback ran, no launcher, sidebar = launcher shown; cold = first load of the page in that browser, not in the stats.' +
      (otherScripts.length ? ` Other extension scripts seen (in Jejak ms only): ${otherScripts.join(', ')}.` : '') +
      (skipped.length ? ` Not measured (time budget): ${skipped.join(', ')}.` : ''),
  );

  // The figures a page's guest cost is judged by, each beside its aim (medians, production build).
  const mainRun = (p: FixturePage) => runs.find((r) => r.page === p);
  const aimRow = (what: string, p: FixturePage, aim: number) => {
    const r = mainRun(p);
    const cpu = r ? median(pick(r.ext, (l) => l.extCpuMs)) : NaN;
    const wall = r ? median(pick(r.ext, (l) => l.extMs)) : NaN;
    return [what, `${label(p)} (${r ? pathOf(r.ext) : '-'})`, ms(cpu), ms(wall), `≤ ${aim}`, verdict(cpu, aim), verdict(wall, aim)];
  };
  /** On a page only the first look runs on, all its work is inside its own trace events: measured on the loads traced without the profiler too. */
  const unprofiledFirstLook = () => {
    const r = mainRun(mainNegative);
    const loads = r?.unprofiled.filter((l) => pathOfLoad(l) === 'first look') ?? [];
    const cpu = loads.length ? median(loads.map((l) => l.eventCpuMs)) : NaN;
    const wall = loads.length ? median(loads.map((l) => l.extMs)) : NaN;
    return [`first look, page passed over, profiler off (${loads.length} loads)`, `${label(mainNegative)} (first look)`, ms(cpu), ms(wall), '≤ 3', verdict(cpu, 3), verdict(wall, 3)];
  };
  const verdict = (value: number, aim: number) => (Number.isFinite(value) && value <= aim ? 'met' : 'NOT MET');
  const allExt = runs.flatMap((r) => [r.cold.ext, ...r.ext]);
  const taskRow = (what: string, f: (values: number[]) => number, loads: LoadResult[]) => {
    const cpu = f(loads.map((l) => l.maxExtTaskCpuMs));
    const wall = f(loads.map((l) => l.maxExtTaskMs));
    return [what, 'all pages', ms(cpu), ms(wall), '≤ 10', verdict(cpu, 10), verdict(wall, 10)];
  };
  printTable(
    'Aims: what a reader pays, beside what Jejak aims for (ms unless stated)',
    ['figure', 'page (path)', 'thread time', 'wall time', 'aim', 'thread time', 'wall time'],
    [
      unprofiledFirstLook(),
      aimRow('extracted, not coverage (Jejak ms, median)', mainReadNegative, 15),
      aimRow('coverage, to the launcher (Jejak ms, median)', mainPositive, 25),
      taskRow('longest Jejak time in one task, median over measured loads', median, runs.flatMap((r) => r.ext)),
      taskRow('longest Jejak time in one task, worst load (cold included)', (v) => Math.max(...v), allExt),
      ['first-look.js gzipped (KB)', '-', (firstLookGzip / 1024).toFixed(2), '', '≤ 4', firstLookGzip <= 4096 ? 'met' : 'NOT MET', ''],
    ],
    'Jejak ms as in table 1 (union of the extension scripts\' main-thread time per load, navigationStart until launcher + 0.3 s or load + 1 s), in thread time (the CPU the main thread spent on Jejak) and wall time (which also counts time the thread waited for a core of this 2-core machine while two browsers, their tracing and the profiler ran); one task = one top-level RunTask on the renderer main thread, Jejak\'s share of it from the same attribution; gzip -6 of the built file. Loads are traced with the CPU profiler on (needed to attribute await continuations), which itself slows Jejak\'s JavaScript (table 1c), so the last two page figures are on the high side; on a page only the first look runs on, everything it does is inside its own trace events (its evaluation runs its awaits to the end), so its figure is taken from the loads traced without the profiler: thread time of those events (with the profiler: table 1).',
  );

  // Pooled over pages: what a load costs by what Jejak did on it.
  const pooled = new Map<string, { pages: Set<string>; loads: LoadResult[] }>();
  for (const r of runs) {
    for (const l of r.ext) {
      const key = `${r.page.expected.coverage ? 'coverage' : 'negative'}: ${pathOfLoad(l)}`;
      const group = pooled.get(key) ?? { pages: new Set(), loads: [] };
      group.pages.add(label(r.page));
      group.loads.push(l);
      pooled.set(key, group);
    }
  }
  printTable(
    '1b. The same, pooled over pages by what Jejak did on the load (ms; median / p95 / max)',
    ['pages: path', 'pages', 'loads', 'Jejak ms', 'first-look.js ms', 'article.js ms', 'detector eval (median)', 'content eval + idle callback (median)'],
    [...pooled].sort((a, b) => a[0].localeCompare(b[0])).map(([key, g]) => [
      key, String(g.pages.size), String(g.loads.length), spread(pick(g.loads, (l) => l.extMs)),
      scriptSpread(g.loads, DETECTOR), scriptSpread(g.loads, CONTENT), scriptMedian(g.loads, DETECTOR, (t) => t.evalMs),
      scriptMedian(g.loads, CONTENT, (t) => t.evalMs + t.idleMs),
    ]),
    'measured loads of table 1 (main pages weigh more: 10 loads against 3); path as in table 1, per load.',
  );

  printTable(
    '1c. The same parts with and without the CPU profiler running (ms, median)',
    ['page', 'profiler', 'loads', 'eval first-look.js', 'eval article.js', 'compile det / cont', 'idle callback', 'evals + idle callback'],
    runs.filter((r) => r.unprofiled.length).flatMap((r) =>
      ([['on', r.ext], ['off', r.unprofiled]] as const).map(([p, loads]) => [
        label(r.page), p, String(loads.length), scriptMedian(loads, DETECTOR, (t) => t.evalMs), scriptMedian(loads, CONTENT, (t) => t.evalMs),
        `${scriptMedian(loads, DETECTOR, (t) => t.compileMs)} / ${scriptMedian(loads, CONTENT, (t) => t.compileMs)}`,
        scriptMedian(loads, CONTENT, (t) => t.idleMs),
        ms(median(pick(loads, (l) => script(l, DETECTOR).evalMs + script(l, CONTENT).evalMs + script(l, CONTENT).idleMs))),
      ]),
    ),
    'trace events only (no sampling needed), so the profiler\'s own slowdown of JS shows; the rest of table 1 needs the profiler for attribution.',
  );

  printTable(
    '2. Long tasks (> 50 ms) on the main thread, navigationStart until Jejak is done (all loads, cold included)',
    ['page', 'loads', 'long tasks with / without', 'longest task with (med / max)', 'longest without (med / max)', 'long tasks with Jejak work', 'longest of those', 'its Jejak ms', 'script and phase'],
    runs.map((r) => {
      const ext = [r.cold.ext, ...r.ext];
      const without = [r.cold.plain, ...r.plain];
      const withWork = ext.flatMap((l) => l.longTasks).filter((t) => t.extMs > 0);
      const worst = [...withWork].sort((a, b) => b.durMs - a.durMs)[0];
      const longest = (loads: LoadResult[]) => `${ms(median(pick(loads, (l) => l.longestTaskMs)))} / ${ms(Math.max(...pick(loads, (l) => l.longestTaskMs)))}`;
      const where = new Map<string, number>();
      for (const t of withWork) {
        const key = `${short(t.script ?? '?')} ${t.phase ?? '?'}`;
        where.set(key, (where.get(key) ?? 0) + 1);
      }
      return [
        label(r.page), String(ext.length),
        `${ext.flatMap((l) => l.longTasks).length} / ${without.flatMap((l) => l.longTasks).length}`,
        longest(ext), longest(without), String(withWork.length),
        worst ? ms(worst.durMs) : '-', worst ? ms(worst.extMs) : '-',
        [...where].map(([k, n]) => `${k} ${n}`).join(', ') || '-',
      ];
    }),
    'top-level RunTask events over 50 ms on the renderer main thread (ms), with and without Jejak; "with Jejak work" = overlapping any extension script\'s intervals; script and phase = where most of that work was (see table 3), with the count of such tasks.',
  );

  // Where the time goes: each script's sampled time by its innermost own frame, mean per load.
  const excerpt = (name: string, frame: string) => {
    const m = /@(\d+):(\d+)$/.exec(frame);
    if (!m) return '';
    const line = sources.get(name)?.[Number(m[1]) - 1] ?? '';
    return line.slice(Number(m[2]) - 1, Number(m[2]) + 44).replace(/\s+/g, ' ');
  };
  /** Per script and phase: the whole (trace events, or all samples), then the frames with most sampled time; ms per load, mean. */
  const whereTimeGoes = (page: string, loads: LoadResult[], perGroup: number): string[][] => {
    if (!loads.length) return [];
    const mean = (f: (l: LoadResult) => number) => loads.reduce((s, l) => s + f(l), 0) / loads.length;
    const seen = [...new Set(loads.flatMap((l) => Object.keys(l.scripts)))];
    const names = [DETECTOR, CONTENT, ...seen.filter((n) => n !== DETECTOR && n !== CONTENT).sort()].filter((n) => seen.includes(n));
    const rows: string[][] = [];
    for (const name of names) {
      const ran = loads.filter((l) => name in l.scripts).length;
      const file = `${short(name)}${ran < loads.length ? ` (${ran}/${loads.length} loads)` : ''}`;
      for (const phase of PHASES) {
        const totals = new Map<string, number>();
        for (const l of loads) {
          for (const [key, t] of l.functions[phase]) {
            const { script: s, frame } = splitFrameKey(key);
            if (s === name) totals.set(frame, (totals.get(frame) ?? 0) + t / loads.length);
          }
        }
        const sampled = [...totals.values()].reduce((a, b) => a + b, 0);
        const row = (what: string, value: number, source = '') => rows.push([page, file, phase, what, ms(value, 2), source]);
        if (phase === 'evaluate') {
          if (!mean((l) => script(l, name).evalMs) && !sampled) continue;
          row('(EvaluateScript, whole)', mean((l) => script(l, name).evalMs));
          row('(v8.compile)', mean((l) => script(l, name).compileMs));
          row('(all samples)', sampled);
        } else if (phase === 'extraction') {
          if (!mean((l) => script(l, name).idleMs)) continue;
          row('(FireIdleCallback, whole)', mean((l) => script(l, name).idleMs));
        } else {
          if (!sampled) continue;
          row('(all samples)', sampled);
        }
        for (const [f, t] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, perGroup)) row(f, t, excerpt(name, f));
      }
    }
    return rows;
  };
  const firstLookLoads = runs.filter((r) => !r.page.expected.coverage).flatMap((r) => r.ext.filter((l) => pathOfLoad(l) === 'first look'));
  const firstLookPages = runs.filter((r) => !r.page.expected.coverage && r.ext.some((l) => pathOfLoad(l) === 'first look')).length;
  const WHERE_HEADERS = ['page', 'script', 'phase', 'frame (minified name @line:col)', 'ms', 'source at that position'];
  printTable(
    '3. Where Jejak\'s main-thread time goes (ms per load, mean)',
    WHERE_HEADERS,
    [
      ...runs.slice(0, MAIN_PAGES).flatMap((r) => whereTimeGoes(label(r.page), r.ext, 3)),
      ...whereTimeGoes(`negatives, first look only (${firstLookPages} pages, ${firstLookLoads.length} loads)`, firstLookLoads, 5),
    ],
    'script = the extension script the time belongs to (with how many loads it ran in, if not all); evaluate = evaluating it when Chromium injects it (first-look.js at document_idle, article.js when the background asks); ' +
      'other = after evaluation (settings read and first look, messages, sidebar mount); extraction = article.js idle callback. Frames: CPU samples charged to the innermost frame of an extension script on the stack ' +
      '(DOM and builtin calls count for their caller), source excerpt from that script as built; samples are ~0.1-0.4 ms apart, so small rows are rough. The last block pools every load of a negative page that only the first look ran on.',
  );

  const launchRows = runs
    .filter((r) => r.page.expected.coverage === true)
    .map((r) => {
      const shown = r.ext.filter((l) => l.launcherDomMs !== undefined);
      return [
        label(r.page), `${shown.length}/${r.ext.length}`, shown[0]?.launcherName ?? '-',
        spread(pick(shown, (l) => l.launcherDomMs!), 0), spread(pick(shown, (l) => l.launcherFrameMs!), 0),
        spread(pick(r.ext, (l) => l.loadEventMs), 0), ms(r.cold.ext.launcherDomMs ?? NaN, 0),
      ];
    });
  printTable(
    '4. Navigation start → launcher (ms; median / p95 / max)',
    ['page', 'shown', 'accessible name', 'launcher in DOM', 'first frame with it', 'load event', 'cold'],
    launchRows,
    'a main-world MutationObserver on <html>/<body> children sees the sidebar host (the launcher is rendered in the same task; its shadow root is closed, its name read from the accessibility tree); times are performance.now() (origin = navigation start) then, and at the next requestAnimationFrame.',
  );

  if (PAGES_ONLY) return;
  // ---------------------------------------------------------------- memory
  log('memory: 1, 3 and 5 coverage tabs and two negatives, with and without Jejak');
  const memoryRows: string[][] = [];
  const swRows: string[][] = [['service worker, started, no page analysed yet', mb(swIdleBytes)]];
  const heaps: Record<'ext' | 'plain', Map<number, number[]>> = { ext: new Map(), plain: new Map() };
  const isolates: Record<'ext' | 'plain', Map<number, number>> = { ext: new Map(), plain: new Map() };
  for (const which of ['ext', 'plain'] as const) {
    const context = which === 'ext' ? withExt : plain;
    const tabs: Page[] = [];
    for (const n of [1, 3, 5]) {
      while (tabs.length < n) {
        const tab = await context.newPage();
        await tab.goto(positives[tabs.length % positives.length]!.url);
        // A coverage page with nothing matched shows no sidebar at all: then the analysis has had its time.
        if (which === 'ext') await tab.waitForSelector('jejak-sidebar', { state: 'attached', timeout: 10_000 }).catch(() => tab.waitForTimeout(1500));
        else await tab.waitForTimeout(1500);
        tabs.push(tab);
      }
      await tabs[0]!.waitForTimeout(500);
      const usage = [];
      for (const tab of tabs) usage.push(await pageHeap(tab));
      heaps[which].set(n, usage.map((u) => u.usedBytes));
      isolates[which].set(n, new Set(usage.map((u) => u.isolateId)).size);
      if (which === 'ext') swRows.push([`service worker, ${n} coverage tab${n > 1 ? 's' : ''} open`, mb(await sw.heapBytes())]);
    }
    for (const tab of tabs) await tab.close();
  }
  for (const page of [mainNegative, mainReadNegative]) {
    const heap: Record<'ext' | 'plain', number> = { ext: NaN, plain: NaN };
    for (const which of ['ext', 'plain'] as const) {
      const tab = await (which === 'ext' ? withExt : plain).newPage();
      await tab.goto(page.url);
      await tab.waitForTimeout(1500);
      heap[which] = (await pageHeap(tab)).usedBytes;
      await tab.close();
    }
    const measured = runs.find((x) => x.page === page);
    const path = measured ? pathOf(measured.ext) : '-';
    memoryRows.push([`1 (${label(page)}, negative: ${path})`, mb(heap.ext), mb(heap.ext), mb(heap.plain), mb(heap.plain), mb(heap.ext - heap.plain), '1 / 1']);
  }
  for (const n of [1, 3, 5]) {
    const e = heaps.ext.get(n)!;
    const p = heaps.plain.get(n)!;
    memoryRows.push([
      String(n), mb(median(e)), mb(Math.max(...e)), mb(median(p)), mb(Math.max(...p)), mb(median(e) - median(p)),
      `${isolates.ext.get(n)} / ${isolates.plain.get(n)}`,
    ]);
  }
  printTable(
    '5a. JS heap per tab (MB); coverage tabs unless named (path as in table 1)',
    ['tabs open', 'with Jejak median', 'with Jejak max', 'without median', 'without max', 'Jejak per tab', 'distinct isolates (with / without)'],
    memoryRows,
    'Runtime.getHeapUsage usedSize of each tab after two HeapProfiler.collectGarbage, sidebar shown (negatives: 1.5 s after load); one isolate per tab means per-tab figures are not shared with other tabs.',
  );
  printTable(
    '5b. Background service worker JS heap (MB)',
    ['state', 'heap MB'],
    swRows,
    'CDP attached to the service-worker target (Target.attachToTarget from a page session), Runtime.getHeapUsage after two collections; it holds the one engine and index for every tab.',
  );

  log('index per tab: the background\'s index module and engine run in a page');
  const bundle = await buildIndexBundle();
  const indexRows: string[][] = [];
  const deltas: number[] = [];
  const evalMs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const tab = await plain.newPage();
    await tab.goto(mainNegative.url);
    const before = await pageHeap(tab);
    evalMs.push(await tab.evaluate((code) => {
      const t = performance.now();
      (0, eval)(code);
      return performance.now() - t;
    }, bundle.code));
    const after = await pageHeap(tab);
    deltas.push(after.usedBytes - before.usedBytes);
    await tab.close();
  }
  indexRows.push([
    `${kb(bundle.code.length)} KB script, ${kb(bundle.indexJsonChars)} KB index JSON literal`,
    mb(median(deltas)), ms(median(evalMs)), mb(median(deltas) * 5),
  ]);
  printTable(
    '5c. The index if every content script carried it (per tab)',
    ['what runs in the tab', 'heap kept MB', 'main-thread ms to load', 'MB over 5 tabs'],
    indexRows,
    'Vite bundle of the index built from the seeds (as the build makes it, a JSON literal) + createEngine, eval\'d in a tab without Jejak and kept in a global; heap after collection, before vs after; median of 3 tabs.',
  );

  // ---------------------------------------------------------------- huge page
  const html = hugeArticleHtml(HUGE_URL);
  log(`huge page (${(html.length / 1e6).toFixed(1)} MB): ${HUGE_REPEATS} loads with and without Jejak`);
  const huge: Record<'ext' | 'plain', LoadResult[]> = { ext: [], plain: [] };
  for (let k = 0; k < HUGE_REPEATS; k++) {
    huge.ext.push(await measureLoad(withExt, HUGE_URL, { extOrigin, expectLauncher: true, html, settleMs: 1000, probe: true }));
    huge.plain.push(await measureLoad(plain, HUGE_URL, { extOrigin: undefined, expectLauncher: false, html, settleMs: 1000, probe: true }));
  }
  const hugeRows = (['ext', 'plain'] as const).map((which) => {
    const loads = huge[which];
    const extTasks = loads.map((l) => Math.max(0, ...l.longTasks.filter((t) => t.extMs > 0).map((t) => t.durMs)));
    const extInTask = loads.map((l) => Math.max(0, ...l.longTasks.map((t) => t.extMs)));
    return [
      which === 'ext' ? 'with Jejak' : 'without', spread(pick(loads, (l) => l.loadEventMs), 0), spread(pick(loads, (l) => l.longestTaskMs), 0),
      String(median(pick(loads, (l) => l.longTasks.length))),
      which === 'ext' ? spread(pick(loads, (l) => l.extMs)) : '-',
      which === 'ext' ? `${scriptMedian(loads, DETECTOR, (t) => t.ms)} / ${scriptMedian(loads, CONTENT, (t) => t.ms)}` : '-',
      which === 'ext' ? `${spread(extTasks, 0)} (Jejak ${ms(median(extInTask))})` : '-',
      which === 'ext' ? `${loads.filter((l) => l.launcherDomMs !== undefined).length}/${loads.length}, ${ms(median(loads.filter((l) => l.launcherDomMs !== undefined).map((l) => l.launcherDomMs!)), 0)} ms` : '-',
      spread(pick(loads, (l) => l.probeMaxMs ?? NaN), 0),
    ];
  });
  printTable(
    `6. Huge page: ${(html.length / 1e6).toFixed(1)} MB, 20,000 paragraphs, NATO story (ms; median / p95 / max of ${HUGE_REPEATS})`,
    ['browser', 'load event', 'longest task', 'long tasks (median)', 'Jejak ms', 'first-look.js / article.js ms (median)', 'longest task with Jejak work', 'launcher shown, median', 'max evaluate round trip'],
    hugeRows,
    'served at a voi.id URL via a Playwright route; traced as in table 1 until launcher + 0.3 s / load + 1 s; responsiveness = slowest Runtime.evaluate("0") round trip sent every 20 ms from DOMContentLoaded until then (a click would wait about as long).',
  );
  printTable(
    '6b. Huge page: where Jejak\'s main-thread time goes (ms per load, mean)',
    WHERE_HEADERS,
    whereTimeGoes('huge', huge.ext, 6),
    'as table 3.',
  );
  console.log(
    `\nTotal run time: ${elapsed().toFixed(0)} s; ${await versionOf()}, headless, ${cpus().length} CPUs; ` +
      `load average ${loadStart} at start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at end (other work on the machine makes every figure noisier).`,
  );
  await sw.close();
}

async function versionOf(): Promise<string> {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'version unknown';
  }
}
