/**
 * npm run bench:browser — what Jejak costs a reader's browser, measured in
 * Debian's Chromium with the production build (`wxt build`, made fresh at the
 * start). Prints tables, asserts nothing.
 *
 * Two browsers run side by side with the same flags: one with the extension
 * (test/e2e/harness.ts `launchChromium`) and one without it. Fixture pages
 * (test/fixtures/pages) are served under their real URLs by the e2e fixture
 * server; `expected.coverage` in each page's JSON sorts them into negatives
 * and positives. Every load is a fresh tab; the first load of each page in
 * each browser is a warm-up (reported as "cold") and the rest are measured.
 *
 * Main-thread time: each load is traced (CDP `Tracing.start` on the tab with
 * `devtools.timeline`, `disabled-by-default-devtools.timeline` and
 * `disabled-by-default-v8.cpu_profiler`) from before navigation until Jejak
 * is done (launcher shown, or 1 s after the load event). On the renderer's
 * main thread, from navigationStart:
 * - "Jejak ms" is the union of (a) trace events carrying the extension's
 *   script URL (`EvaluateScript`/`v8.compile` of content.js, `FunctionCall` of
 *   its callbacks) and (b) CPU-profile samples with a content.js frame on the
 *   stack (this catches await continuations, which run as microtasks with no
 *   URL, and DOM calls made from the extension). Style and layout that Blink
 *   does later for the sidebar are not attributed; the busy-time difference
 *   between the two browsers covers them.
 * - "busy ms" is the sum of top-level `RunTask` durations; "long tasks" are
 *   those over 50 ms, with the extension's time inside each.
 *
 * Memory: JS heap of a tab after two forced collections
 * (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`), with 1, 3 and 5
 * coverage tabs open, in both browsers; and the service worker's heap,
 * reached by attaching to its target from a page session. The index's cost
 * per tab, if every content script carried it, is measured by running the
 * background's own index module and engine (bundled by Vite with the same
 * seed plugin) in a page without the extension and keeping the engine.
 *
 * The huge page (~5 MB, 20,000 paragraphs, a NATO story so the whole
 * extraction path runs) is served at a voi.id URL through a Playwright route,
 * so Chromium navigates to it and injects the content script exactly as on a
 * real page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, fixturePages, launchChromium, startFixtureServer, type FixturePage } from '../test/e2e/harness';
import { attachServiceWorker, launchPlainChromium, pageHeap } from './bench-browser/cdp';
import { hugeArticleHtml } from './bench-browser/huge-page';
import { buildIndexBundle } from './bench-browser/index-bundle';
import { measureLoad, type LoadResult } from './bench-browser/load';
import { PHASES } from './bench-browser/trace';
import { kb, mb, median, ms, printTable, spread } from './bench-browser/table';

const ROOT = resolve(import.meta.dirname, '..');
const started = Date.now();
const loadStart = loadavg().map((l) => l.toFixed(1)).join(' ');
const elapsed = () => (Date.now() - started) / 1000;
const log = (message: string) => process.stderr.write(`[${elapsed().toFixed(0).padStart(3)} s] ${message}\n`);

/** Measured loads of the main negative and positive page, and of every other fixture while time allows. */
const REPEATS = 10;
const EXTRA_REPEATS = 3;
/** Extra fixture pages are measured only while the run is younger than this (s), to keep it near 6 minutes. */
const EXTRA_BUDGET_S = 240;
const HUGE_REPEATS = 3;
const HUGE_URL = 'https://www.voi.id/berita/999001/nato-ukraina-halaman-uji-sangat-panjang';

log('building the extension (wxt build)');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const contentJs = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');

const server = await startFixtureServer();
const withExt = await launchChromium(server.port);
const plain = await launchPlainChromium(server.port);
try {
  await run(withExt, plain);
} finally {
  await withExt.close();
  await plain.close();
  server.close();
}

