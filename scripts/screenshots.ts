/**
 * npm run screenshots — the sidebar as readers see it, on two outlets, in
 * light and dark, saved to docs/screenshots/ for the README. Uses the same
 * production build, fixture pages and real hostnames as the browser tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixturePage, launchChromium, startFixtureServer } from '../test/e2e/harness';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const SHOTS = [
  { name: 'voi', page: fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan') },
  { name: 'liputan6', page: fixturePage('liputan6', 'rutte-pusat-pelatihan-nato-ukraina-polandia') },
];

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await launchChromium(server.port, scheme);
    try {
      for (const shot of SHOTS) {
        const page = await context.newPage();
        await page.goto(shot.page.url);
        const launcher = page.getByRole('button', { name: /^Jejak/ });
        await launcher.click({ timeout: 20_000 });
        const panel = page.getByRole('complementary', { name: /^Jejak/ });
        await panel.waitFor();
        await page.waitForTimeout(400);
        const file = join(OUT, `${shot.name}-${scheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }
} finally {
  server.close();
}
