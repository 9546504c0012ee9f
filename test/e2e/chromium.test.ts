import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Worker } from 'playwright-core';
/** The extension's own `chrome` global, seen from inside its service worker. */
declare const chrome: {
  tabs: { query(q: { active: boolean }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
};

import { fixturePage, launchChromium, startFixtureServer, type FixtureServer } from './harness';

const POSITIVE = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan').url;
const SPORTS = fixturePage('detik', 'timnas-ukraina-euro').url;

describe('Jejak in Chromium', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let worker: Worker;

  beforeAll(async () => {
    server = await startFixtureServer();
    context = await launchChromium(server.port);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it('offers the sidebar on a NATO article, with the badge count and another outlet’s wording', async () => {
    const page = await context.newPage();
    await page.goto(POSITIVE);
    const launcher = page.getByRole('button', { name: /^Jejak/ });
    await launcher.waitFor({ timeout: 20_000 });
    await expect(launcher.getAttribute('aria-label').then((l) => l ?? launcher.innerText())).resolves.toMatch(/4/);
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('4');

    await launcher.click();
    const panel = page.getByRole('complementary', { name: /^Jejak/ });
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toMatch(/TribunWow/i);
    expect(text).toContain('tanah');
    // Beside the article, not over it.
    const article = await page.locator('article').boundingBox();
    const aside = await panel.boundingBox();
    expect(article!.x + article!.width).toBeLessThanOrEqual(aside!.x);

    await panel.getByText('Semakin banyak wilayah', { exact: false }).first().click();
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('jejak-quote'))).toBe(true);
    await page.close();
  });

  it('stays invisible on a sports article about Ukraine’s team', async () => {
    const page = await context.newPage();
    await page.goto(SPORTS);
    await page.waitForLoadState('load');
    await page.waitForTimeout(2_500);
    expect(await page.locator('jejak-sidebar').count()).toBe(0);
    await page.close();
  });

  it('makes no request beyond the fixture pages', () => {
    const pageHosts = server.requests.filter((r) => /voi\.id|detik\.com/.test(r));
    const others = server.requests.filter((r) => !pageHosts.includes(r));
    // Chromium itself may ask for update and account endpoints; the extension asks for nothing.
    expect(others.every((r) => /googleapis\.com|google\.com|gstatic\.com/.test(r))).toBe(true);
    expect(pageHosts.every((r) => /\/berita\/|\/sepakbola\/|favicon\.ico/.test(r))).toBe(true);
  });
});