async function run(withExt: BrowserContext, plain: BrowserContext): Promise<void> {
  const worker = withExt.serviceWorkers()[0] ?? (await withExt.waitForEvent('serviceworker'));
  const extOrigin = /^chrome-extension:\/\/[^/]+\//.exec(worker.url())?.[0];
  if (!extOrigin) throw new Error(`Unexpected service worker URL ${worker.url()}`);
  const sw = await attachServiceWorker(withExt);
  const swIdleBytes = await sw.heapBytes();

  const pages = fixturePages();
  const negatives = pages.filter((p) => p.expected.coverage === false);
  const positives = pages.filter((p) => p.expected.coverage === true);
  const mainNegative = negatives.find((p) => p.outlet === 'detik' && p.slug === 'timnas-ukraina-euro') ?? negatives[0];
  const mainPositive = positives.find((p) => p.outlet === 'voi') ?? positives[0];
  if (!mainNegative || !mainPositive) throw new Error('Need at least one negative and one positive fixture page');
  const queue = [mainNegative, mainPositive, ...negatives.filter((p) => p !== mainNegative), ...positives.filter((p) => p !== mainPositive)];

  // ---------------------------------------------------------------- page loads
  interface PageRuns { page: FixturePage; cold: { ext: LoadResult; plain: LoadResult }; ext: LoadResult[]; plain: LoadResult[]; unprofiled: LoadResult[] }
  const runs: PageRuns[] = [];
  const skipped: string[] = [];
  for (const [i, page] of queue.entries()) {
    const repeats = i < 2 ? REPEATS : EXTRA_REPEATS;
    if (i >= 2 && elapsed() > EXTRA_BUDGET_S) {
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
      if (i < 2 && k % 2 === 0) r.unprofiled.push(await loadIn(true, false));
    }
    runs.push(r);
  }

  const label = (p: FixturePage) => `${p.outlet}/${p.slug}`;
  const kind = (p: FixturePage) => (p.expected.coverage ? 'coverage' : p.expected.article === false ? 'negative, not article' : 'negative article');
  const pathOf = (loads: LoadResult[]) => {
    const launched = loads.filter((l) => l.launcherDomMs !== undefined).length;
    const extracted = loads.filter((l) => l.extracted).length;
    if (launched > loads.length / 2) return 'sidebar';
    if (extracted > loads.length / 2) return 'extracted';
    return 'quick exit';
  };
  const pick = (loads: LoadResult[], f: (l: LoadResult) => number) => loads.map(f);

  printTable(
    '1. Main-thread time per page load (ms; median / p95 / max over measured loads)',
    ['page', 'kind', 'Jejak path', 'loads', 'Jejak ms', 'eval content.js', 'compile', 'idle callback', 'cold Jejak ms', 'busy with Jejak', 'busy without', 'Δ busy'],
    runs.map((r) => [
      label(r.page), kind(r.page), pathOf(r.ext), String(r.ext.length),
      spread(pick(r.ext, (l) => l.extMs)), ms(median(pick(r.ext, (l) => l.evalMs))), ms(median(pick(r.ext, (l) => l.compileMs))),
      ms(median(pick(r.ext, (l) => l.idleMs))), ms(r.cold.ext.extMs),
      spread(pick(r.ext, (l) => l.busyMs)), spread(pick(r.plain, (l) => l.busyMs)),
      ms(median(pick(r.ext, (l) => l.busyMs)) - median(pick(r.plain, (l) => l.busyMs))),
    ]),
    'trace of each load from navigationStart until 1 s after load (or launcher + 0.3 s); Jejak ms = union of content.js trace events, its idle callbacks and CPU samples with content.js on the stack; ' +
      'eval/compile/idle callback = medians of those parts (idle callback = the extraction); busy = sum of main-thread RunTask, Δ = difference of medians; path: quick exit = stopped at the cheap check, extracted = article extracted and sent, sidebar = launcher shown; cold = first load of the page in that browser, not in the stats.' +
      (skipped.length ? ` Not measured (time budget): ${skipped.join(', ')}.` : ''),
  );

  printTable(
    '1b. The same parts with and without the CPU profiler running (ms, median)',
    ['page', 'profiler', 'loads', 'eval content.js', 'compile', 'idle callback', 'eval + idle callback'],
    runs.filter((r) => r.unprofiled.length).flatMap((r) =>
      ([['on', r.ext], ['off', r.unprofiled]] as const).map(([p, loads]) => [
        label(r.page), p, String(loads.length), ms(median(pick(loads, (l) => l.evalMs))), ms(median(pick(loads, (l) => l.compileMs))),
        ms(median(pick(loads, (l) => l.idleMs))), ms(median(pick(loads, (l) => l.evalMs + l.idleMs))),
      ]),
    ),
    'trace events only (no sampling needed), so the profiler\'s own slowdown of JS shows; the rest of table 1 needs the profiler for attribution.',
  );

  printTable(
    '2. Long tasks (> 50 ms) on the main thread, navigationStart until Jejak is done (all loads, cold included)',
    ['page', 'loads', 'long tasks with / without', 'longest task with (med / max)', 'longest without (med / max)', 'long tasks with Jejak work', 'longest of those', 'its Jejak ms', 'phase'],
    runs.map((r) => {
      const ext = [r.cold.ext, ...r.ext];
      const without = [r.cold.plain, ...r.plain];
      const withWork = ext.flatMap((l) => l.longTasks).filter((t) => t.extMs > 0);
      const worst = withWork.sort((a, b) => b.durMs - a.durMs)[0];
      const longest = (loads: LoadResult[]) => `${ms(median(pick(loads, (l) => l.longestTaskMs)))} / ${ms(Math.max(...pick(loads, (l) => l.longestTaskMs)))}`;
      return [
        label(r.page), String(ext.length),
        `${ext.flatMap((l) => l.longTasks).length} / ${without.flatMap((l) => l.longTasks).length}`,
        longest(ext), longest(without), String(withWork.length),
        worst ? ms(worst.durMs) : '-', worst ? ms(worst.extMs) : '-',
        PHASES.map((p) => [p, withWork.filter((t) => t.phase === p).length] as const).filter(([, n]) => n).map(([p, n]) => `${p} ${n}`).join(', ') || '-',
      ];
    }),
    'top-level RunTask events over 50 ms on the renderer main thread (ms), with and without Jejak; "with Jejak work" = overlapping the extension\'s intervals; phase = where most of that work was (see table 3).',
  );

  // Where the time goes: the extension's sampled time by innermost content.js frame, mean per load.
  const lines = contentJs.split('\n');
  const excerpt = (frame: string) => {
    const m = /@(\d+):(\d+)$/.exec(frame);
    if (!m) return '';
    const line = lines[Number(m[1]) - 1] ?? '';
    return line.slice(Number(m[2]) - 1, Number(m[2]) + 44).replace(/\s+/g, ' ');
  };
  /** Per phase: the whole (trace event, or all samples), then the frames with most sampled time; ms per load, mean. */
  const whereTimeGoes = (page: string, loads: LoadResult[], perPhase: number): string[][] => {
    const mean = (f: (l: LoadResult) => number) => loads.reduce((s, l) => s + f(l), 0) / loads.length;
    const rows: string[][] = [];
    for (const phase of PHASES) {
      const totals = new Map<string, number>();
      for (const l of loads) for (const [f, t] of l.functions[phase]) totals.set(f, (totals.get(f) ?? 0) + t / loads.length);
      const sampled = [...totals.values()].reduce((a, b) => a + b, 0);
      if (phase === 'inject') {
        rows.push([page, phase, '(EvaluateScript content.js, whole)', ms(mean((l) => l.evalMs), 2), '']);
        rows.push([page, phase, '(v8.compile content.js)', ms(mean((l) => l.compileMs), 2), '']);
        rows.push([page, phase, '(all samples)', ms(sampled, 2), '']);
      } else if (phase === 'extraction') {
        if (!mean((l) => l.idleMs)) continue;
        rows.push([page, phase, '(FireIdleCallback, whole)', ms(mean((l) => l.idleMs), 2), '']);
      } else rows.push([page, phase, '(all samples)', ms(sampled, 2), '']);
      for (const [f, t] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, perPhase)) rows.push([page, phase, f, ms(t, 2), excerpt(f)]);
    }
    return rows;
  };
  printTable(
    '3. Where Jejak\'s main-thread time goes (ms per load, mean)',
    ['page', 'phase', 'frame in content.js (minified name @line:col)', 'ms', 'source at that position'],
    runs.slice(0, 2).flatMap((r) => whereTimeGoes(label(r.page), r.ext, 3)),
    'inject = evaluating content.js when injected; other = settings read, cheap check, sidebar mount; extraction = idle callback. Frames: CPU samples with a content.js frame on the stack, charged to the innermost such frame (DOM and builtin calls count for their caller); samples are ~0.1-0.4 ms apart, so small rows are rough.',
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
    'a main-world MutationObserver on <html>/<body> children sees the sidebar host; times are performance.now() (origin = navigation start) when its shadow root holds a button named "Jejak…", and the next requestAnimationFrame.',
  );

  // ---------------------------------------------------------------- memory
  log('memory: 1, 3 and 5 coverage tabs with and without Jejak');
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
        if (which === 'ext') await tab.getByRole('button', { name: /^Jejak/ }).waitFor({ timeout: 30_000 });
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
  const negativeHeap: Record<'ext' | 'plain', number> = { ext: NaN, plain: NaN };
  for (const which of ['ext', 'plain'] as const) {
    const tab = await (which === 'ext' ? withExt : plain).newPage();
    await tab.goto(mainNegative.url);
    await tab.waitForTimeout(1500);
    negativeHeap[which] = (await pageHeap(tab)).usedBytes;
    await tab.close();
  }
  memoryRows.push([
    `1 (${label(mainNegative)}, negative)`, mb(negativeHeap.ext), mb(negativeHeap.ext), mb(negativeHeap.plain), mb(negativeHeap.plain),
    mb(negativeHeap.ext - negativeHeap.plain), '1 / 1',
  ]);
  for (const n of [1, 3, 5]) {
    const e = heaps.ext.get(n)!;
    const p = heaps.plain.get(n)!;
    memoryRows.push([
      String(n), mb(median(e)), mb(Math.max(...e)), mb(median(p)), mb(Math.max(...p)), mb(median(e) - median(p)),
      `${isolates.ext.get(n)} / ${isolates.plain.get(n)}`,
    ]);
  }
  printTable(
    '5a. JS heap per tab (MB); coverage tabs unless named',
    ['tabs open', 'with Jejak median', 'with Jejak max', 'without median', 'without max', 'Jejak per tab', 'distinct isolates (with / without)'],
    memoryRows,
    'Runtime.getHeapUsage usedSize of each tab after two HeapProfiler.collectGarbage, sidebar shown; one isolate per tab means per-tab figures are not shared with other tabs.',
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
    'Vite bundle of virtual:jejak-seed-index (same plugin and seeds as the build) + createEngine, eval\'d in a tab without Jejak and kept in a global; heap after collection, before vs after; median of 3 tabs.',
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
      which === 'ext' ? `${spread(extTasks, 0)} (Jejak ${ms(median(extInTask), 0)})` : '-',
      which === 'ext' ? `${loads.filter((l) => l.launcherDomMs !== undefined).length}/${loads.length}, ${ms(median(loads.filter((l) => l.launcherDomMs !== undefined).map((l) => l.launcherDomMs!)), 0)} ms` : '-',
      spread(pick(loads, (l) => l.probeMaxMs ?? NaN), 0),
    ];
  });
  printTable(
    `6. Huge page: ${(html.length / 1e6).toFixed(1)} MB, 20,000 paragraphs, NATO story (ms; median / p95 / max of ${HUGE_REPEATS})`,
    ['browser', 'load event', 'longest task', 'long tasks (median)', 'Jejak ms', 'longest task with Jejak work', 'launcher shown, median', 'max evaluate round trip'],
    hugeRows,
    'served at a voi.id URL via a Playwright route; traced as in table 1 until launcher + 0.3 s / load + 1 s; responsiveness = slowest Runtime.evaluate("0") round trip sent every 20 ms from DOMContentLoaded until then (a click would wait about as long).',
  );
  printTable(
    '6b. Huge page: where Jejak\'s main-thread time goes (ms per load, mean)',
    ['page', 'phase', 'frame in content.js (minified name @line:col)', 'ms', 'source at that position'],
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
