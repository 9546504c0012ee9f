/**
 * npm run screenshots — Jejak as readers see it, in the windows browsers
 * really have (1366 and 1024 pixels wide), light and dark, saved to
 * docs/screenshots/ for the README:
 * - the launcher on an article with findings (`launcher-*`), as a new reader first sees it;
 * - the open sidebar on two outlets (`voi-*`, `liputan6-*`), also in English (`*-en-*`);
 * - further down the panel: the lower part of a quote comparison (`comparison-*`), and the
 *   event's timeline, other coverage and the unfolded "Mengapa" line (`timeline-*`);
 * - the toolbar popup on coverage the library has nothing else on (`popup-empty-*`),
 *   opened as the browser opens it, at the size it gives it;
 * - the welcome page a new reader gets after install (`welcome-*`).
 * Uses the same production build, fixture pages and real hostnames as the
 * browser tests. The Indonesian UI needs Debian's `chromium-l10n`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR, fixturePage, startFixtureServer } from '../test/e2e/harness';
import { AXPage } from '../test/e2e/ax';
import { ActionPopup } from '../test/e2e/action-popup';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const VOI = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan');
const SIDEBARS = [
  { name: 'voi', page: VOI },
  { name: 'liputan6', page: fixturePage('liputan6', 'rutte-pusat-pelatihan-nato-ukraina-polandia') },
];
/** NATO coverage no other outlet in the bundled index reported: the popup's one line. */
const NOTHING_YET = fixturePage('detik', 'trump-telepon-putin-negosiasi-ukraina');
/** Common laptop windows: what the page and the panel share. Heights leave room for the browser's own bars. */
const WINDOWS = [
  { width: 1366, height: 650 },
  { width: 1024, height: 650 },
];
const LANGUAGES = ['id', 'en'] as const;
type Lang = (typeof LANGUAGES)[number];
type Scheme = 'light' | 'dark';
/** Long enough for the panel's own layout and fonts to settle before a picture. */
const SETTLE_MS = 400;

async function launch(port: number, colorScheme: Scheme, lang: Lang): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jejak-shots-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    colorScheme,
    locale: lang,
    // Chromium on Linux takes its UI language, and so the extension's, from LANGUAGE.
    env: { ...process.env, LANGUAGE: lang },
    args: [
      '--no-sandbox', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', `--lang=${lang}`,
    ],
  });
}

/** A fresh profile per picture: a first visit, as a new reader has it (the library keeps what was read). */
async function withBrowser(port: number, scheme: Scheme, lang: Lang, shoot: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await launch(port, scheme, lang);
  try {
    await shoot(context);
  } finally {
    await context.close();
  }
}

async function save(page: Page, file: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, file), fullPage });
  console.log(join(OUT, file));
}

/** The article with the sidebar open; its controls are found as assistive technology finds them (the shadow root is closed). */
async function openSidebar(context: BrowserContext, url: string, size: { width: number; height: number }) {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  const ax = await AXPage.of(page);
  await ax.click(await ax.find('button', /^Jejak/, 20_000));
  await ax.find('complementary', /^Jejak/);
  return { page, ax };
}

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
try {
  for (const lang of LANGUAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = `${lang === 'id' ? '' : '-en'}-${scheme}`;
      for (const size of WINDOWS) {
        for (const shot of SIDEBARS) {
          await withBrowser(server.port, scheme, lang, async (context) => {
            const { page, ax } = await openSidebar(context, shot.page.url, size);
            await ax.close();
            await save(page, `${shot.name}-${size.width}${suffix}.png`);
          });
        }
        // The launcher, the lower panel and the popup in Indonesian only: the README shows the Indonesian UI.
        if (lang !== 'id') continue;
        await withBrowser(server.port, scheme, lang, async (context) => {
          const page = await context.newPage();
          await page.setViewportSize(size);
          await page.goto(VOI.url);
          const ax = await AXPage.of(page);
          await ax.find('button', /^Jejak/, 20_000);
          await ax.close();
          await save(page, `launcher-${size.width}${suffix}.png`);
        });
        await withBrowser(server.port, scheme, lang, async (context) => {
          const { page, ax } = await openSidebar(context, VOI.url, size);
          // Further down the quotes: the last comparison's lower part, its other outlets' wordings and "Salin perbandingan".
          await ax.find('button', /Salin perbandingan/);
          await ax.box((await ax.all('button', /Salin perbandingan/)).at(-1)!);
          await save(page, `comparison-${size.width}${suffix}.png`);
          // The bottom of the panel: the timeline, other coverage, and why Jejak appeared, unfolded.
          await ax.click(await ax.find('DisclosureTriangle', /Mengapa/));
          await ax.close();
          // The unfolded line is focused: End scrolls the panel to its foot.
          await page.keyboard.press('End');
          await save(page, `timeline-${size.width}${suffix}.png`);
        });
        await withBrowser(server.port, scheme, lang, async (context) => {
          const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
          const page = await context.newPage();
          await page.setViewportSize(size);
          await page.goto(`chrome-extension://${new URL(worker.url()).host}/welcome.html`);
          await page.getByRole('radio').first().waitFor();
          // The whole page: the sample article's link is at its foot.
          await save(page, `welcome-${size.width}${suffix}.png`, true);
        });
      }
      if (lang === 'en' && scheme === 'dark') continue;
      await withBrowser(server.port, scheme, lang, async (context) => {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        const page = await context.newPage();
        await page.goto(NOTHING_YET.url);
        // Coverage with nothing to show: no launcher comes, so the popup is asked once the page has settled.
        await page.waitForTimeout(2_500);
        const popup = await ActionPopup.open(context, worker, page);
        await popup.colorScheme(scheme);
        await popup.waitFor(`document.querySelector('.popup-status-analyzed')`);
        const file = join(OUT, `popup-empty${suffix}.png`);
        writeFileSync(file, await popup.screenshot());
        console.log(file);
        await popup.close();
      });
    }
  }
} finally {
  server.close();
}
