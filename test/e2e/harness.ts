/**
 * Fixture pages served under the real news hostnames: an HTTPS server on
 * 127.0.0.1 with a certificate made for the run, and Chromium told to resolve
 * every hostname to it. The extension is the unchanged production build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext } from 'playwright-core';
import { HOSTILE_PARAM, hostileBody, hostileCases, hostileHeaders } from './hostile-pages';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

const PAGES_DIR = join(ROOT, 'test/fixtures/pages');

/** A fixture page: `<outlet>/<slug>.html` beside `<slug>.json`, whose `url` is
 * where the page lives on the real site and so where the server answers it. */
export interface FixturePage {
  outlet: string;
  slug: string;
  url: string;
  html: string;
  expected: Record<string, unknown>;
}

export function fixturePages(): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const outlet of readdirSync(PAGES_DIR).sort()) {
    for (const file of readdirSync(join(PAGES_DIR, outlet)).filter((f) => f.endsWith('.json')).sort()) {
      const slug = file.slice(0, -'.json'.length);
      const spec = JSON.parse(readFileSync(join(PAGES_DIR, outlet, file), 'utf8')) as { url: string; expected: Record<string, unknown> };
      pages.push({ outlet, slug, url: spec.url, expected: spec.expected, html: join(PAGES_DIR, outlet, `${slug}.html`) });
    }
  }
  return pages;
}

export function fixturePage(outlet: string, slug: string): FixturePage {
  const page = fixturePages().find((p) => p.outlet === outlet && p.slug === slug);
  if (!page) throw new Error(`No fixture page ${outlet}/${slug}`);
  return page;
}

/** A message of the production build's, in every language it has (the browser picks one): what a test finds on screen. */
export function builtWordings(key: string, extensionDir = EXTENSION_DIR): string[] {
  return ['id', 'en'].map((lang) => {
    const messages = JSON.parse(readFileSync(join(extensionDir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string } | undefined>;
    const message = messages[key]?.message;
    if (message === undefined) throw new Error(`no message "${key}" in the ${lang} build`);
    return message;
  });
}

/** A news site that is none of the built-in outlets: it serves every fixture page at its own path, for the tests of a site the reader grants at run time. */
export const OTHER_SITE = 'kabar.example.org';

/** A fixture page's address on OTHER_SITE. */
export function onOtherSite(page: FixturePage): string {
  const u = new URL(page.url);
  return `https://${OTHER_SITE}${u.pathname}`;
}

export interface FixtureServer { port: number; requests: string[]; close(): void }

export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '2', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const requests: string[] = [];
  const routes = new Map(fixturePages().map((p) => {
    const u = new URL(p.url);
    return [u.hostname + u.pathname, p] as const;
  }));
  const byPath = new Map([...routes.values()].map((p) => [new URL(p.url).pathname, p] as const));
  const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(host + path);
    const page = routes.get(host + path) ?? (host === OTHER_SITE ? byPath.get(path) : undefined);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    // A hostile variant of a fixture page (hostile-pages.ts), generated now.
    const hostile = new URLSearchParams((req.url ?? '').split('?')[1] ?? '').get(HOSTILE_PARAM);
    const variant = hostile ? hostileCases().find((c) => c.name === hostile && c.base.url === page.url) : undefined;
    if (variant) {
      res.writeHead(200, hostileHeaders(variant)).end(hostileBody(variant));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(page.html));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, requests, close: () => server.close() };
}

/**
 * Chromium with the production build loaded. `lang` sets Chromium's own
 * language, and so the one the extension speaks (its `_locales` file): on
 * Linux Chromium takes it from LANGUAGE, and shows only English unless
 * Debian's `chromium-l10n` is installed.
 */
export async function launchChromium(
  port: number,
  colorScheme: 'light' | 'dark' = 'light',
  extensionDir = EXTENSION_DIR,
  lang?: 'id' | 'en',
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jejak-profile-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    colorScheme,
    viewport: { width: 1280, height: 860 },
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang } } : {}),
    args: [
      '--no-sandbox', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
  });
}
