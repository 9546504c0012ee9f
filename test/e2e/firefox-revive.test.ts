/**
 * Jejak stays for the whole visit, in Firefox ESR with the Firefox build:
 * injected again while it runs, it keeps its sidebar and shortcut; after the
 * extension is reloaded or updated under an open page, the old sidebar
 * leaves the page (giving the article its width back, and taking the quote
 * it marked) and the new version's takes over, without a reload of the page;
 * run by the reader on a page with no article, it says so in their language.
 * The Chromium side is test/e2e/revive.test.ts; a background stopped in the
 * middle of an analysis is Chromium's alone (the Firefox build's background
 * page is persistent: Firefox does not stop it while the browser runs).
 *
 * A temporary add-on is reloaded here the two ways WebDriver BiDi allows
 * (`webExtension.install`, `webExtension.uninstall`): installed again over
 * itself from the same folder, which is what about:debugging's Reload and an
 * update do (Firefox replaces the running add-on), and uninstalled and then
 * installed again. Either way Firefox stops the old version's scripts in the
 * page and runs the new version's content script in the tabs already open.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { builtWordings, fixturePage } from './harness';
import { FIREFOX_EXTENSION_DIR, LAUNCHER, openReaderFromSidebar, PANEL, sidebarButton, sidebarControls as controls, sidebarElement, firefoxForSuite } from './firefox';

const VOI = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan').url;
/** An outlet's front page: headlines, no article. */
const FRONT = fixturePage('kompas', 'beranda').url;

