/**
 * axe in Chromium, light and dark, with real colours and layout (so
 * contrast is checked, which the component tests in jsdom cannot): every
 * extension page, and the sidebar with matches inside its closed shadow root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { fixturePage, launchChromium, startFixtureServer, type FixtureServer } from './harness';
import { AXPage } from './ax';
import { axePage, axeSidebar } from './axe-browser';

const VOI = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan').url;
/** Extension pages that open without an article: the reader page is reached from the sidebar. */
const PAGES = ['popup.html', 'options.html', 'library.html', 'welcome.html'];

describe.each(['light', 'dark'] as const)('accessibility in Chromium, %s theme', (scheme) => {
  let server: FixtureServer;
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let news: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    context = await launchChromium(server.port, scheme);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    news = await context.newPage();
    await news.goto(VOI);
    const ax = await AXPage.of(news);
    await ax.click(await ax.find('button', /^Jejak/, 20_000));
    await ax.find('complementary', /^Jejak/);
    // The folded "why" line open too, so its text is checked.
    await ax.click(await ax.find('DisclosureTriangle', /Mengapa|Why/));
    await ax.close();
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it('has no axe violations on the launcher with its count, inside the closed shadow root', async () => {
    const page = await context.newPage();
    await page.goto(VOI);
    const ax = await AXPage.of(page);
    await ax.find('button', /^Jejak/, 20_000);
    await ax.close();
    expect(await axeSidebar(page)).toEqual([]);
    await page.close();
  });

  it('has no axe violations in the open sidebar, inside its closed shadow root', async () => {
    expect(await axeSidebar(news)).toEqual([]);
  });

  it.each(PAGES)('has no axe violations on %s', async (path) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await page.locator('main, #app > *').first().waitFor();
    expect(await axePage(page)).toEqual([]);
    await page.close();
  });

  it('has no axe violations on the reader page', async () => {
    const ax = await AXPage.of(news);
    const opened = context.waitForEvent('page');
    await ax.click(await ax.find('button', /Baca di Jejak|Read in Jejak/));
    await ax.close();
    const reader = await opened;
    await reader.locator('mark.quote').first().waitFor();
    expect(await axePage(reader)).toEqual([]);
    await reader.close();
  });
});
