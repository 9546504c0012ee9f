/**
 * npm run screenshots — the sidebar as readers see it, in the windows
 * browsers really have (1366 and 1024 pixels wide) on two outlets, light and
 * dark, Indonesian and English. Saved to docs/screenshots/ for the README. Uses the
 * same production build, fixture pages and real hostnames as the browser
 * tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, fixturePage, startFixtureServer } from '../test/e2e/harness';
import { AXPage } from '../test/e2e/ax';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const SHOTS = [
  { name: 'voi', page: fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan') },
  { name: 'liputan6', page: fixturePage('liputan6', 'rutte-pusat-pelatihan-nato-ukraina-polandia') },
];
/** Common laptop windows: what the page and the panel share. Heights leave room for the browser's own bars. */
const WINDOWS = [
  { width: 1366, height: 650 },
  { width: 1024, height: 650 },
];
const LANGUAGES = ['id', 'en'] as const;

async function launch(port: number, colorScheme: 'light' | 'dark', lang: string): Promise<BrowserContext> {
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

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
try {
  for (const lang of LANGUAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = `${lang === 'id' ? '' : '-en'}-${scheme}`;
      for (const shot of SHOTS) {
        for (const size of WINDOWS) {
          // A fresh profile per picture: a first visit, as a new reader has it (the library keeps what was read).
          const context = await launch(server.port, scheme, lang);
          try {
            const page = await context.newPage();
            await page.setViewportSize(size);
            await page.goto(shot.page.url);
            // The sidebar's shadow root is closed: its controls are found as assistive technology finds them.
            const ax = await AXPage.of(page);
            await ax.click(await ax.find('button', /^Jejak/, 20_000));
            await ax.find('complementary', /^Jejak/);
            await ax.close();
            await page.waitForTimeout(400);
            const file = join(OUT, `${shot.name}-${size.width}${suffix}.png`);
            await page.screenshot({ path: file });
            console.log(file);
          } finally {
            await context.close();
          }
        }
      }
    }
  }
} finally {
  server.close();
}
