/**
 * "Selalu jalankan Jejak di situs ini" in Firefox ESR: a site outside the
 * built-in outlets is granted at run time, Jejak then runs there by itself,
 * also on the next page, and once the site is removed in the options page
 * it no longer does.
 *
 * Firefox grants an optional permission without its prompt when
 * `extensions.webextOptionalPermissionPrompts` is false (its own test
 * switch), so the grant is real: `permissions.request` in a trusted click,
 * the background's `permissions.onAdded`, and `scripting.registerContentScripts`.
 * The toolbar popup, where the reader presses the button, cannot be opened
 * from a test (Firefox opens it only from its own toolbar), so the click is
 * made on the options page, calling exactly what the popup's button calls
 * (components/services/always-sites.ts `requestSite`: one `permissions.request`
 * for the site's pattern).
 *
 * Chromium (test/e2e/library.test.ts) cannot grant at run time in a test:
 * `permissions.request` there shows the browser's own permission dialog,
 * which neither Playwright nor the DevTools protocol can answer, and Chromium
 * has no switch that grants optional permissions without it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { fixturePage, onOtherSite, OTHER_SITE, startFixtureServer, type FixtureServer } from './harness';
import { launchFirefox, READER_HELPER_DIR, sidebarButton, sidebarElement, snapshotFirefoxBuild, startTunnelProxy, type TunnelProxy } from './firefox';

interface ExtensionPageGlobals {
  browser: {
    runtime: { openOptionsPage(): Promise<void> };
    permissions: { request(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
}

/** VOI's article, which the bundled test index matches: on the other site it is the same text at another address. */
const POSITIVE = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan');
const LAUNCHER = 'button[aria-label^="Jejak"]';
/** The content script settles on a page at document_idle plus an idle callback; a page it should leave alone gets this long. */
const SETTLE_MS = 3_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a site granted at run time, in Firefox ESR', () => {
  let extensionDir: string;
  let server: FixtureServer;
  let proxy: TunnelProxy;
  let browser: Browser;

  beforeAll(async () => {
    extensionDir = snapshotFirefoxBuild();
    server = await startFixtureServer();
    proxy = await startTunnelProxy(server.port);
    browser = await launchFirefox(proxy.port, { 'extensions.webextOptionalPermissionPrompts': false });
    await browser.installExtension(extensionDir);
    await browser.installExtension(READER_HELPER_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    server?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** Firefox refuses to navigate a tab to moz-extension:// pages: the reader page (opened from the sidebar) opens the options page. */
  async function optionsPage(): Promise<Page> {
    const article = await open(POSITIVE.url);
    await (await sidebarElement(article, LAUNCHER, 20_000)).click();
    const before = new Set(await browser.pages());
    await (await sidebarButton(article, ['Baca di Jejak', 'Read in Jejak'])).click();
    let reader: Page | undefined;
    await expect.poll(async () => (reader = (await browser.pages()).find((p) => !before.has(p))), { timeout: 10_000 }).toBeDefined();
    await reader!.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    const beforeOptions = new Set(await browser.pages());
    await reader!.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).browser.runtime.openOptionsPage());
    let options: Page | undefined;
    await expect.poll(async () => (options = (await browser.pages()).find((p) => !beforeOptions.has(p))), { timeout: 10_000 }).toBeDefined();
    await options!.waitForFunction(() => document.querySelector('#always-sites-heading') !== null, { timeout: 10_000 });
    await Promise.all([article.close(), reader!.close()]);
    return options!;
  }

  it('runs by itself on a site the reader granted, and stops once it is removed in the options', async () => {
    const otherUrl = onOtherSite(POSITIVE);
    // Not granted: the first look is not registered there, and nothing appears.
    const before = await open(otherUrl);
    await sleep(SETTLE_MS);
    expect(await before.evaluate(() => document.querySelectorAll('jejak-sidebar').length)).toBe(0);
    await before.close();

    const options = await optionsPage();
    await options.evaluate((pattern: string) => {
      const button = document.createElement('button');
      button.id = 'grant';
      button.textContent = 'grant';
      button.onclick = () => {
        void (globalThis as unknown as ExtensionPageGlobals).browser.permissions.request({ origins: [pattern] }).then((granted) => (button.dataset.granted = String(granted)));
      };
      document.body.append(button);
    }, `*://${OTHER_SITE}/*`);
    await options.click('#grant');
    await options.waitForFunction(() => document.getElementById('grant')?.dataset.granted === 'true', { timeout: 10_000 });
    const registered = () =>
      options.evaluate(async () => (await (globalThis as unknown as ExtensionPageGlobals).browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
    await expect.poll(registered, { timeout: 10_000 }).toContain(`jejak-site-${OTHER_SITE}`);

    // Jejak now runs there by itself: the first look, the article script, the launcher.
    const granted = await open(otherUrl);
    await sidebarElement(granted, LAUNCHER, 20_000);
    await granted.close();

    // The options page lists the site as soon as it is granted; its Remove button takes the permission and the registration back.
    const remove = await options.waitForSelector(`button[aria-label$="${OTHER_SITE}"]`, { timeout: 10_000 });
    await remove!.click();
    await options.waitForFunction((host: string) => document.body.textContent!.includes(`${host} dihapus`) || document.body.textContent!.includes(`${host} removed`), { timeout: 10_000 }, OTHER_SITE);
    expect(await options.evaluate((pattern: string) => (globalThis as unknown as ExtensionPageGlobals).browser.permissions.contains({ origins: [pattern] }), `*://${OTHER_SITE}/*`)).toBe(false);
    expect(await registered()).not.toContain(`jejak-site-${OTHER_SITE}`);

    const after = await open(otherUrl);
    await sleep(SETTLE_MS);
    expect(await after.evaluate(() => document.querySelectorAll('jejak-sidebar').length)).toBe(0);
    await Promise.all([after.close(), options.close()]);
  });
});
