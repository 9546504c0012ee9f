/**
 * Jejak speaks the browser's language: Chromium started in Indonesian shows
 * the Indonesian UI (which needs Debian's `chromium-l10n`, installed by
 * .ci/run), and in English the English one: the launcher, the sidebar, the
 * real toolbar popup and the options page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Worker } from 'playwright-core';
import { fixturePage, launchChromium, startFixtureServer, type FixtureServer } from './harness';
import { AXPage } from './ax';
import { ActionPopup } from './action-popup';

const VOI = fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan').url;

const EXPECTED = {
  id: {
    launcher: 'Jejak: 4 kutipan juga dimuat media lain',
    panel: /4 kutipan di artikel ini juga dimuat TribunWow\./,
    popup: '4 kutipan di artikel ini juga dimuat media lain.',
    options: 'Pengaturan Jejak',
  },
  en: {
    launcher: 'Jejak: 4 quotes also reported by other outlets',
    panel: /4 quotes in this article were also reported by TribunWow\./,
    popup: '4 quotes in this article were also reported by other outlets.',
    options: 'Jejak settings',
  },
} as const;

describe.each(['id', 'en'] as const)('Jejak in Chromium started in %s', (lang) => {
  let server: FixtureServer;
  let context: BrowserContext;
  let worker: Worker;

  beforeAll(async () => {
    server = await startFixtureServer();
    context = await launchChromium(server.port, 'light', undefined, lang);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it('names the launcher, the sidebar, the popup and the options page in that language', async () => {
    const page = await context.newPage();
    await page.goto(VOI);
    const ax = await AXPage.of(page);
    const launcher = await ax.find('button', /^Jejak/, 20_000);
    expect(launcher.name).toBe(EXPECTED[lang].launcher);

    const popup = await ActionPopup.open(context, worker, page);
    await popup.waitFor(`document.querySelector('.popup-status-analyzed')`);
    expect(await popup.evaluate<string>(`document.querySelector('[role=status]').textContent`)).toContain(EXPECTED[lang].popup);
    expect(await popup.evaluate<string>('document.documentElement.lang')).toBe(lang);
    await popup.close();

    await ax.click(launcher);
    expect(await ax.text(await ax.find('complementary', /^Jejak/))).toMatch(EXPECTED[lang].panel);
    await ax.close();
    await page.close();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await expect.poll(() => options.locator('h1').innerText()).toBe(EXPECTED[lang].options);
    await options.close();
  });
});
