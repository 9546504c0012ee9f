/**
 * Browsers with and without Jejak, and the DevTools Protocol calls the
 * benchmark needs beyond tracing: heap after garbage collection, for a tab and
 * for the extension's service worker.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

/** The same Chromium and flags as test/e2e/harness.ts `launchChromium`, without the extension. */
export async function launchPlainChromium(port: number): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jejak-profile-plain-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox', `--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
    ],
  });
}

export interface HeapUsage { usedBytes: number; isolateId: string }

export async function settledHeap(cdp: CDPSession): Promise<HeapUsage> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { id } = await cdp.send('Runtime.getIsolateId');
  return { usedBytes: usedSize, isolateId: id };
}

export async function pageHeap(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await settledHeap(cdp);
  } finally {
    await cdp.detach();
  }
}

/**
 * A DevTools session on the extension's service worker. Playwright opens CDP
 * sessions on pages only, so a page's session attaches to the worker target
 * and relays messages to it (`Target.sendMessageToTarget`). While attached,
 * Chromium does not stop the worker for being idle, so the engine it builds
 * stays in its heap between page loads.
 */
export interface WorkerSession {
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** Calls `listener` with the params of each `method` event the worker sends. */
  on(method: string, listener: (params: unknown) => void): void;
  heapBytes(): Promise<number>;
  close(): Promise<void>;
}

export async function attachServiceWorker(context: BrowserContext): Promise<WorkerSession> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!target) throw new Error('The extension has no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const listeners = new Map<string, ((params: unknown) => void)[]>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };
    if (m.id === undefined) {
      if (m.method) for (const listener of listeners.get(m.method) ?? []) listener(m.params);
      return;
    }
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error) p?.reject(new Error(m.error.message));
    else p?.resolve(m.result);
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  return {
    send,
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    async heapBytes() {
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
      return (await send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    },
    async close() {
      await page.close();
    },
  };
}

/** Calls `listener` with every line the extension's service workers (this one and any restarted later) write to their console. */
function workerConsole(context: BrowserContext, listener: (text: string) => void): void {
  const watch = (worker: { on(event: 'console', listener: (m: { text(): string }) => void): unknown }) => worker.on('console', (message) => listener(message.text()));
  for (const worker of context.serviceWorkers()) watch(worker);
  context.on('serviceworker', watch);
}

/**
 * What the background says of its engine each time it starts ("Jejak: engine
 * loaded in 14 ms, 0 library changes applied"), from its console, in order.
 */
export function engineReports(context: BrowserContext): string[] {
  const reports: string[] = [];
  workerConsole(context, (text) => {
    if (text.startsWith('Jejak: engine')) reports.push(text.replace(/^Jejak: /, ''));
  });
  return reports;
}

/** One page's analysis as the background logs it ("Jejak: page analysed in 23.4 ms (coverage, 12 quotes)"). */
export interface AnalysisReport {
  ms: number;
  coverage: boolean;
  quotes: number;
}
const ANALYSIS_LINE = /^Jejak: page analysed in ([\d.]+) ms \((coverage|not coverage), (\d+) quotes\)/;

/** Every page analysis the background logs, in order. */
export function analysisReports(context: BrowserContext): AnalysisReport[] {
  const reports: AnalysisReport[] = [];
  workerConsole(context, (text) => {
    const m = ANALYSIS_LINE.exec(text);
    if (m) reports.push({ ms: Number(m[1]), coverage: m[2] === 'coverage', quotes: Number(m[3]) });
  });
  return reports;
}
