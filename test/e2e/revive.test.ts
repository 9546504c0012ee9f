/**
 * Jejak stays for the whole visit, in Chromium with the production build:
 * injected a second time while the page loads, with its background stopped
 * in the middle of an analysis (once, or again and again), and after the
 * extension is reloaded under an open page; and told plainly, in the
 * sidebar, when the page they ran it on holds no article. The reader's
 * outcome is checked: one launcher, a sidebar that opens and answers, and
 * nothing of Jejak's in the page's console (every world's, read through the
 * DevTools protocol).
 *
 * The keyboard shortcut (Alt+Shift+J) is the browser's own: Chromium handles
 * it in its window, not in the page, and the DevTools protocol's key events
 * reach only the page. The test sends the tab the message the background
 * sends for the shortcut (entrypoints/background: commands.onCommand).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { builtWordings, fixturePage, launchChromium, startFixtureServer, type FixtureServer } from './harness';
import { AXPage } from './ax';

/** The extension's own `chrome` global, seen from inside its service worker. */
declare const chrome: {
  tabs: {
    query(q: { url?: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { onMessage: { addListener(f: (m: unknown) => undefined): void } };
};
/** chrome://extensions' own API: developer mode and the page's "reload" button. */
interface DeveloperPrivate {
  updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
  reload(id: string, o: { failQuietly: boolean }): Promise<void>;
}

const VOI = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan').url;
/** An outlet's front page: headlines, no article. */
const FRONT = fixturePage('kompas', 'beranda').url;
/** How long the test's listener holds the background once an analysis arrived: far longer than the analysis (tens of ms). */
const HOLD_MS = 4_000;
/** A background that does not answer an evaluation within this is held in the analysis. */
const UNRESPONSIVE_MS = 300;
/** How long, and how often, the browser stops the background again and again while a page loads. */
const STOP_STORM_MS = 2_000;
const STOP_EVERY_MS = 150;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Jejak for the whole visit (Chromium)', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    context = await launchChromium(server.port);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { rememberReading: false } }));
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  /** The running background: a worker that answers (the browser may have stopped and restarted it). */
  async function currentWorker(): Promise<Worker> {
    for (let i = 0; i < 100; i++) {
      for (const w of context.serviceWorkers()) {
        if (await Promise.race([w.evaluate(() => true).catch(() => false), sleep(UNRESPONSIVE_MS).then(() => false)])) return w;
      }
      await sleep(100);
    }
    throw new Error('no running background');
  }
  const tabOf = async (url: string) => {
    const w = await currentWorker();
    return (await w.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url))!;
  };
  /** Everything the page's console shows, in every world (the page's and the extension's): uncaught errors and console errors. */
  async function consoleOf(page: Page): Promise<{ cdp: CDPSession; errors: string[] }> {
    const cdp = await context.newCDPSession(page);
    const errors: string[] = [];
    cdp.on('Runtime.exceptionThrown', (e) => errors.push(`${e.exceptionDetails.text} ${e.exceptionDetails.exception?.description ?? ''}`));
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.type === 'error' || e.type === 'warning') errors.push(e.args.map((a) => String(a.value ?? a.description)).join(' '));
    });
    cdp.on('Log.entryAdded', (e) => {
      if (e.entry.level === 'error' && /extension|jejak|connection/i.test(e.entry.text)) errors.push(e.entry.text);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    await cdp.send('ServiceWorker.enable');
    return { cdp, errors };
  }
  /** The reader's outcome: one launcher, opening the sidebar with another outlet's wording. */
  async function sidebarWorks(page: Page): Promise<AXPage> {
    const ax = await AXPage.of(page);
    await ax.find('button', /^Jejak/, 20_000);
    expect((await ax.all('button', /^Jejak/)).length).toBe(1);
    await ax.click(await ax.find('button', /^Jejak/));
    const panel = await ax.find('complementary', /^Jejak/);
    await expect.poll(() => ax.text(panel)).toContain('TribunWow');
    expect((await ax.all('complementary', /^Jejak/)).length).toBe(1);
    return ax;
  }

  it('keeps its sidebar and shortcut when injected again while the page loads', async () => {
    const page = await context.newPage();
    const { errors } = await consoleOf(page);
    await page.goto(VOI, { waitUntil: 'commit' });
    const tabId = await tabOf(VOI);
    // Beside the background's own injection after the first look: once as the page's document arrives, once a moment later.
    const inject = async () => {
      const w = await currentWorker();
      await w.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/article.js'] }), tabId).catch(() => {});
    };
    await page.waitForLoadState('domcontentloaded');
    await inject();
    await sleep(100);
    await inject();
    const ax = await sidebarWorks(page);
    // Injected once more with the sidebar open: it stays.
    await inject();
    await sleep(500);
    expect((await ax.all('complementary', /^Jejak/)).length).toBe(1);
    // The shortcut's message closes the panel and opens it again.
    const shortcut = async () => (await currentWorker()).evaluate((id) => chrome.tabs.sendMessage(id, { type: 'toggle-sidebar' }), tabId);
    await shortcut();
    await expect.poll(async () => (await ax.all('complementary', /^Jejak/)).length).toBe(0);
    await shortcut();
    await expect.poll(async () => (await ax.all('complementary', /^Jejak/)).length).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks again when the browser stops its background in the middle of an analysis', async () => {
    // The test's own listener, beside Jejak's, holds the background's only thread once an analysis arrived: the stop lands before the reply.
    const held = await currentWorker();
    await held.evaluate((holdMs) => {
      chrome.runtime.onMessage.addListener((m) => {
        if ((m as { type?: unknown } | null)?.type !== 'analyze') return undefined;
        const until = Date.now() + holdMs;
        while (Date.now() < until) {
          // Busy: the analysis's reply cannot be sent.
        }
        return undefined;
      });
    }, HOLD_MS);
    const page = await context.newPage();
    const { cdp, errors } = await consoleOf(page);
    void page.goto(VOI).catch(() => {});
    // Held: the background stops answering. Then the browser stops it.
    await expect
      .poll(() => Promise.race([held.evaluate(() => false).catch(() => true), sleep(UNRESPONSIVE_MS).then(() => true)]), { timeout: 20_000, interval: 50 })
      .toBe(true);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await sidebarWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('comes back when the browser stops its background again and again while the page loads', async () => {
    const page = await context.newPage();
    const { cdp, errors } = await consoleOf(page);
    void page.goto(VOI).catch(() => {});
    for (const end = Date.now() + STOP_STORM_MS; Date.now() < end; await sleep(STOP_EVERY_MS)) await cdp.send('ServiceWorker.stopAllWorkers');
    await sidebarWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('replaces its old sidebar with the new version’s after the extension is reloaded', async () => {
    const page = await context.newPage();
    const { errors } = await consoleOf(page);
    await page.goto(VOI);
    const marginBefore = await page.evaluate(() => document.documentElement.style.marginRight);
    const ax = await sidebarWorks(page);
    // Open, the sidebar pushes the article aside; a quote clicked in it is marked in the page.
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).not.toBe(marginBefore);
    const marked = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'));
    await ax.click((await ax.all('button', /Semakin banyak/)).at(-1)!);
    await expect.poll(marked).toBe(true);

    // chrome://extensions' reload button. An unpacked extension is reloaded only in developer mode (else Chromium disables it).
    const extensions = await context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await api.updateProfileConfiguration({ inDeveloperMode: true });
      await api.reload(id, { failQuietly: false });
    }, extensionId);
    await extensions.close();

    // The old panel goes, giving the page its margin back and taking its mark; the new version's launcher comes, without a reload of the page.
    await expect.poll(async () => (await ax.all('complementary', /^Jejak/)).length, { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => document.documentElement.style.marginRight)).toBe(marginBefore);
    await expect.poll(marked).toBe(false);
    await page.bringToFront();
    await sidebarWorks(page);
    // Jejak's host in the page: the new one only.
    expect(await page.locator('jejak-sidebar').count()).toBe(1);
    // The new sidebar answers the reader: "Baca di Jejak" opens the reader page.
    const readerOpened = context.waitForEvent('page', { timeout: 15_000 });
    await ax.click(await ax.find('button', /Baca di Jejak|Read in Jejak/));
    const reader = await readerOpened;
    expect(reader.url()).toContain(`${extensionId}/reader.html?id=`);
    await reader.close();
    expect(errors.filter((e) => /extension context|jejak|establish connection/i.test(e))).toEqual([]);
    await page.close();
  });

  it('says plainly in the sidebar that a page the reader ran it on holds no article, and nothing in the page’s console', async () => {
    const page = await context.newPage();
    const { errors } = await consoleOf(page);
    await page.goto(FRONT);
    const tabId = await tabOf(FRONT);
    // What the toolbar's "Jalankan Jejak di halaman ini" does (components/services/inject.ts, runOnce): the article script, then its message.
    await (await currentWorker()).evaluate(async (id) => {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/article.js'] });
      await chrome.tabs.sendMessage(id, { type: 'run-once' });
    }, tabId);
    const ax = await AXPage.of(page);
    const panel = await ax.find('complementary', /^Jejak/, 20_000);
    // Why Jejak has nothing to show here, in the reader's language: no code, no English error from the background.
    const says = async (key: string) => {
      const text = await ax.text(panel);
      return builtWordings(key).some((w) => text.includes(w));
    };
    await expect.poll(() => says('errorTitle'), { timeout: 15_000 }).toBe(true);
    expect(await says('errorNotArticle')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
