/**
 * Firefox ESR for the browser tests: the unchanged Firefox build (MV2) loaded
 * as a temporary add-on over WebDriver BiDi, and every connection the browser
 * makes sent through a CONNECT proxy started here, which tunnels it to the
 * fixture server. Firefox has no host-resolver switch, so the proxy is what
 * lets the fixture pages live under their real hostnames; it also sees every
 * host Firefox or the extension tries to reach.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer } from './harness';
import { markedLine, shareArgs, shareOfColour } from './highlight-paint';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const FIREFOX_EXECUTABLE = '/usr/bin/firefox-esr';

export interface TunnelProxy {
  port: number;
  /** Every `host:port` asked for with CONNECT, and every plain-HTTP URL, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** An HTTP proxy that answers CONNECT to any host by tunnelling to the fixture
 * server, and refuses plain HTTP (recording it, so stray traffic shows up). */
export async function startTunnelProxy(fixturePort: number): Promise<TunnelProxy> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    requests.push(`http ${req.url ?? ''}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    requests.push(req.url ?? '');
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Preferences on top of puppeteer's own Firefox defaults: everything through
 * the proxy, and Firefox's background services (connectivity checks,
 * telemetry, push, recommendations, update and blocklist fetches) kept quiet. */
function firefoxPrefs(proxyPort: number): Record<string, unknown> {
  return {
    // Remote settings poll their server from the first second; release builds
    // honour this dummy server (which turns syncing off) only in a test
    // environment, see MOZ_DISABLE_NONLOCAL_CONNECTIONS below.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.http3.enable': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'app.update.auto': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.topsites.contile.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.ping-centre.telemetry': false,
    'browser.discovery.enabled': false,
    'browser.contentanalysis.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'identity.fxaccounts.enabled': false,
  };
}

/** Firefox ESR in a fresh temporary profile (puppeteer removes it on close). */
export async function launchFirefox(proxyPort: number, extraPrefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_EXECUTABLE,
    protocol: 'webDriverBiDi',
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: { ...firefoxPrefs(proxyPort), ...extraPrefs },
    // Firefox's own test switch: any connection to a non-local address that
    // bypassed the proxy would fail instead of leaving the machine, and remote
    // settings take the dummy server above.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
}

/** A copy of the Firefox build, made now, for the tests to load and lint: Firefox
 * reads an unpacked add-on's files as it needs them, so a rebuild of .output/
 * while the tests run would otherwise change the add-on under them. */
export function snapshotFirefoxBuild(): string {
  const copy = mkdtempSync(join(tmpdir(), 'jejak-firefox-mv2-'));
  cpSync(FIREFOX_EXTENSION_DIR, copy, { recursive: true });
  return copy;
}

/** The test-only add-on that reads the sidebar's closed shadow root for these tests (see its manifest). */
export const READER_HELPER_DIR = join(ROOT, 'test/e2e/firefox-reader-helper');

/** Firefox ESR running a copy of the Firefox build and the test-only helper, the fixture pages under their real hostnames. */
export interface JejakFirefox {
  browser: Browser;
  /** The copy of the build Firefox loaded, to install again. */
  extensionDir: string;
  extensionId: string;
  close(): Promise<void>;
}

export async function startFirefoxWithJejak(): Promise<JejakFirefox> {
  const extensionDir = snapshotFirefoxBuild();
  const server = await startFixtureServer();
  const proxy = await startTunnelProxy(server.port);
  const browser = await launchFirefox(proxy.port);
  const extensionId = await browser.installExtension(extensionDir);
  await browser.installExtension(READER_HELPER_DIR);
  return {
    browser,
    extensionDir,
    extensionId,
    close: async () => {
      await browser.close();
      await proxy.close();
      server.close();
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/** The sidebar's "read in Jejak" label in each of the extension's locales, so a test does not depend on Firefox's UI language. */
export const OPEN_READER = ['en', 'id'].map((locale) => {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return messages.openReader!.message;
});

/** For a test file's suite: Firefox with Jejak started before its tests and closed after them; the returned function hands it to the tests. */
export function firefoxForSuite(): () => JejakFirefox {
  let firefox: JejakFirefox | undefined;
  beforeAll(async () => {
    firefox = await startFirefoxWithJejak();
  });
  afterAll(async () => {
    await firefox?.close();
  });
  return () => firefox!;
}

/** "Baca di Jejak" in the open sidebar of `page`: the reader page it opens, loaded, as the extension's page. */
export async function openReaderFromSidebar(browser: Browser, page: Page, timeout = 10_000): Promise<Page> {
  const before = new Set(await browser.pages());
  await (await sidebarButton(page, OPEN_READER)).click();
  // WebDriver BiDi reports an extension page's address as about:blank, so the new tab is found by being new.
  let reader: Page | undefined;
  for (const until = Date.now() + timeout; !reader; await new Promise((r) => setTimeout(r, 100))) {
    reader = (await browser.pages()).find((p) => !before.has(p));
    if (!reader && Date.now() > until) throw new Error(`no reader page within ${timeout} ms`);
  }
  await reader.waitForFunction(() => document.readyState === 'complete' && document.body.innerText.includes('TribunWow'), { timeout });
  const address = await reader.evaluate(() => location.href);
  if (!/^moz-extension:\/\/[^/]+\/reader\.html\?id=/.test(address)) throw new Error(`not the reader page: ${address}`);
  return reader;
}

/** Jejak's launcher and open panel in its closed root. */
export const LAUNCHER = 'button[aria-label^="Jejak"]';
export const PANEL = 'aside[aria-label^="Jejak"]';

/** How many launchers and open panels Jejak's closed root holds (through the test-only helper). */
export function sidebarControls(page: Page): Promise<{ launchers: number; panels: number }> {
  return page.evaluate(
    (launcher: string, panel: string) => {
      const root = (window as unknown as { __jejakTestShadowRoot?: () => ShadowRoot | null }).__jejakTestShadowRoot?.();
      return { launchers: root?.querySelectorAll(launcher).length ?? 0, panels: root?.querySelectorAll(panel).length ?? 0 };
    },
    LAUNCHER,
    PANEL,
  );
}

/** The share of the marked quote's first line painted in the highlight's colour, once the smooth scroll to it has ended (highlight-paint.ts). */
export async function highlightPainted(browser: Browser, page: Page): Promise<number> {
  await page.waitForFunction(markedLine, { timeout: 5_000 });
  await new Promise((r) => setTimeout(r, SCROLL_SETTLE_MS));
  const line = (await page.evaluate(markedLine))!;
  const screenshot = await page.screenshot();
  const blank = await browser.newPage();
  try {
    return await blank.evaluate(shareOfColour, shareArgs(screenshot, line));
  } finally {
    await blank.close();
  }
}
/** Longer than the page's smooth scroll to a quote. */
const SCROLL_SETTLE_MS = 1_000;

/** An element in the sidebar's closed shadow root, through the test-only helper add-on; clicks on it are trusted input. */
export async function sidebarElement(page: Page, selector: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (sel: string) => {
      const root = (window as unknown as { __jejakTestShadowRoot?: () => ShadowRoot | null }).__jejakTestShadowRoot?.();
      return root?.querySelector(sel) ?? undefined;
    },
    { timeout },
    selector,
  );
  return handle as ElementHandle<Element>;
}

/** A button in the sidebar's shadow root whose text contains one of `texts`. */
export async function sidebarButton(page: Page, texts: string[]): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (wanted: string[]) => {
      const root = (window as unknown as { __jejakTestShadowRoot?: () => ShadowRoot | null }).__jejakTestShadowRoot?.();
      const buttons = root?.querySelectorAll('button') ?? [];
      return [...buttons].find((b) => wanted.some((w) => (b.textContent ?? '').includes(w))) ?? undefined;
    },
    { timeout: 10_000 },
    texts,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

/** Addresses a page fetches for itself: `src` attributes and `<link href>`s, resolved against it. */
export function subresourcesOf(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\bsrc=["']([^"']+)["']|<link\b[^>]*\bhref=["']([^"']+)["']/gi)) {
    const u = new URL((m[1] ?? m[2])!, pageUrl);
    if (u.protocol === 'https:' || u.protocol === 'http:') found.push(u.hostname + u.pathname);
  }
  return found;
}
