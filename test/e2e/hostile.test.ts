/**
 * Jejak on hostile pages (hostile-pages.ts), in Chromium with the production
 * build: pages served under real outlet hostnames that try to read, drive,
 * fingerprint, hide or distort Jejak. The UI is found through the
 * accessibility tree and used with trusted input, as a reader would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, startFixtureServer, type FixtureServer } from './harness';
import { hostileCases, hostileUrl, MOJIBAKE, ownQuotes, settledCount, sixTabs, words, type HostileCase } from './hostile-pages';
import { AXPage } from './ax';
import { markedLine, shareArgs, shareOfColour } from './highlight-paint';

interface Probe { messages: string[]; console: string[]; errors: string[] }

const cases = new Map(hostileCases().map((c) => [c.name, c] as const));
const hostile = (name: string): HostileCase => cases.get(name)!;
const SETTLE_MS = 2_500;

describe('Jejak on hostile pages (Chromium)', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    context = await launchChromium(server.port);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  async function open(name: string): Promise<{ page: Page; ax: AXPage; pageErrors: string[] }> {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(hostileUrl(hostile(name)));
    return { page, ax: await AXPage.of(page), pageErrors };
  }
  /** From now on, counts the analyses pages ask the background for (a listener of the test's beside Jejak's own, answering nothing). */
  async function countAnalyses(): Promise<() => Promise<number>> {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __analyses?: number; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => undefined): void } } } };
      if (g.__analyses === undefined) {
        g.chrome.runtime.onMessage.addListener((m) => {
          if ((m as { type?: unknown } | null)?.type === 'analyze') g.__analyses!++;
          return undefined;
        });
      }
      g.__analyses = 0;
    });
    return () => worker.evaluate(() => (globalThis as unknown as { __analyses: number }).__analyses);
  }
  /** The reader's outcome, whatever the page did: one launcher, which opens the sidebar with its findings (never a loading or error state left behind). */
  async function sidebarShown(page: Page, ax: AXPage): Promise<void> {
    expect((await ax.all('button', /^Jejak/)).length).toBe(1);
    await ax.click(await ax.find('button', /^Jejak/));
    const panel = await ax.find('complementary', /^Jejak/);
    await expect.poll(() => ax.text(panel)).toContain('TribunWow');
    expect(page.isClosed()).toBe(false);
  }
  const probe = (page: Page) => page.evaluate(() => (window as unknown as { __hostile: Probe }).__hostile);
  /** What the page saw of Jejak: its id or name in a message, the console or an error. */
  const traces = (p: Probe) => [...p.messages, ...p.console, ...p.errors].filter((t) => t.includes(extensionId) || /jejak|wxt|extension context/i.test(t));

  it(`cannot read the sidebar, press its buttons, or hear from Jejak: ${hostile('probe').does}`, async () => {
    const { page, ax, pageErrors } = await open('probe');
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    // A closed root: nothing of the panel is reachable from the page.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('jejak-sidebar');
      return { host: !!host, root: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
    });
    expect(seen).toEqual({ host: true, root: null, text: '' });
    // Synthetic clicks and keys on everything the page can reach open nothing.
    const pagesBefore = context.pages().length;
    await page.evaluate(() => {
      const host = document.querySelector('jejak-sidebar')!;
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      (host as HTMLElement).click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'J', altKey: true, shiftKey: true, bubbles: true }));
    });
    // Even holding the launcher itself, a page's presses do nothing.
    await ax.pressAsPage(launcher);
    await page.waitForTimeout(500);
    expect(await ax.all('complementary', /^Jejak/)).toEqual([]);
    expect(context.pages().length).toBe(pagesBefore);
    // The reader's own click opens it.
    await ax.click(launcher);
    const panel = await ax.find('complementary', /^Jejak/);
    await expect.poll(() => ax.text(panel)).toContain('TribunWow');
    // The panel's buttons, pressed by the page: no reader tab opens, the panel stays open.
    const buttons = [...(await ax.all('button', /Baca di Jejak|Read in Jejak/)), ...(await ax.all('button', /^(Tutup|Close) Jejak$/))];
    expect(buttons.length).toBeGreaterThan(1);
    for (const button of buttons) await ax.pressAsPage(button);
    await page.waitForTimeout(500);
    expect(context.pages().length).toBe(pagesBefore);
    expect((await ax.all('complementary', /^Jejak/)).length).toBe(1);
    expect(traces(await probe(page))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`leaves no trace on a page it shows nothing on: ${hostile('probe-negative').does}`, async () => {
    const { page, ax, pageErrors } = await open('probe-negative');
    await page.waitForTimeout(SETTLE_MS);
    const p = await probe(page);
    expect(p.messages).toEqual([]);
    expect(traces(p)).toEqual([]);
    expect(await page.locator('jejak-sidebar').count()).toBe(0);
    expect(await ax.all('button', /^Jejak/)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`stays on top and clickable: ${hostile('z-index').does}`, async () => {
    const { page, ax } = await open('z-index');
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    await page.locator('#rail-after').waitFor({ state: 'attached' });
    // What is under the launcher's middle is Jejak's host, not a rail.
    const b = await ax.box(launcher);
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [b.x + b.width / 2, b.y + b.height / 2])).toBe('jejak-sidebar');
    await ax.click(launcher);
    await ax.find('complementary', /^Jejak/);
    await page.close();
  });

  it(`goes back on top: ${hostile('page-popover').does}`, async () => {
    const { page, ax } = await open('page-popover');
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    await page.locator('#page-popover:popover-open').waitFor({ state: 'attached' });
    const b = await ax.box(launcher);
    await expect.poll(() => page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [b.x + b.width / 2, b.y + b.height / 2])).toBe('jejak-sidebar');
    await ax.click(launcher);
    await ax.find('complementary', /^Jejak/);
    await page.close();
  });

  it(`stays fixed in the window: ${hostile('transform').does}`, async () => {
    const { page, ax } = await open('transform');
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    const before = await ax.box(launcher);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const after = await ax.box(launcher);
    expect(after.y).toBeCloseTo(before.y, 0);
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.close();
  });

  it(`keeps its own direction and type: ${hostile('rtl').does}`, async () => {
    const { page, ax } = await open('rtl');
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    await ax.click(launcher);
    const panel = await ax.find('complementary', /^Jejak/);
    const box = await ax.box(panel);
    // At the right edge, as on any page, and laid out left to right in its own font size.
    expect(box.x + box.width).toBeGreaterThan(page.viewportSize()!.width - 30);
    expect(await ax.style(panel, 'direction')).toBe('ltr');
    expect(await ax.style(panel, 'text-transform')).toBe('none');
    expect(await ax.style(panel, 'letter-spacing')).toBe('normal');
    await page.close();
  });

  it(`shows the sidebar anyway: ${hostile('tag-name').does}`, async () => {
    const { page, ax, pageErrors } = await open('tag-name');
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    await ax.click(launcher);
    await ax.find('complementary', /^Jejak/);
    expect(pageErrors).toEqual([]);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`pushes the article aside and highlights a quote: ${hostile('no-head').does}`, async () => {
    const { page, ax, pageErrors } = await open('no-head');
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    await expect.poll(() => page.evaluate(() => document.head === null), { timeout: 10_000 }).toBe(true);
    await ax.click(launcher);
    const panel = await ax.find('complementary', /^Jejak/);
    const article = await page.locator('article').boundingBox();
    expect(article!.x + article!.width).toBeLessThanOrEqual((await ax.box(panel)).x);
    await ax.click((await ax.all('button', /Semakin banyak/)).at(-1)!);
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'))).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`reads the article, pushes it aside and highlights a quote: ${hostile('xhtml').does}`, async () => {
    const { page, ax, pageErrors } = await open('xhtml');
    expect(await page.evaluate(() => ({ head: document.head, type: document.contentType }))).toEqual({ head: null, type: 'application/xhtml+xml' });
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    const panel = await ax.find('complementary', /^Jejak/);
    const article = await page.locator('article').boundingBox();
    expect(article!.x + article!.width).toBeLessThanOrEqual((await ax.box(panel)).x);
    await ax.click((await ax.all('button', /Semakin banyak/)).at(-1)!);
    await expect.poll(() => page.evaluate(markedLine), { timeout: 5_000 }).not.toBeNull();
    expect(pageErrors).toEqual([]);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it.each(['strict-csp', 'tampered-builtins', 'unset-everything'])('shows its sidebar and marks a quote: %s', async (name) => {
    const { page, ax, pageErrors } = await open(name);
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    await ax.click((await ax.all('button', /Semakin banyak/)).at(-1)!);
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'))).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`shows its findings and runs none of the page's markup: ${hostile('xss-bait').does}`, async () => {
    const { page, ax, pageErrors } = await open('xss-bait');
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    await ax.click((await ax.all('button', /Semakin banyak/)).at(-1)!);
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'))).toBe(true);
    // The page's words reach the reader's library (Jejak keeps what it reads): the Library page and the reader page, extension pages, show them as text.
    const library = await context.newPage();
    const entry = library.getByRole('button', { name: /onerror=window\.__xss=1/ }).first();
    // The Library page lists what is stored when it opens: opened again until the page read is there.
    await expect.poll(async () => {
      await library.goto(`chrome-extension://${extensionId}/library.html`);
      return entry.waitFor({ timeout: 2_000 }).then(() => true, () => false);
    }, { timeout: 30_000 }).toBe(true);
    const readerOpened = context.waitForEvent('page');
    await entry.click();
    const reader = await readerOpened;
    await expect.poll(() => reader.evaluate(() => document.body.innerText), { timeout: 15_000 }).toContain('<img src=x onerror=window.__xss=3>');
    for (const p of [page, library, reader]) expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await library.close();
    await reader.close();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`reads the article, not the comments: ${hostile('comments').does}`, async () => {
    const analyses = await countAnalyses();
    const { page, ax, pageErrors } = await open('comments');
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    expect(await analyses()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`reads the late body although the page never goes quiet: ${hostile('late-body-ticker').does}`, async () => {
    const analyses = await countAnalyses();
    const { page, ax, pageErrors } = await open('late-body-ticker');
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    // The ticker goes on; Jejak, having read the page, does not.
    await page.waitForTimeout(SETTLE_MS);
    expect(await analyses()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`reads the page once: ${hostile('push-state-loop').does}`, async () => {
    const analyses = await countAnalyses();
    const { page, ax, pageErrors } = await open('push-state-loop');
    await ax.find('button', /^Jejak/, 20_000);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toBe('');
    await page.waitForTimeout(SETTLE_MS);
    await sidebarShown(page, ax);
    expect(await analyses()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`reads the page it ends on, a bounded number of times: ${hostile('push-state-bursts').does}`, async () => {
    const analyses = await countAnalyses();
    const { page, ax, pageErrors } = await open('push-state-bursts');
    const own = hostileUrl(hostile('push-state-bursts'));
    await expect.poll(() => page.evaluate(() => location.href), { timeout: 10_000 }).toBe(own);
    await settledCount(analyses);
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    // At most one look per half second (LOOK_INTERVAL_MS in entrypoints/article/index.ts) while the addresses change for 3 s, then the page it ends on.
    expect(await analyses()).toBeLessThanOrEqual(3_000 / 500 + 1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`reads an article in a shadow root and highlights a quote there: ${hostile('shadow-article').does}`, async () => {
    const { page, ax, pageErrors } = await open('shadow-article');
    expect(await page.evaluate(() => document.querySelectorAll('p').length)).toBe(0);
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    // A quote clicked in the sidebar is marked where it is, inside the page's shadow tree, and painted.
    await ax.click((await ax.all('button', /Semakin banyak/)).at(-1)!);
    await expect.poll(() => page.evaluate(markedLine), { timeout: 5_000 }).not.toBeNull();
    const marked = await page.evaluate(() => {
      const range = [...(CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('jejak-quote')!][0]!;
      return { text: range.toString(), inShadowTree: range.startContainer.getRootNode() instanceof ShadowRoot };
    });
    expect(marked).toEqual({ text: expect.stringContaining('Semakin banyak') as unknown, inShadowTree: true });
    // The smooth scroll to the quote has ended.
    await page.waitForTimeout(1_000);
    const line = (await page.evaluate(markedLine))!;
    const screenshot = await page.screenshot();
    const blank = await context.newPage();
    expect(await blank.evaluate(shareOfColour, shareArgs(screenshot, line))).toBeGreaterThan(0.3);
    await blank.close();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`matches and marks quotes as on the clean page: ${hostile('invisible-characters').does}`, async () => {
    const matched = async (ax: AXPage) => (await ax.find('button', /^Jejak/, 20_000)).name.match(/\d+/)?.[0];
    const clean = await context.newPage();
    await clean.goto(hostile('invisible-characters').base.url);
    const onClean = await matched(await AXPage.of(clean));
    await clean.close();
    const { page, ax, pageErrors } = await open('invisible-characters');
    expect(await page.evaluate(() => /\u200B/.test(document.querySelector('article')!.textContent!))).toBe(true);
    // As many matched quotes as the clean page, read just before in the same browser.
    expect(await matched(ax)).toBe(onClean);
    await sidebarShown(page, ax);
    await ax.click((await ax.all('button', /Semakin banyak/)).at(-1)!);
    await expect.poll(() => page.evaluate(markedLine), { timeout: 5_000 }).not.toBeNull();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`reads the article: ${hostile('deep-article').does}`, async () => {
    const { page, ax, pageErrors } = await open('deep-article');
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`keeps the sidebar, and reads the page once: ${hostile('forged-events').does}`, async () => {
    const analyses = await countAnalyses();
    const { page, ax, pageErrors } = await open('forged-events');
    await ax.find('button', /^Jejak/, 20_000);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __forgeriesDone?: boolean }).__forgeriesDone), { timeout: 30_000 }).toBe(true);
    await settledCount(analyses);
    expect((await ax.all('button', /^Jejak/)).length).toBe(1);
    expect(await analyses()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`runs in the top frame only, and reads the page once: ${hostile('iframes').does}`, async () => {
    const analyses = await countAnalyses();
    const { page, ax, pageErrors } = await open('iframes');
    await ax.find('button', /^Jejak/, 20_000);
    // Every frame holds the article (the page's own, or its copy in srcdoc), and none of them Jejak.
    const frames = () => page.evaluate(() => {
      const all = [...document.querySelectorAll('iframe')].map((f) => f.contentDocument);
      return { loaded: all.filter((d) => d?.readyState === 'complete' && d.querySelector('article p')).length, jejak: all.filter((d) => d?.querySelector('jejak-sidebar')).length };
    });
    await expect.poll(async () => (await frames()).loaded, { timeout: 30_000 }).toBe(500);
    await settledCount(analyses);
    expect((await frames()).jejak).toBe(0);
    await sidebarShown(page, ax);
    expect(await analyses()).toBe(1);
    expect(pageErrors).toEqual([]);
    expect(traces(await probe(page))).toEqual([]);
    await page.close();
  });

  it(`reads the page once, however long its body keeps changing: ${hostile('mutating-body').does}`, async () => {
    const analyses = await countAnalyses();
    const { page, ax, pageErrors } = await open('mutating-body');
    await ax.find('button', /^Jejak/, 20_000);
    await sidebarShown(page, ax);
    // Five more seconds' worth of changes (each starting over any wait for a quiet page): Jejak, having read the article, starts no other look.
    const changes = () => page.evaluate(() => (window as unknown as { __tickerChanges: number }).__tickerChanges);
    const from = await changes();
    await expect.poll(changes, { timeout: 60_000 }).toBeGreaterThan(from + 500);
    expect(await analyses()).toBe(1);
    expect((await ax.all('complementary', /^Jejak/)).length).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it(`reads quotes in curly quotation marks: ${hostile('curly-quotes').does}`, async () => {
    const { page, ax, pageErrors } = await open('curly-quotes');
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    expect(launcher.name.match(/\d+/)?.[0]).toBe(String(hostile('curly-quotes').base.expected.matchedQuotes));
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it.each(['utf8-labelled-windows-1252', 'windows-1252-labelled-utf8'])('shows what it can read of the event, and no garbled quote: %s', async (name) => {
    const { page, ax, pageErrors } = await open(name);
    // The page reads as garbled where its quotation marks are: the browser decodes what it was told.
    const article = words(await page.evaluate(() => document.querySelector('article')!.textContent!));
    expect(article).toMatch(MOJIBAKE);
    await ax.find('button', /^Jejak/, 20_000);
    // What the reader gets: the same event's other coverage.
    await sidebarShown(page, ax);
    const panel = await ax.text(await ax.find('complementary', /^Jejak/));
    // Its quotation marks unreadable, the page has no quote Jejak can take for one: none is shown as the article's, let alone matched.
    expect({ garbled: MOJIBAKE.test(panel), quotes: ownQuotes(panel) }).toEqual({ garbled: false, quotes: [] });
    expect(pageErrors).toEqual([]);
    expect(traces(await probe(page))).toEqual([]);
    expect((await probe(page)).errors).toEqual([]);
    await page.close();
  });

  it('shows each of six tabs opened at once its own findings', async () => {
    const pages = await Promise.all(sixTabs().map(async (fixture) => {
      const page = await context.newPage();
      await page.goto(fixture.url);
      return { fixture, page };
    }));
    for (const { fixture, page } of pages) {
      await page.bringToFront();
      const ax = await AXPage.of(page);
      const launcher = await ax.find('button', /^Jejak/, 30_000);
      expect(launcher.name.match(/\d+/)?.[0], fixture.url).toBe(String(fixture.expected.matchedQuotes));
      await ax.click(launcher);
      const panel = await ax.find('complementary', /^Jejak/);
      await expect.poll(async () => ownQuotes(await ax.text(panel)).length, { message: fixture.url }).toBeGreaterThan(0);
      // Every quote the panel shows as this article's is on this page.
      const article = words(await page.evaluate(() => document.body.innerText));
      for (const quote of ownQuotes(await ax.text(panel))) expect(article, fixture.url).toContain(words(quote));
    }
    for (const { page } of pages) await page.close();
  });
});