/** The WebExtension API as an extension page of Jejak's sees it (only what the tests call). */
interface ExtensionGlobals {
  browser: {
    tabs: {
      query(q: { url?: string }): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    runtime: { getBackgroundPage(): Promise<ExtensionGlobals> };
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Jejak for the whole visit (Firefox ESR)', () => {
  const firefox = firefoxForSuite();
  let browser: Browser;
  beforeAll(() => {
    browser = firefox().browser;
  });

  /** Errors the page's console shows, from the page or from Jejak's scripts in it. */
  function consoleOf(page: Page): string[] {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text());
    });
    return errors;
  }
  /** Jejak's hosts in the page, as the page sees them (it cannot see inside), the root element's right margin, and whether a quote is marked. */
  const pageState = (page: Page) =>
    page.evaluate(() => ({
      hosts: document.querySelectorAll('jejak-sidebar').length,
      margin: document.documentElement.style.marginRight,
      marked: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'),
    }));
  /** The reader's outcome: one launcher, opening the sidebar with another outlet's wording. */
  async function sidebarWorks(page: Page): Promise<void> {
    await (await sidebarElement(page, LAUNCHER, 20_000)).click();
    const panel = await sidebarElement(page, PANEL);
    await expect.poll(() => panel.evaluate((p) => (p as HTMLElement).innerText), { timeout: 10_000 }).toMatch(/TribunWow/);
  }
  it('keeps its sidebar and shortcut when its article script is injected again', async () => {
    const page = await browser.newPage();
    const errors = consoleOf(page);
    await page.goto(VOI, { waitUntil: 'load' });
    await sidebarWorks(page);
    // BiDi has no realm in the add-on's background page; the reader page, an extension page of Jejak's, has the same API.
    const extensionPage = await openReaderFromSidebar(browser, page);
    const tabId = await extensionPage.evaluate(async (url) => (await (globalThis as unknown as ExtensionGlobals).browser.tabs.query({ url }))[0]?.id, VOI);
    expect(tabId).toBeTypeOf('number');
    // Injected twice more, as the background does when the address changes while the page loads; the sidebar open.
    for (let i = 0; i < 2; i++) {
      await extensionPage.evaluate(
        (id) => (globalThis as unknown as ExtensionGlobals).browser.scripting.executeScript({ target: { tabId: id }, files: ['/article.js'] }),
        tabId!,
      );
    }
    await sleep(500);
    expect(await controls(page)).toEqual({ launchers: 1, panels: 1 });
    // The shortcut's message (what the background sends for Alt+Shift+J) closes the panel and opens it again.
    // Sent from the background page itself (reached through the reader page): Jejak takes the message from nowhere else.
    const shortcut = () =>
      extensionPage.evaluate(async (id) => {
        const background = await (globalThis as unknown as ExtensionGlobals).browser.runtime.getBackgroundPage();
        await background.browser.tabs.sendMessage(id, { type: 'toggle-sidebar' });
      }, tabId!);
    await shortcut();
    await expect.poll(() => controls(page)).toEqual({ launchers: 1, panels: 0 });
    await shortcut();
    await expect.poll(() => controls(page)).toEqual({ launchers: 1, panels: 1 });
    expect(await pageState(page)).toMatchObject({ hosts: 1 });
    await extensionPage.close();
    expect(errors.filter((e) => /extension context|dead object|jejak|establish connection/i.test(e))).toEqual([]);
    await page.close();
  });

  it('says plainly in the sidebar that a page the reader ran it on holds no article, and nothing in the page’s console', async () => {
    // An extension page of Jejak's, for its API: the reader page, opened from a sidebar.
    const article = await browser.newPage();
    await article.goto(VOI, { waitUntil: 'load' });
    await (await sidebarElement(article, LAUNCHER, 20_000)).click();
    const extensionPage = await openReaderFromSidebar(browser, article);
    await article.close();
    const page = await browser.newPage();
    const errors = consoleOf(page);
    await page.goto(FRONT, { waitUntil: 'load' });
    // What the toolbar's "Jalankan Jejak di halaman ini" does (components/services/inject.ts, runOnce): the article script, then its message, from the background.
    await extensionPage.evaluate(async (url) => {
      const background = await (globalThis as unknown as ExtensionGlobals).browser.runtime.getBackgroundPage();
      const [tab] = await background.browser.tabs.query({ url });
      await background.browser.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/article.js'] });
      await background.browser.tabs.sendMessage(tab!.id!, { type: 'run-once' });
    }, FRONT);
    const panel = await sidebarElement(page, PANEL, 20_000);
    // Why Jejak has nothing to show here, in the reader's language: no code, no English error from the background.
    const says = async (key: string) => {
      const text = await panel.evaluate((p) => (p as HTMLElement).innerText);
      return builtWordings(key, FIREFOX_EXTENSION_DIR).some((w) => text.includes(w));
    };
    await expect.poll(() => says('errorTitle'), { timeout: 15_000 }).toBe(true);
    expect(await says('errorNotArticle')).toBe(true);
    expect(errors).toEqual([]);
    await extensionPage.close();
    await page.close();
  });

  async function replacedAfter(reload: () => Promise<void>): Promise<void> {
    const page = await browser.newPage();
    const errors = consoleOf(page);
    await page.goto(VOI, { waitUntil: 'load' });
    const marginBefore = (await pageState(page)).margin;
    await sidebarWorks(page);
    // Open, the sidebar pushes the article aside; a quote clicked in it is marked in the page.
    expect((await pageState(page)).margin).not.toBe(marginBefore);
    await (await sidebarButton(page, ['Semakin banyak'])).click();
    await expect.poll(() => pageState(page)).toMatchObject({ marked: true });

    await reload();

    // The old panel goes, giving the page its margin back and taking its mark; the new version's launcher comes, without a reload of the page.
    await expect.poll(() => pageState(page), { timeout: 20_000 }).toEqual({ hosts: 1, margin: marginBefore, marked: false });
    await sidebarWorks(page);
    expect(await pageState(page)).toMatchObject({ hosts: 1 });
    await (await openReaderFromSidebar(browser, page)).close();
    expect(errors.filter((e) => /extension context|dead object|jejak|establish connection/i.test(e))).toEqual([]);
    await page.close();
  }

  it('replaces its old sidebar with the new version’s after the add-on is installed again over itself (a reload or update)', async () => {
    await replacedAfter(async () => {
      expect(await browser.installExtension(firefox().extensionDir)).toBe(firefox().extensionId);
    });
  });

  it('replaces its old sidebar with the new version’s after the add-on is uninstalled and installed again', async () => {
    await replacedAfter(async () => {
      await browser.uninstallExtension(firefox().extensionId);
      expect(await browser.installExtension(firefox().extensionDir)).toBe(firefox().extensionId);
    });
  });
});
