import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { pageFromHtml } from '../../lib/article/html';
import { fixturePage, launchChromium, startFixtureServer, type FixtureServer } from './harness';
import { AXPage } from './ax';

/** ANTARA and Suara report one statement of Stoltenberg's; neither is in the bundled test index. */
const ANTARA = fixturePage('antara', 'stoltenberg-nato-ambil-alih-koordinasi-bantuan');
const SUARA = fixturePage('suara', 'sekjen-nato-semua-upaya-ukraina-lebih-kuat');

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

async function newContext(port: number): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await launchChromium(port);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
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
      await library.getByText(/Dihapus|Deleted/).waitFor();
      await page.goto('about:blank');
      await page.goto(SUARA.url);
      expect((await sidebarLinks(page)).hrefs).not.toContain(archiveUrl);
    } finally {
      await context.close();
    }
  });
});
