/**
 * One measured page load: a fresh tab, a trace from before navigation until
 * Jejak has finished (or would have), and when the launcher appeared.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { analyzeLoad, startTrace, type LoadTrace } from './trace';

const MARK = '__jejak_launcher__';

/**
 * Runs in the page's main world from document start. Watches the root and
 * <body> children only (Jejak appends the sidebar host to <body>), so it costs
 * nothing while a long body is parsed. The host's shadow root is closed, so
 * the watch cannot look inside: Jejak renders the launcher in the same task
 * that adds the host, so the host's arrival (seen at the end of that task) is
 * the launcher's. It logs that time (ms since navigation start) and the start
 * of the next frame; the launcher's name is read afterwards from the
 * accessibility tree.
 */
const LAUNCHER_WATCH = `(() => {
  const found = (dom) => requestAnimationFrame((frame) => console.debug('${MARK}' + JSON.stringify({ dom, frame, name: '' })));
  const onAdded = (records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeName === 'JEJAK-SIDEBAR') found(performance.now());
      if (n.nodeName === 'BODY') observer.observe(n, { childList: true });
    }
  };
  const observer = new MutationObserver(onAdded);
  observer.observe(document, { childList: true });
  if (document.documentElement) observer.observe(document.documentElement, { childList: true });
  else new MutationObserver((_, o) => { if (document.documentElement) { observer.observe(document.documentElement, { childList: true }); o.disconnect(); } }).observe(document, { childList: true });
})();`;

export interface LoadResult extends LoadTrace {
  /** Navigation start → launcher in the DOM (ms), when it appeared. */
  launcherDomMs?: number;
  /** Navigation start → start of the first frame showing it (ms). */
  launcherFrameMs?: number;
  launcherName?: string;
  loadEventMs: number;
  /** Longest round trip of a trivial Runtime.evaluate sent every 20 ms while Jejak worked (ms). */
  probeMaxMs?: number;
}

export interface LoadOptions {
  /** `chrome-extension://<id>/` in the browser with Jejak; undefined without. */
  extOrigin: string | undefined;
  /** Wait for the launcher (coverage page, browser with Jejak). */
  expectLauncher: boolean;
  /** Serve this HTML at the URL instead of the fixture server (Playwright route). */
  html?: string;
  /** Time to keep tracing after the load event (ms). */
  settleMs: number;
  /** Measure responsiveness with evaluate round trips from DOMContentLoaded on. */
  probe?: boolean;
  /** Record V8 CPU samples in the trace (default true). */
  profiler?: boolean;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function measureLoad(context: BrowserContext, url: string, options: LoadOptions): Promise<LoadResult> {
  const page: Page = await context.newPage();
  try {
    if (options.html) {
      const body = options.html;
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    }
    await page.addInitScript(LAUNCHER_WATCH);
    let launcher: { dom: number; frame: number; name: string } | undefined;
    const launcherShown = new Promise<void>((resolve) => {
      page.on('console', (m) => {
        const text = m.text();
        if (!text.startsWith(MARK)) return;
        launcher = JSON.parse(text.slice(MARK.length)) as typeof launcher;
        resolve();
      });
    });
    const cdp = await context.newCDPSession(page);
    const stopTrace = await startTrace(cdp, options.profiler ?? true);

    let probing = !!options.probe;
    let probeMaxMs = 0;
    await page.goto(url, { waitUntil: options.probe ? 'domcontentloaded' : 'load', timeout: 90_000 });
    const probeLoop = (async () => {
      while (probing) {
        const t = performance.now();
        await cdp.send('Runtime.evaluate', { expression: '0' });
        probeMaxMs = Math.max(probeMaxMs, performance.now() - t);
        await sleep(20);
      }
    })();
    if (options.probe) await page.waitForLoadState('load', { timeout: 90_000 });
    await Promise.all([
      sleep(options.settleMs),
      options.expectLauncher ? Promise.race([launcherShown.then(() => sleep(300)), sleep(30_000)]) : undefined,
    ]);
    probing = false;
    await probeLoop;
    const events = await stopTrace();
    if (launcher) {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
      launcher.name = nodes.find((n) => n.role?.value === 'button' && /^Jejak/.test(n.name?.value ?? ''))?.name?.value ?? '?';
    }
    await cdp.detach();
    const loadEventMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
    const trace = analyzeLoad(events, page.url(), options.extOrigin);
    return {
      ...trace,
      loadEventMs,
      ...(launcher ? { launcherDomMs: launcher.dom, launcherFrameMs: launcher.frame, launcherName: launcher.name } : {}),
      ...(options.probe ? { probeMaxMs } : {}),
    };
  } finally {
    await page.close();
  }
}
