/**
 * Jejak on hostile pages (hostile-pages.ts) in Firefox ESR, with the Firefox
 * build: the cases test/e2e/hostile.test.ts runs in Chromium, under the same
 * real outlet hostnames. The sidebar's closed shadow root is read through the
 * test-only helper add-on (firefox-reader-helper), and pressed with WebDriver
 * BiDi's input actions, which Firefox marks trusted like the reader's own.
 *
 * The analyses pages ask the background for are counted as in Chromium, by
 * a listener of the test's beside Jejak's own. WebDriver BiDi offers no realm
 * in an add-on's background page; Jejak's reader page, an extension page of
 * the add-on opened once from a sidebar, reaches it with
 * `runtime.getBackgroundPage()`.
 *
 * What Firefox's WebDriver BiDi cannot do here, and so these tests do not:
 * - reach the panel through the accessibility tree (its accessibility
 *   locator does not enter a closed shadow root): the helper reads it instead.
 * - run the tampered-builtins case: puppeteer waits for an element from the
 *   page's own world, which that case breaks (Promise replaced); Chromium
 *   runs it.
 *   The helper also hands the closed root to the page's own scripts, which
 *   only makes the probe case harder: a page that has Jejak's buttons in hand
 *   still cannot press them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { firefoxForSuite, highlightPainted, LAUNCHER, openReaderFromSidebar, PANEL, sidebarButton, sidebarControls as controls, sidebarElement } from './firefox';
import { hostileCases, hostileUrl, MOJIBAKE, ownQuotes, settledCount, sixTabs, words, type HostileCase } from './hostile-pages';

interface Probe { messages: string[]; console: string[]; errors: string[] }
/** The add-on's background page as the test sees it: its WebExtension API, and the test's count. */
interface CountingBackground {
  __analyses?: number;
  browser: { runtime: { onMessage: { addListener(f: (m: unknown) => undefined): void } } };
}
/** What an extension page of Jejak's offers the test. */
interface ExtensionPageGlobals {
  browser: { runtime: { getBackgroundPage(): Promise<CountingBackground> } };
}

