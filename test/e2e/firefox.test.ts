/**
 * The Firefox build (MV2) in Firefox ESR: the same reader-facing behaviour as
 * in Chromium, on fixture pages served under their real hostnames, plus
 * `web-ext lint` of the build that would be submitted.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { fixturePage, fixturePages, startFixtureServer, type FixturePage, type FixtureServer } from './harness';
import { highlightPainted, launchFirefox, openReaderFromSidebar, READER_HELPER_DIR, sidebarButton, sidebarElement, snapshotFirefoxBuild, startTunnelProxy, subresourcesOf, type TunnelProxy } from './firefox';

/** The WebExtension API as an extension page of this add-on sees it (only what the tests call). */
interface ExtensionPageGlobals {
  browser: {
    tabs: {
      getCurrent(): Promise<{ id?: number; openerTabId?: number } | undefined>;
      get(tabId: number): Promise<{ url?: string }>;
    };
    browserAction: { getBadgeText(details: { tabId?: number }): Promise<string> };
    runtime: { openOptionsPage(): Promise<void> };
    storage: { sync: { get(key: string): Promise<Record<string, { disabledOutlets?: string[] } | undefined>> } };
  };
}

const ROOT = resolve(import.meta.dirname, '../..');
const POSITIVE = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan');
const SPORTS = fixturePage('detik', 'timnas-ukraina-euro');
const SPA = fixturePage('kompas', 'spa-harga-cabai-lalu-berita-nato');
const LATE = fixturePage('cnnindonesia', 'late-body-rutte-pusat-pelatihan-polandia');
/** Every other fixture page whose JSON says whether it is coverage; pages that
 * only settle after a script or a click (no `coverage`) are left to their own tests. */
const OTHERS = fixturePages().filter((p) => p.url !== POSITIVE.url && p.url !== SPORTS.url && typeof p.expected.coverage === 'boolean');
const OTHER_POSITIVES = OTHERS.filter((p) => p.expected.coverage === true);
const OTHER_NEGATIVES = OTHERS.filter((p) => p.expected.coverage === false);


/** In the sidebar's closed shadow root, read through the test-only helper add-on (firefox.ts `sidebarElement`). */
const LAUNCHER = 'button[aria-label^="Jejak"]';
const PANEL = 'aside[aria-label^="Jejak"]';

