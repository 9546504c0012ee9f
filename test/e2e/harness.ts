/**
 * Fixture pages served under the real news hostnames: an HTTPS server on
 * 127.0.0.1 with a certificate made for the run, and Chromium told to resolve
 * every hostname to it. The extension is the unchanged production build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** URL path → fixture file, per hostname (subdomains included). */
export const ROUTES: Record<string, Record<string, string>> = {
  'voi.id': { '/berita/289123/sekjen-nato-ukraina-membuat-kemajuan-dalam-serangan-balasan': 'voi/sekjen-nato-ukraina-membuat-kemajuan.html' },
  'detik.com': { '/sepakbola/euro-2024/d-7401234/timnas-ukraina-tekuk-slovakia-jaga-asa-ke-babak-16-besar': 'detik/timnas-ukraina-euro.html' },
};

export interface FixtureServer { port: number; requests: string[]; close(): void }

export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '2', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const requests: string[] = [];
  const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(host + path);
    const site = Object.keys(ROUTES).find((h) => host === h || host.endsWith('.' + h));
    const file = site ? ROUTES[site]![path] : undefined;
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(ROOT, 'test/fixtures/pages', file)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, requests, close: () => server.close() };
}

export async function launchChromium(port: number, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jejak-profile-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    colorScheme,
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
    ],
  });
}
