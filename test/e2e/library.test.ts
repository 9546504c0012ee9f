import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { pageFromHtml } from '../../lib/article/html';
import { fixturePage, launchChromium, startFixtureServer, type FixtureServer } from './harness';
import { AXPage } from './ax';

/** The extension's own `chrome` global, seen from inside its service worker. */
declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  contextMenus: { update(id: string, change: Record<string, never>): Promise<void> };
};

/** ANTARA and Suara report one statement of Stoltenberg's; neither is in the bundled test index. */
const ANTARA = fixturePage('antara', 'stoltenberg-nato-ambil-alih-koordinasi-bantuan');
const SUARA = fixturePage('suara', 'sekjen-nato-semua-upaya-ukraina-lebih-kuat');
/** A fuel-price report: an article, but not NATO/Ukraine coverage, so Jejak keeps it only when the reader saves it. */
const FUEL = fixturePage('cnbcindonesia', 'jokowi-umumkan-harga-pertalite-naik');

/** The sidebar's links to other outlets' articles (its shadow root is closed: read through the accessibility tree). */
async function sidebarLinks(page: Page): Promise<{ text: string; hrefs: string[] }> {
  const ax = await AXPage.of(page);
  const launcher = await ax.find('button', /^Jejak/, 20_000);
  await ax.click(launcher);
  const panel = await ax.find('complementary', /^Jejak/);
  const text = await ax.text(panel);
  const hrefs: string[] = [];
  for (const link of await ax.all('link', /./)) {
    const href = await ax.attribute(link, 'href');
    if (href) hrefs.push(href);
  }
  await ax.close();
  return { text, hrefs };
}

async function newContext(port: number): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }> {
  const context = await launchChromium(port);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, worker };
}

describe('the reader’s library in Chromium', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server?.close());

  it('shows the wording of an article read earlier on one outlet, with its address, in another outlet’s sidebar', async () => {
    const { context } = await newContext(server.port);
    try {
      const before = await context.newPage();
      await before.goto(SUARA.url);
      expect((await sidebarLinks(before)).hrefs).not.toContain(ANTARA.url);
      await before.close();

      const a = await context.newPage();
      await a.goto(ANTARA.url);
      await (await AXPage.of(a)).find('button', /^Jejak/, 20_000);
      await a.close();

      const b = await context.newPage();
      await b.goto(SUARA.url);
      const { text, hrefs } = await sidebarLinks(b);
      expect(hrefs).toContain(ANTARA.url);
      expect(text).toMatch(/ANTARA/);
      await b.close();
    } finally {
      await context.close();
    }
  });

  it('imports a JSONL file through the Library page, matches its articles, and still has them after the background is stopped', async () => {
    const { context, extensionId } = await newContext(server.port);
    try {
      // ANTARA's article as a corpus would hold it, under an archive's address.
      const article = pageFromHtml(readFileSync(ANTARA.html, 'utf8'), ANTARA.url)!;
      const archiveUrl = 'https://arsip.example.id/2024/antara-stoltenberg-koordinasi-bantuan';
      const dir = mkdtempSync(join(tmpdir(), 'jejak-import-'));
      const file = join(dir, 'korpus.jsonl');
      writeFileSync(file, [
        JSON.stringify({ url: archiveUrl, outlet: 'Arsip ANTARA', title: article.title, publishedAt: article.publishedAt, paragraphs: article.paragraphs }),
        '{"url": "https://rusak.example.id", "text": ',
      ].join('\n'));

      const library = await context.newPage();
      await library.goto(`chrome-extension://${extensionId}/library.html`);
      await library.locator('input[type=file]').setInputFiles(file);
      const report = library.getByRole('status').filter({ hasText: /Hasil impor|Import report/ });
      await report.waitFor({ timeout: 30_000 });
      const reportText = await report.innerText();
      expect(reportText).toMatch(/1\s+(diimpor|imported)/);
      expect(reportText).toMatch(/1\s+(ditolak|rejected)/);
      expect(reportText).toContain('korpus.jsonl:2');
      await library.getByRole('button', { name: article.title!, exact: true }).waitFor();

      const page = await context.newPage();
      await page.goto(SUARA.url);
      const first = await sidebarLinks(page);
      expect(first.hrefs).toContain(archiveUrl);
      expect(first.text).toContain('Arsip ANTARA');

      // The browser stops the background; the next page starts it again from what is stored.
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto('about:blank');
      await page.goto(SUARA.url);
      expect((await sidebarLinks(page)).hrefs).toContain(archiveUrl);

      // Deleting it in the Library page takes it out of the matches.
      await library.reload();
      await library.getByRole('button', { name: new RegExp(`^(Hapus|Delete): ${article.title!.slice(0, 20)}`) }).click();
      // Asked once more before anything is deleted.
      await library.getByRole('button', { name: new RegExp(`^(Yakin hapus\\?|Really delete\\?): ${article.title!.slice(0, 20)}`) }).click();
      await library.getByText(/Dihapus|Deleted/).waitFor();
      await page.goto('about:blank');
      await page.goto(SUARA.url);
      expect((await sidebarLinks(page)).hrefs).not.toContain(archiveUrl);
    } finally {
      await context.close();
    }
  });

  it('opens the welcome page once after install, and stores the reader’s answer to its one question', async () => {
    const { context, extensionId } = await newContext(server.port);
    try {
      const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
      const welcome = context.pages().find((p) => p.url() === welcomeUrl) ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl }));
      await welcome.getByRole('radio', { name: /Ya, simpan|Yes, keep/ }).waitFor();
      expect(await welcome.getByRole('radio', { name: /Ya, simpan|Yes, keep/ }).isChecked()).toBe(true);
      await welcome.getByRole('radio', { name: /Tidak, jangan|No, keep nothing/ }).click();
      await welcome.getByRole('status').filter({ hasText: /tidak akan menyimpan|will not keep/ }).waitFor();
      // The options page shows the same answer.
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      expect(await options.getByRole('checkbox', { name: /Simpan artikel NATO|Keep the NATO/ }).isChecked()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('saves a page that is not NATO coverage with “Simpan ke Jejak”, says so in the sidebar, and lists it in the Library page', async () => {
    const { context, extensionId, worker } = await newContext(server.port);
    try {
      // The menu item is there once the install has been handled (update rejects for an item that does not exist).
      const menuItem = () => worker.evaluate(() => chrome.contextMenus.update('save-to-jejak', {}).then(() => true, () => false));
      await expect.poll(menuItem, { timeout: 10_000 }).toBe(true);
      const page = await context.newPage();
      await page.goto(FUEL.url);
      // A click on the browser's own context menu cannot be driven from a test (it is native UI, outside the page and CDP);
      // this is what its handler does with the tab it was clicked in (components/services/inject.ts savePageInTab).
      await worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/article.js'] });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'save-page' });
      }, FUEL.url);
      const ax = await AXPage.of(page);
      const saved = await ax.find('button', /^(Tersimpan|Saved)$/, 20_000);
      expect(saved).toBeTruthy();
      const panel = await ax.find('complementary', /^Jejak/);
      expect(await ax.text(panel)).toMatch(/kini ada di perpustakaan|now in your Jejak library/);
      await ax.close();

      const library = await context.newPage();
      await library.goto(`chrome-extension://${extensionId}/library.html`);
      const title = fixturePage('cnbcindonesia', 'jokowi-umumkan-harga-pertalite-naik').expected.title as string;
      await library.getByRole('button', { name: title, exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });
});