/** The content script settles on a page at document_idle plus an idle callback; a negative gets this long to (wrongly) mount. */
const SETTLE_MS = 3_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The build under test, copied once for the whole file. */
let extensionDir: string;
beforeAll(() => {
  extensionDir = snapshotFirefoxBuild();
});
afterAll(() => {
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

describe('Jejak in Firefox ESR', () => {
  let server: FixtureServer;
  let proxy: TunnelProxy;
  let browser: Browser;
  let article: Page;
  const visited: FixturePage[] = [];

  async function open(fixture: FixturePage): Promise<Page> {
    visited.push(fixture);
    const page = await browser.newPage();
    await page.goto(fixture.url, { waitUntil: 'load' });
    return page;
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    proxy = await startTunnelProxy(server.port);
    browser = await launchFirefox(proxy.port);
    await browser.installExtension(extensionDir);
    await browser.installExtension(READER_HELPER_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    server?.close();
  });

  it('offers the launcher on a NATO article, naming the 4 matched quotes', async () => {
    article = await open(POSITIVE);
    const launcher = await sidebarElement(article, LAUNCHER, 20_000);
    expect(await launcher!.evaluate((b) => b.getAttribute('aria-label'))).toMatch(/^Jejak\D*\b4\b/);
  });

  it('opens the sidebar beside the article, with another outlet’s wording', async () => {
    await (await sidebarElement(article, LAUNCHER)).click();
    const panel = await sidebarElement(article, PANEL);
    // <aside> with a name is the complementary landmark.
    const text = await panel!.evaluate((p) => (p as HTMLElement).innerText);
    expect(text).toMatch(/TribunWow/i);
    expect(text).toContain('tanah');
    const page = await (await article.$('article'))!.boundingBox();
    const aside = await panel!.boundingBox();
    expect(aside!.width).toBeGreaterThan(0);
    expect(page!.x + page!.width).toBeLessThanOrEqual(aside!.x);
  });

  it('marks a quote in the page when it is clicked in the sidebar', async () => {
    await (await sidebarButton(article, ['Semakin banyak wilayah'])).click();
    // The content script uses the CSS Custom Highlight API where the browser has it, and the selection where it does not.
    const marked = () => article.evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
      if (registry && 'Highlight' in globalThis) {
        const ranges = registry.get('jejak-quote');
        return { via: 'highlight', text: ranges ? [...ranges].map(String).join(' ') : '' };
      }
      return { via: 'selection', text: String(getSelection()) };
    });
    await expect.poll(async () => (await marked()).text, { timeout: 5_000 }).toContain('Semakin banyak wilayah');
    const result = await marked();
    console.info(`Firefox ${await browser.version()}: the quote is marked via the ${result.via}`);
    // Painted in the highlight's colour.
    if (result.via === 'highlight') expect(await highlightPainted(browser, article)).toBeGreaterThan(0.3);
  });

  it('opens the reader page from the sidebar; the toolbar badge on the article’s tab reads 4', async () => {
    const reader = await openReaderFromSidebar(browser, article);
    // The reader is the extension's own page, so it can ask the toolbar button what it shows on the tab that opened it.
    const badge = await reader.evaluate(async () => {
      const ext = (globalThis as unknown as ExtensionPageGlobals).browser;
      const opener = (await ext.tabs.getCurrent())?.openerTabId;
      if (opener === undefined) return { url: undefined, text: undefined };
      return { url: (await ext.tabs.get(opener)).url, text: await ext.browserAction.getBadgeText({ tabId: opener }) };
    });
    expect(badge).toEqual({ url: POSITIVE.url, text: '4' });
    await reader.close();
  });

  it('stays invisible on a sports article about Ukraine’s team', async () => {
    const page = await open(SPORTS);
    await sleep(SETTLE_MS);
    expect(await page.evaluate(() => document.querySelectorAll('jejak-sidebar').length)).toBe(0);
    await page.close();
  });

  it.each(OTHER_POSITIVES.map((p) => [`${p.outlet}/${p.slug}`, p] as const))('offers the launcher on %s, as its JSON expects', async (_name, fixture) => {
    const page = await open(fixture);
    try {
      const matched = fixture.expected.matchedQuotes;
      if (matched === 0) {
        // Coverage, but nothing in the index reported it: Jejak stays out of sight.
        await sleep(SETTLE_MS);
        expect(await page.$('jejak-sidebar')).toBeNull();
        return;
      }
      const launcher = await sidebarElement(page, LAUNCHER, 20_000);
      const name = await launcher!.evaluate((b) => b.getAttribute('aria-label'));
      if (typeof matched === 'number') expect(name).toMatch(new RegExp(`^Jejak\\D*\\b${matched}\\b`));
    } finally {
      await page.close();
    }
  });

  it('stays invisible on every other page whose JSON says it is not coverage', async () => {
    // Opened side by side and given one settling time together.
    const pages = await Promise.all(OTHER_NEGATIVES.map((fixture) => open(fixture)));
    await sleep(SETTLE_MS);
    const mounted = await Promise.all(pages.map((page) => page.evaluate(() => document.querySelectorAll('jejak-sidebar').length)));
    expect(Object.fromEntries(OTHER_NEGATIVES.map((p, i) => [`${p.outlet}/${p.slug}`, mounted[i]]))).toEqual(
      Object.fromEntries(OTHER_NEGATIVES.map((p) => [`${p.outlet}/${p.slug}`, 0])),
    );
    await Promise.all(pages.map((page) => page.close()));
  });

  it('follows a single-page app from an article about prices to a NATO article', async () => {
    const page = await open(SPA);
    await sleep(SETTLE_MS);
    expect(await page.evaluate(() => document.querySelectorAll('jejak-sidebar').length)).toBe(0);
    await page.click('#next-article');
    const launcher = await sidebarElement(page, LAUNCHER, 20_000);
    expect(await launcher!.evaluate((b) => b.getAttribute('aria-label'))).toMatch(/^Jejak/);
    await page.close();
  });

  it('waits for an article body that arrives after the page has loaded', async () => {
    const page = await open(LATE);
    await sidebarElement(page, LAUNCHER, 20_000);
    await page.close();
  });

  it('turns off on an outlet the reader switched off in the options, and back on without a reload', async () => {
    // Firefox refuses to navigate to moz-extension:// pages; the extension's
    // own reader page opens the options page instead.
    const page = await open(POSITIVE);
    await (await sidebarElement(page, LAUNCHER, 20_000))!.click();
    const reader = await openReaderFromSidebar(browser, page);
    const beforeOptions = new Set(await browser.pages());
    await reader.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).browser.runtime.openOptionsPage());
    let options: Page | undefined;
    await expect.poll(async () => (options = (await browser.pages()).find((p) => !beforeOptions.has(p))), { timeout: 10_000 }).toBeDefined();
    // Sets the VOI switch to a state rather than flipping it: the wait may
    // run its function more than once, and a second flip would undo the first.
    const setVoi = (enabled: boolean) => options!.waitForFunction((wanted: boolean) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.querySelector('.site-name')?.textContent === 'VOI');
      const input = label?.querySelector('input');
      if (!input) return false;
      if (input.checked !== wanted) input.click();
      return input.checked === wanted;
    }, { timeout: 10_000 }, enabled);
    // Saved, not just clicked: the page opened next reads what storage holds.
    const voiStored = () => options!.evaluate(async () => {
      const stored = await (globalThis as unknown as ExtensionPageGlobals).browser.storage.sync.get('settings');
      return !stored.settings?.disabledOutlets?.includes('voi');
    });
    await setVoi(false);
    await expect.poll(voiStored, { timeout: 10_000 }).toBe(false);

    const off = await open(POSITIVE);
    await sleep(SETTLE_MS);
    expect(await off.evaluate(() => document.querySelectorAll('jejak-sidebar').length)).toBe(0);
    await setVoi(true);
    await expect.poll(voiStored, { timeout: 10_000 }).toBe(true);
    await sidebarElement(off, LAUNCHER, 20_000);
    await Promise.all([off, options!, reader!, page].map((p) => p.close()));
  });

  it('makes no request beyond the fixture pages and what they load themselves', () => {
    const allowed = new Set(visited.flatMap((p) => {
      const u = new URL(p.url);
      return [u.hostname + u.pathname, `${u.hostname}/favicon.ico`, ...subresourcesOf(readFileSync(p.html, 'utf8'), p.url)];
    }));
    const allowedHosts = new Set([...allowed].map((a) => `${a.split('/')[0]}:443`));
    expect(server.requests.filter((r) => !allowed.has(r))).toEqual([]);
    // The proxy sees every connection Firefox opens: no plain HTTP, no tunnel to any other host.
    expect(proxy.requests.filter((r) => !allowedHosts.has(r))).toEqual([]);
    expect(server.requests).toContain(new URL(POSITIVE.url).hostname + new URL(POSITIVE.url).pathname);
  });
});

describe('web-ext lint of the Firefox build', () => {
  it('finds no errors', async () => {
    const webExt = join(ROOT, 'node_modules/.bin/web-ext');
    const args = ['lint', '--source-dir', extensionDir, '--output', 'json', '--no-config-discovery'];
    // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
    const stdout = await promisify(execFile)(webExt, args, { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 << 20 })
      .then((r) => r.stdout, (e: { stdout?: string }) => e.stdout ?? '');
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; file?: string; message: string }[];
      warnings: { code: string; file?: string; message: string }[];
    };
    for (const w of report.warnings) console.info(`web-ext lint warning ${w.code} ${w.file ?? ''}: ${w.message}`);
    console.info(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });
});
