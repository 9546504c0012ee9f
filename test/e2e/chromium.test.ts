import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { fixturePage, fixturePages, launchChromium, startFixtureServer, type FixtureServer } from './harness';
import { AXPage } from './ax';
import { ActionPopup, POPUP_LAYOUT, type PopupLayout } from './action-popup';

/** The extension's own `chrome` global, seen from inside its service worker. */
declare const chrome: {
  tabs: { query(q: { active?: boolean; url?: string }): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    local: { set(items: Record<string, unknown>): Promise<void> };
  };
};

const VOI = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan').url;
const SPORTS = fixturePage('detik', 'timnas-ukraina-euro').url;
const SPA = fixturePage('kompas', 'spa-harga-cabai-lalu-berita-nato').url;
const LATE = fixturePage('cnnindonesia', 'late-body-rutte-pusat-pelatihan-polandia').url;

/** Narrowest popup whose status line and buttons do not wrap word by word. */
const POPUP_MIN_WIDTH = 320;

/** Long enough for the content script to have decided on a page that stays quiet. */
const SETTLE_MS = 2_500;

describe('Jejak in Chromium', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    context = await launchChromium(server.port);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // The fixture pages' expectations are matches against the bundled index alone: the pages
    // read here are not kept in the library (test/e2e/library.test.ts tests remembering).
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { rememberReading: false } }));
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  /** The launcher, found the way assistive technology finds it: the sidebar's shadow root is closed. */
  const launcherOf = async (page: Page, timeout = 20_000) => {
    const ax = await AXPage.of(page);
    return { ax, launcher: await ax.find('button', /^Jejak/, timeout) };
  };
  /** Opens the panel with a trusted click on the launcher. */
  const openPanel = async (page: Page) => {
    const { ax, launcher } = await launcherOf(page);
    await ax.click(launcher);
    return { ax, panel: await ax.find('complementary', /^Jejak/) };
  };
  /** Nothing of Jejak's in the page: no host element, no control in the accessibility tree. */
  const jejakShown = async (page: Page) => {
    const ax = await AXPage.of(page);
    const controls = (await ax.all('button', /^Jejak/)).length + (await ax.all('complementary', /^Jejak/)).length;
    await ax.close();
    return controls + (await page.locator('jejak-sidebar').count());
  };
  const badgeFor = async (url: string) => {
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
    return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  };

  it('offers the sidebar on a NATO article, with the badge count and another outlet’s wording', async () => {
    const page = await context.newPage();
    await page.goto(VOI);
    const { ax, launcher } = await launcherOf(page);
    expect(launcher.name).toMatch(/4/);
    expect(await badgeFor(page.url())).toBe('4');

    await ax.click(launcher);
    const panel = await ax.find('complementary', /^Jejak/);
    const text = await ax.text(panel);
    expect(text).toMatch(/TribunWow/i);
    expect(text).toContain('tanah');
    // Beside the article, not over it.
    const article = await page.locator('article').boundingBox();
    const aside = await ax.box(panel);
    expect(article!.x + article!.width).toBeLessThanOrEqual(aside.x);
    // The page cannot see into it.
    expect(await page.evaluate(() => document.querySelector('jejak-sidebar')?.shadowRoot ?? null)).toBeNull();

    // Clicking a quote brings it into view on the page and highlights it there.
    const quotes = await ax.all('button', /Semakin banyak/);
    await ax.click(quotes.at(-1)!);
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'))).toBe(true);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.close();
  });

  it('leaves the article at least half the window when zoomed to 200 %', async () => {
    const page = await context.newPage();
    // 200 % zoom of the 1280-pixel window: 640 CSS pixels across.
    await page.setViewportSize({ width: 640, height: 430 });
    await page.goto(VOI);
    const { ax, panel } = await openPanel(page);
    expect((await ax.box(panel)).width).toBeLessThanOrEqual(320);
    const article = await page.locator('article').boundingBox();
    expect(article!.x + article!.width).toBeLessThanOrEqual((await ax.box(panel)).x);
    await page.close();
  });

  it('keeps the page’s fixed bars and buttons clear of the panel at 1024 px, and gives them back when it closes', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(VOI);
    // What news pages fix to the window: a full-width header and a back-to-top button.
    await page.evaluate(() => {
      const fixed = (id: string, css: string) => {
        const el = document.createElement('div');
        el.id = id;
        el.style.cssText = `position: fixed; z-index: 50; background: #c00; ${css}`;
        document.body.append(el);
      };
      fixed('test-header', 'top: 0; left: 0; width: 100%; height: 40px;');
      fixed('test-to-top', 'right: 16px; bottom: 16px; width: 48px; height: 48px;');
    });
    const boxOf = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const before = { header: await boxOf('#test-header'), toTop: await boxOf('#test-to-top') };

    const { ax, panel } = await openPanel(page);
    const aside = await ax.box(panel);
    // The default width leaves the article most of a 1024-pixel window.
    expect(aside.width).toBeLessThanOrEqual(1024 * 0.35);
    const article = (await page.locator('article').boundingBox())!;
    expect(article.x + article.width).toBeLessThanOrEqual(aside.x);
    expect((await boxOf('#test-header')).right).toBeLessThanOrEqual(aside.x);
    const toTop = await boxOf('#test-to-top');
    expect(toTop.right).toBeLessThanOrEqual(aside.x);
    expect(toTop.width).toBe(before.toTop.width);

    // A quote marked in the page goes when the panel closes.
    await ax.click((await ax.all('button', /Semakin banyak/)).at(-1)!);
    const marked = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'));
    await expect.poll(marked).toBe(true);
    await ax.click(await ax.find('button', /^Tutup Jejak|^Close Jejak/));
    await expect.poll(marked).toBe(false);
    expect(await boxOf('#test-header')).toEqual(before.header);
    expect(await boxOf('#test-to-top')).toEqual(before.toTop);
    await ax.close();
    await page.close();
  });

  it('labels the launcher in words on the reader’s first pages with findings, first in the tab order', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ launcherIntroduced: 0 }));
    const page = await context.newPage();
    await page.goto(VOI);
    const { ax, launcher } = await launcherOf(page);
    await expect.poll(() => ax.text(launcher)).toMatch(/^Jejak · 4 (kutipan|quotes)$/);
    // The page's own links come after it: the first Tab reaches Jejak.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('jejak-sidebar');

    // Introduced on three pages: after that, the mark and the count alone.
    await page.close();
    await worker.evaluate(() => chrome.storage.local.set({ launcherIntroduced: 3 }));
    const later = await context.newPage();
    await later.goto(VOI);
    const again = await launcherOf(later);
    expect((await again.ax.text(again.launcher)).trim()).toBe('4');
    await later.close();
  });

  it('stays invisible on a sports article about Ukraine’s team', async () => {
    const page = await context.newPage();
    await page.goto(SPORTS);
    await page.waitForLoadState('load');
    await page.waitForTimeout(SETTLE_MS);
    expect(await jejakShown(page)).toBe(0);
    expect(await badgeFor(page.url())).toBe('');
    await page.close();
  });

  it('stays invisible on every negative fixture page', async () => {
    const negatives = fixturePages().filter((p) => p.expected.article === false || p.expected.coverage === false);
    const page = await context.newPage();
    for (const negative of negatives) {
      if (negative.url === LATE || negative.url === SPA) continue;
      await page.goto(negative.url);
      await page.waitForTimeout(SETTLE_MS);
      expect(await jejakShown(page), negative.url).toBe(0);
    }
    await page.close();
  });

  it('offers the sidebar on every positive fixture page another outlet reported, and stays quiet on the others', async () => {
    const positives = fixturePages().filter((p) => p.expected.coverage === true);
    const page = await context.newPage();
    for (const positive of positives) {
      await page.goto(positive.url);
      const expected = positive.expected.matchedQuotes;
      if (expected === 0) {
        // Coverage, but nothing in the index reported it: no launcher, no badge.
        await page.waitForTimeout(SETTLE_MS);
        expect(await jejakShown(page), positive.url).toBe(0);
        expect(await badgeFor(page.url()), positive.url).toBe('');
        continue;
      }
      await launcherOf(page, 15_000);
      if (typeof expected === 'number') {
        await expect.poll(() => badgeFor(page.url()), { message: positive.url }).toBe(String(expected));
      }
    }
    await page.close();
  });

  it('follows a single-page app from an article about prices to a NATO article', async () => {
    const page = await context.newPage();
    await page.goto(SPA);
    await page.waitForTimeout(SETTLE_MS);
    expect(await jejakShown(page)).toBe(0);
    await page.getByRole('link', { name: /Artikel berikutnya/ }).click();
    const { ax, panel } = await openPanel(page);
    // The Kompas wording "tanah" beside VOI's "wilayah".
    await expect.poll(() => ax.text(panel)).toContain('wilayah');
    await page.close();
  });

  it('waits for an article body that arrives after the page has loaded', async () => {
    const page = await context.newPage();
    await page.goto(LATE);
    await launcherOf(page);
    await page.close();
  });

  it('opens an indexed article in the reader page, its quotes marked', async () => {
    const page = await context.newPage();
    await page.goto(VOI);
    const { ax } = await openPanel(page);
    const readerOpened = context.waitForEvent('page');
    await ax.click(await ax.find('button', /Baca di Jejak|Read in Jejak/));
    const reader = await readerOpened;
    await reader.waitForLoadState();
    expect(reader.url()).toContain(`${extensionId}/reader.html?id=`);
    await reader.locator('mark.quote').first().waitFor();
    const body = await reader.locator('body').innerText();
    expect(body).toMatch(/TribunWow/i);
    expect(body).toContain('Semakin banyak tanah');
    await reader.close();
    await page.close();
  });

  it('opens the toolbar popup at a real width, its buttons on one line', async () => {
    const page = await context.newPage();
    await page.goto(VOI);
    await launcherOf(page);
    const popup = await ActionPopup.open(context, worker, page);
    await popup.waitFor(`document.querySelector('.popup-primary')`);
    const layout = await popup.evaluate<PopupLayout>(POPUP_LAYOUT);
    expect(layout.bodyWidth).toBeGreaterThanOrEqual(POPUP_MIN_WIDTH);
    expect(layout.windowWidth).toBeGreaterThanOrEqual(POPUP_MIN_WIDTH);
    expect(layout.buttons.length).toBeGreaterThan(0);
    for (const button of layout.buttons) expect(button, button.text).toMatchObject({ lines: 1 });
    await popup.close();
    await page.close();
  });

  it('sizes text on the options page by one scale: a setting’s help is smaller than its label', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('.radio-help').first().waitFor();
    const size = (selector: string) => options.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const rootSize = await options.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    // Chromium gives extension pages 75 % text; the reader's own default is what the body shows.
    expect(await size('.check span')).toBe(rootSize);
    expect(await size('.radio-label')).toBe(rootSize);
    expect(await size('.radio-help')).toBeLessThan(await size('.radio-label'));
    await options.close();
  });

  it('opens the welcome page’s sample article in the reader page, its quotes marked', async () => {
    const welcome = await context.newPage();
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await welcome.getByRole('link', { name: /Coba sekarang|Try it now/ }).click();
    await welcome.locator('mark.quote').first().waitFor();
    expect(await welcome.locator('body').innerText()).toMatch(/TribunWow/i);
    await welcome.close();
  });

  it('turns off on an outlet the reader switched off in the options', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const voiSwitch = options.getByRole('checkbox', { name: /^VOI/ });
    await voiSwitch.uncheck();
    // Saved, not just clicked: the page opened next reads what storage holds.
    await expect.poll(() => worker.evaluate(async () => {
      const stored = (await chrome.storage.sync.get('settings')) as { settings?: { disabledOutlets?: string[] } };
      return stored.settings?.disabledOutlets ?? [];
    })).toContain('voi');

    const page = await context.newPage();
    await page.goto(VOI);
    await page.waitForTimeout(SETTLE_MS);
    expect(await jejakShown(page)).toBe(0);

    // Switched back on, an open page picks it up without a reload.
    await voiSwitch.check();
    await launcherOf(page, 15_000);
    await options.close();
    await page.close();
  });

  it('keeps working after the browser stops its background', async () => {
    const page = await context.newPage();
    await page.goto('about:blank');
    // A mark left in the running worker is gone once the browser has stopped it.
    await worker.evaluate(() => Object.assign(globalThis, { jejakTestMark: true }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto(VOI);
    await launcherOf(page);
    const current = async () => {
      for (const w of context.serviceWorkers()) {
        const restarted = await w.evaluate(() => !('jejakTestMark' in globalThis)).catch(() => false);
        if (restarted) return w;
      }
      return undefined;
    };
    await expect.poll(async () => !!(await current())).toBe(true);
    worker = (await current())!;
    await expect.poll(() => badgeFor(page.url())).toBe('4');
    await page.close();
  });

  it('makes no request beyond the fixture pages', () => {
    const pageUrls = new Set(fixturePages().map((p) => {
      const u = new URL(p.url);
      return u.hostname + u.pathname;
    }));
    // Chromium asks its own update and account hosts whatever is loaded; the extension asks for nothing.
    const browserOwn = /^(?:[\w-]+\.)*(?:googleapis|google|gstatic)\.com\//;
    const unexpected = server.requests.filter((r) => !pageUrls.has(r) && !r.endsWith('/favicon.ico') && !browserOwn.test(r));
    expect(unexpected).toEqual([]);
  });
});