const cases = new Map(hostileCases().map((c) => [c.name, c] as const));
const hostile = (name: string): HostileCase => cases.get(name)!;
const SETTLE_MS = 3_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Jejak on hostile pages (Firefox ESR)', () => {
  const firefox = firefoxForSuite();
  let browser: Browser;
  /** Jejak's reader page, kept open: the tests' way into the background page. */
  let extensionPage: Page;
  beforeAll(async () => {
    browser = firefox().browser;
    const page = await browser.newPage();
    await page.goto(hostile('probe').base.url, { waitUntil: 'load' });
    await (await sidebarElement(page, LAUNCHER, 20_000)).click();
    extensionPage = await openReaderFromSidebar(browser, page);
    await page.close();
  });

  async function open(name: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(hostileUrl(hostile(name)), { waitUntil: 'load' });
    return page;
  }
  /** From now on, counts the analyses pages ask the background for (a listener of the test's beside Jejak's own, answering nothing). */
  async function countAnalyses(): Promise<() => Promise<number>> {
    await extensionPage.evaluate(async () => {
      const bg = await (globalThis as unknown as ExtensionPageGlobals).browser.runtime.getBackgroundPage();
      if (bg.__analyses === undefined) {
        bg.browser.runtime.onMessage.addListener((m) => {
          if ((m as { type?: unknown } | null)?.type === 'analyze') bg.__analyses!++;
          return undefined;
        });
      }
      bg.__analyses = 0;
    });
    return () => extensionPage.evaluate(async () => (await (globalThis as unknown as ExtensionPageGlobals).browser.runtime.getBackgroundPage()).__analyses!);
  }
  const probe = (page: Page) => page.evaluate(() => (window as unknown as { __hostile: Probe }).__hostile);
  /** What the page saw of Jejak: an extension address, its name or an extension error in a message, the console or an error. */
  const traces = (p: Probe) => [...p.messages, ...p.console, ...p.errors].filter((t) => /moz-extension|jejak|wxt|extension context|dead object/i.test(t));
  /** The reader's outcome, whatever the page did: one launcher, which opens the sidebar with its findings. */
  async function sidebarShown(page: Page): Promise<ElementHandle<Element>> {
    await (await sidebarElement(page, LAUNCHER, 20_000)).click();
    const panel = await sidebarElement(page, PANEL);
    await expect.poll(() => panel.evaluate((p) => (p as HTMLElement).innerText), { timeout: 10_000 }).toMatch(/TribunWow/);
    expect(await controls(page)).toEqual({ launchers: 1, panels: 1 });
    return panel;
  }

  it(`cannot read the sidebar, press its buttons, or hear from Jejak: ${hostile('probe').does}`, async () => {
    const page = await open('probe');
    const launcher = await sidebarElement(page, LAUNCHER, 20_000);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('jejak-sidebar');
      return { host: !!host, root: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
    });
    expect(seen).toEqual({ host: true, root: null, text: '' });
    const tabsBefore = (await browser.pages()).length;
    // Synthetic events on the host, and on every button inside (the page holds them here, through the helper).
    await page.evaluate(() => {
      const host = document.querySelector('jejak-sidebar')!;
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      (host as HTMLElement).click();
      const root = (window as unknown as { __jejakTestShadowRoot: () => ShadowRoot | null }).__jejakTestShadowRoot();
      for (const b of root?.querySelectorAll('button') ?? []) (b as HTMLButtonElement).click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'J', altKey: true, shiftKey: true, bubbles: true }));
    });
    await sleep(500);
    expect(await controls(page)).toEqual({ launchers: 1, panels: 0 });
    expect((await browser.pages()).length).toBe(tabsBefore);
    // The reader's own click opens it.
    await launcher.click();
    await sidebarElement(page, PANEL);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`leaves no trace on a page it shows nothing on: ${hostile('probe-negative').does}`, async () => {
    const page = await open('probe-negative');
    await sleep(SETTLE_MS);
    const p = await probe(page);
    expect(p.messages).toEqual([]);
    expect(traces(p)).toEqual([]);
    expect(await page.$$eval('jejak-sidebar', (hosts) => hosts.length)).toBe(0);
    expect(await controls(page)).toEqual({ launchers: 0, panels: 0 });
    await page.close();
  });

  it(`stays on top and clickable: ${hostile('z-index').does}`, async () => {
    const page = await open('z-index');
    const launcher = await sidebarElement(page, LAUNCHER, 20_000);
    await page.waitForSelector('#rail-after');
    const b = (await launcher.boundingBox())!;
    expect(await page.evaluate((x: number, y: number) => document.elementFromPoint(x, y)?.localName, b.x + b.width / 2, b.y + b.height / 2)).toBe('jejak-sidebar');
    // A click at the launcher's place reaches it, not a rail.
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await sidebarElement(page, PANEL);
    await page.close();
  });

  it(`goes back on top: ${hostile('page-popover').does}`, async () => {
    const page = await open('page-popover');
    const launcher = await sidebarElement(page, LAUNCHER, 20_000);
    await page.waitForSelector('#page-popover:popover-open');
    const b = (await launcher.boundingBox())!;
    await expect.poll(() => page.evaluate((x: number, y: number) => document.elementFromPoint(x, y)?.localName, b.x + b.width / 2, b.y + b.height / 2)).toBe('jejak-sidebar');
    // A click at the launcher's place reaches it, not the page's popover.
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await sidebarElement(page, PANEL);
    await page.close();
  });

  it(`stays fixed in the window: ${hostile('transform').does}`, async () => {
    const page = await open('transform');
    const launcher = await sidebarElement(page, LAUNCHER, 20_000);
    const before = (await launcher.boundingBox())!;
    await page.mouse.move(300, 300);
    await page.mouse.wheel({ deltaY: 3000 });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const after = (await launcher.boundingBox())!;
    expect(after.y).toBeCloseTo(before.y, 0);
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(860);
    await page.close();
  });

  it(`keeps its own direction and type: ${hostile('rtl').does}`, async () => {
    const page = await open('rtl');
    await (await sidebarElement(page, LAUNCHER, 20_000)).click();
    const panel = await sidebarElement(page, PANEL);
    const box = (await panel.boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(1280 - 30);
    const style = await panel.evaluate((p) => {
      const s = getComputedStyle(p);
      return { direction: s.direction, textTransform: s.textTransform, letterSpacing: s.letterSpacing };
    });
    expect(style).toEqual({ direction: 'ltr', textTransform: 'none', letterSpacing: 'normal' });
    await page.close();
  });

  it(`shows the sidebar anyway: ${hostile('tag-name').does}`, async () => {
    const page = await open('tag-name');
    await (await sidebarElement(page, LAUNCHER, 20_000)).click();
    await sidebarElement(page, PANEL);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`pushes the article aside and highlights a quote: ${hostile('no-head').does}`, async () => {
    const page = await open('no-head');
    await sidebarElement(page, LAUNCHER, 20_000);
    await expect.poll(() => page.evaluate(() => document.head === null), { timeout: 10_000 }).toBe(true);
    await (await sidebarElement(page, LAUNCHER)).click();
    const panel = await sidebarElement(page, PANEL);
    const article = (await (await page.$('article'))!.boundingBox())!;
    expect(article.x + article.width).toBeLessThanOrEqual((await panel.boundingBox())!.x);
    await (await sidebarButton(page, ['Semakin banyak'])).click();
    const marked = () => page.evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
      const ranges = registry?.get('jejak-quote');
      return ranges ? [...ranges].map(String).join(' ') : String(getSelection());
    });
    await expect.poll(marked, { timeout: 5_000 }).toContain('Semakin banyak');
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`reads the article, pushes it aside and highlights a quote: ${hostile('xhtml').does}`, async () => {
    const page = await open('xhtml');
    expect(await page.evaluate(() => ({ head: document.head, type: document.contentType }))).toEqual({ head: null, type: 'application/xhtml+xml' });
    const panel = await sidebarShown(page);
    const article = (await (await page.$('article'))!.boundingBox())!;
    expect(article.x + article.width).toBeLessThanOrEqual((await panel.boundingBox())!.x);
    await (await sidebarButton(page, ['Semakin banyak'])).click();
    expect(await highlightPainted(browser, page)).toBeGreaterThan(0.3);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  // Not tampered-builtins: puppeteer waits for the sidebar from the page's own world, whose Promise that case replaces (Jejak's scripts run apart from it).
  it.each(['strict-csp', 'unset-everything'])('shows its sidebar and marks a quote: %s', async (name) => {
    const page = await open(name);
    await sidebarShown(page);
    await (await sidebarButton(page, ['Semakin banyak'])).click();
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'))).toBe(true);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`reads the article, not the comments: ${hostile('comments').does}`, async () => {
    const analyses = await countAnalyses();
    const page = await open('comments');
    await sidebarShown(page);
    expect(await analyses()).toBe(1);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`reads the late body although the page never goes quiet: ${hostile('late-body-ticker').does}`, async () => {
    const analyses = await countAnalyses();
    const page = await open('late-body-ticker');
    await sidebarShown(page);
    // The ticker goes on; Jejak, having read the page, does not.
    await sleep(SETTLE_MS);
    expect(await analyses()).toBe(1);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`reads the page once: ${hostile('push-state-loop').does}`, async () => {
    const analyses = await countAnalyses();
    const page = await open('push-state-loop');
    await sidebarElement(page, LAUNCHER, 20_000);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toBe('');
    await sleep(SETTLE_MS);
    await sidebarShown(page);
    expect(await analyses()).toBe(1);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`reads the page it ends on, a bounded number of times: ${hostile('push-state-bursts').does}`, async () => {
    const analyses = await countAnalyses();
    const page = await open('push-state-bursts');
    const own = hostileUrl(hostile('push-state-bursts'));
    await expect.poll(() => page.evaluate(() => location.href), { timeout: 10_000 }).toBe(own);
    await settledCount(analyses);
    await sidebarShown(page);
    // At most one look per half second (LOOK_INTERVAL_MS in entrypoints/article/index.ts) while the addresses change for 3 s, then the page it ends on.
    expect(await analyses()).toBeLessThanOrEqual(3_000 / 500 + 1);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`reads an article in a shadow root and highlights a quote there: ${hostile('shadow-article').does}`, async () => {
    const page = await open('shadow-article');
    expect(await page.evaluate(() => document.querySelectorAll('p').length)).toBe(0);
    await sidebarShown(page);
    // A quote clicked in the sidebar is marked where it is, inside the page's shadow tree, and painted
    // (Firefox styles a highlight in a shadow tree only from that tree's own style sheets).
    await (await sidebarButton(page, ['Semakin banyak'])).click();
    expect(await highlightPainted(browser, page)).toBeGreaterThan(0.3);
    const marked = await page.evaluate(() => {
      const range = [...(CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('jejak-quote')!][0]!;
      return { text: range.toString(), inShadowTree: range.startContainer.getRootNode() instanceof ShadowRoot };
    });
    expect(marked).toEqual({ text: expect.stringContaining('Semakin banyak') as unknown, inShadowTree: true });
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`matches and marks quotes as on the clean page: ${hostile('invisible-characters').does}`, async () => {
    const matched = async (page: Page) => (await (await sidebarElement(page, LAUNCHER, 20_000)).evaluate((b) => b.getAttribute('aria-label')))?.match(/\d+/)?.[0];
    const clean = await browser.newPage();
    await clean.goto(hostile('invisible-characters').base.url, { waitUntil: 'load' });
    const onClean = await matched(clean);
    await clean.close();
    const page = await open('invisible-characters');
    expect(await page.evaluate(() => /\u200B/.test(document.querySelector('article')!.textContent!))).toBe(true);
    // As many matched quotes as the clean page, read just before in the same browser.
    expect(await matched(page)).toBe(onClean);
    await sidebarShown(page);
    await (await sidebarButton(page, ['Semakin banyak'])).click();
    expect(await highlightPainted(browser, page)).toBeGreaterThan(0.3);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`reads the article: ${hostile('deep-article').does}`, async () => {
    const page = await open('deep-article');
    await sidebarShown(page);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`keeps the sidebar, and reads the page once: ${hostile('forged-events').does}`, async () => {
    const analyses = await countAnalyses();
    const page = await open('forged-events');
    await sidebarElement(page, LAUNCHER, 20_000);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __forgeriesDone?: boolean }).__forgeriesDone), { timeout: 30_000 }).toBe(true);
    await settledCount(analyses);
    expect(await controls(page)).toEqual({ launchers: 1, panels: 0 });
    expect(await analyses()).toBe(1);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`runs in the top frame only, and reads the page once: ${hostile('iframes').does}`, async () => {
    const analyses = await countAnalyses();
    const page = await open('iframes');
    await sidebarElement(page, LAUNCHER, 20_000);
    // Every frame holds the article (the page's own, or its copy in srcdoc), and none of them Jejak.
    const frames = () => page.evaluate(() => {
      const all = [...document.querySelectorAll('iframe')].map((f) => f.contentDocument);
      return { loaded: all.filter((d) => d?.readyState === 'complete' && d.querySelector('article p')).length, jejak: all.filter((d) => d?.querySelector('jejak-sidebar')).length };
    });
    await expect.poll(async () => (await frames()).loaded, { timeout: 30_000 }).toBe(500);
    await settledCount(analyses);
    expect((await frames()).jejak).toBe(0);
    await sidebarShown(page);
    expect(await analyses()).toBe(1);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`reads the page once, however long its body keeps changing: ${hostile('mutating-body').does}`, async () => {
    const analyses = await countAnalyses();
    const page = await open('mutating-body');
    await sidebarShown(page);
    // Five more seconds' worth of changes (each starting over any wait for a quiet page): Jejak, having read the article, starts no other look.
    const changes = () => page.evaluate(() => (window as unknown as { __tickerChanges: number }).__tickerChanges);
    const from = await changes();
    await expect.poll(changes, { timeout: 60_000 }).toBeGreaterThan(from + 500);
    expect(await analyses()).toBe(1);
    expect(await controls(page)).toEqual({ launchers: 1, panels: 1 });
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it(`reads quotes in curly quotation marks: ${hostile('curly-quotes').does}`, async () => {
    const page = await open('curly-quotes');
    const launcher = await sidebarElement(page, LAUNCHER, 20_000);
    expect((await launcher.evaluate((b) => b.getAttribute('aria-label')))?.match(/\d+/)?.[0]).toBe(String(hostile('curly-quotes').base.expected.matchedQuotes));
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it.each(['utf8-labelled-windows-1252', 'windows-1252-labelled-utf8'])('shows what it can read of the event, and no garbled quote: %s', async (name) => {
    const page = await open(name);
    // The page reads as garbled where its quotation marks are: the browser decodes what it was told.
    const article = words(await page.evaluate(() => document.querySelector('article')!.textContent!));
    expect(article).toMatch(MOJIBAKE);
    // What the reader gets: the same event's other coverage.
    const panel = await (await sidebarShown(page)).evaluate((p) => (p as HTMLElement).innerText);
    // Its quotation marks unreadable, the page has no quote Jejak can take for one: none is shown as the article's, let alone matched.
    expect({ garbled: MOJIBAKE.test(panel), quotes: ownQuotes(panel) }).toEqual({ garbled: false, quotes: [] });
    expect(traces(await probe(page))).toEqual([]);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it('shows each of six tabs opened at once its own findings', async () => {
    const pages = await Promise.all(sixTabs().map(async (fixture) => {
      const page = await browser.newPage();
      await page.goto(fixture.url, { waitUntil: 'load' });
      return { fixture, page };
    }));
    for (const { fixture, page } of pages) {
      await page.bringToFront();
      const launcher = await sidebarElement(page, LAUNCHER, 30_000);
      expect((await launcher.evaluate((b) => b.getAttribute('aria-label')))?.match(/\d+/)?.[0], fixture.url).toBe(String(fixture.expected.matchedQuotes));
      await launcher.click();
      const panel = await sidebarElement(page, PANEL);
      const text = () => panel.evaluate((p) => (p as HTMLElement).innerText);
      await expect.poll(async () => ownQuotes(await text()).length, { message: fixture.url, timeout: 10_000 }).toBeGreaterThan(0);
      // Every quote the panel shows as this article's is on this page.
      const article = words(await page.evaluate(() => document.body.innerText));
      for (const quote of ownQuotes(await text())) expect(article, fixture.url).toContain(words(quote));
    }
    for (const { page } of pages) await page.close();
  });
});
