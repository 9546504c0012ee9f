/**
 * Hostile pages for the browser tests, generated from the fixture pages (a
 * real NATO article and a sports page Jejak leaves alone), never copied by
 * hand: each case adds one thing a page may do to its guests. The fixture
 * server (harness.ts) serves case NAME of page P at P's own URL with
 * `?jejak-hostile=NAME`, so every case lives under a real outlet hostname.
 *
 * Every case also installs PROBE first thing: it records what the page can
 * learn of Jejak (window messages, a readable shadow root, the console) in
 * `window.__hostile`, which the tests read.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { fixturePage, type FixturePage } from './harness';

export const HOSTILE_PARAM = 'jejak-hostile';

/** Runs before anything of Jejak's: records every window message, console call and page error. */
const PROBE = `<script>
window.__hostile = { messages: [], console: [], errors: [] };
addEventListener('message', (e) => { try { __hostile.messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)); } catch (x) { __hostile.messages.push(String(e.data)); } }, true);
for (const k of ['log', 'info', 'warn', 'error', 'debug']) { const f = console[k]; console[k] = (...a) => { __hostile.console.push(a.map(String).join(' ')); return f.apply(console, a); }; }
addEventListener('error', (e) => __hostile.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => __hostile.errors.push(String(e.reason)));
</script>`;

export interface HostileCase {
  name: string;
  /** The fixture page it is made from. */
  base: FixturePage;
  /** What it does, for the test's name. */
  does: string;
  /** Markup added at the start of <head>, after the probe. */
  head?: string;
  /** Markup added at the end of <body>. */
  body?: string;
  /** Served as XHTML (application/xhtml+xml), with everything its <head> held moved to the start of <body> and no <head> at all. */
  xhtmlWithoutHead?: boolean;
  /** Response headers: besides the content type (a Content-Security-Policy), or instead of it (a charset that is not the page's). */
  headers?: Record<string, string>;
  /** Curly quotation marks around the article's quotes, as many CMSs write them: text that changes when its bytes are read in the wrong encoding. */
  curlyQuotes?: boolean;
  /** The encoding the page's bytes are written in (UTF-8 unless said), whatever its header or `<meta charset>` says. */
  bytes?: 'windows-1252';
}

const coverage = () => fixturePage('voi', 'sekjen-nato-ukraina-membuat-kemajuan');
/** What six tabs opened together show: six coverage pages, each with quotes other outlets reported, no two the same article. */
export const sixTabs = (): FixturePage[] => [
  fixturePage('antara', 'stoltenberg-nato-ambil-alih-koordinasi-bantuan'),
  fixturePage('cnnindonesia', 'menhan-nato-setujui-peta-jalan-bantuan-ukraina'),
  fixturePage('suara', 'sekjen-nato-semua-upaya-ukraina-lebih-kuat'),
  fixturePage('liputan6', 'rutte-pusat-pelatihan-nato-ukraina-polandia'),
  fixturePage('tempo', 'ktt-nato-washington-paket-substansial-ukraina'),
  coverage(),
];
const leftAlone = () => fixturePage('detik', 'timnas-ukraina-euro');

export function hostileCases(): HostileCase[] {
  return [
    { name: 'probe', base: coverage(), does: 'reads the sidebar, presses its buttons with synthetic events and listens for Jejak announcing itself' },
    { name: 'probe-negative', base: leftAlone(), does: 'listens for Jejak on a page Jejak leaves alone' },
    {
      name: 'z-index',
      base: coverage(),
      does: 'covers the right edge with ad rails at the highest z-index, before and after Jejak',
      body: `<div id="rail-before" style="position:fixed;top:0;right:0;bottom:0;width:480px;z-index:2147483647;background:rgba(200,0,0,.3)"></div>
<script>setTimeout(() => { const d = document.createElement('div'); d.id = 'rail-after'; d.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,200,.2)'; document.body.append(d); }, 2500);</script>`,
    },
    {
      name: 'page-popover',
      base: coverage(),
      does: 'opens a popover of its own over the right edge, in the top layer, after Jejak',
      body: `<script>setTimeout(() => { const d = document.createElement('div'); d.id = 'page-popover'; d.popover = 'manual'; d.style.cssText = 'position:fixed;inset:0 0 0 auto;width:480px;height:100vh;margin:0;border:0;background:rgba(0,120,0,.3)'; document.body.append(d); d.showPopover(); }, 2500);</script>`,
    },
    {
      name: 'transform',
      base: coverage(),
      does: 'puts a transform on <body> and makes the page long',
      head: '<style>body { transform: translateZ(0); } article::after { content: ""; display: block; height: 4000px; }</style>',
    },
    {
      name: 'rtl',
      base: coverage(),
      does: 'sets direction: rtl, a huge font and colours on the root',
      head: '<style>html { direction: rtl; font: 40px/3 serif; color: red; letter-spacing: 10px; text-transform: uppercase; visibility: visible; }</style>',
    },
    {
      name: 'tag-name',
      base: coverage(),
      does: 'defines an element with Jejak\'s host tag name, with a shadow root of its own',
      head: `<script>customElements.define('jejak-sidebar', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<b>page</b>'; } });</script>`,
    },
    {
      name: 'no-head',
      base: coverage(),
      does: 'removes <head> once the page has loaded',
      body: `<script>addEventListener('load', () => setTimeout(() => document.head && document.head.remove(), 1500));</script>`,
    },
    {
      name: 'xhtml',
      base: coverage(),
      does: 'is served as XHTML, without a <head> from the start',
      xhtmlWithoutHead: true,
    },
    {
      name: 'strict-csp',
      base: coverage(),
      does: 'serves a strict Content-Security-Policy with Trusted Types required (only its own inline scripts run; no style, image, font or connection)',
      headers: { 'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'" },
    },
    {
      name: 'tampered-builtins',
      base: coverage(),
      does: 'replaces Array.prototype.map, JSON.parse, Promise, fetch, attachShadow, showPopover and addEventListener with functions that throw',
      head: `<script>
{
  const boom = () => { throw new Error('page says no'); };
  Array.prototype.map = boom;
  JSON.parse = boom;
  window.Promise = boom;
  window.fetch = boom;
  Element.prototype.attachShadow = boom;
  HTMLElement.prototype.showPopover = boom;
  EventTarget.prototype.addEventListener = boom;
}
</script>`,
    },
    {
      name: 'unset-everything',
      base: coverage(),
      does: 'unsets every property of every element, and hides every element of the page\'s own',
      head: '<style>* { all: unset !important; } body * { display: none !important; }</style>',
    },
    {
      name: 'xss-bait',
      base: coverage(),
      does: 'puts markup that runs script in its title, description and a quote (as text: a page\'s words that only do harm if made into HTML)',
      head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Sekjen NATO <img src=x onerror=window.__xss=1> Ukraina Membuat Kemajuan","datePublished":"2023-06-14T08:00:00+07:00","publisher":{"name":"VOI"}}</script><meta name="description" content="&lt;b onmouseover=window.__xss=2&gt;NATO&lt;/b&gt; Ukraina">`,
      body: `<script>
{
  const p = document.createElement('p');
  p.textContent = '"Kami tidak akan membiarkan <img src=x onerror=window.__xss=3> <svg onload=window.__xss=4> terjadi di Ukraina," kata Stoltenberg kepada wartawan.';
  document.querySelector('article').append(p);
}
</script>`,
    },
    {
      name: 'forged-events',
      base: coverage(),
      does: 'forges WXT\'s location-change and script-started events and pushes the same address in a loop',
      body: `<script>
const FORGERIES = ${FORGERIES};
setTimeout(() => {
  let n = 0;
  const t = setInterval(() => {
    window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: new URL(location.href), oldUrl: new URL(location.href) } }));
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: String(n) }, '*');
    history.pushState({}, '', location.href);
    if (++n >= FORGERIES) {
      clearInterval(t);
      window.__forgeriesDone = true;
    }
  }, 10);
}, 1500);
</script>`,
    },
    {
      name: 'iframes',
      base: coverage(),
      does: `adds ${IFRAMES} frames: ad frames from its own host showing the article page itself, and srcdoc frames holding its headline, metadata and quotes`,
      body: `<div id="frames"></div>
<script>
{
  const article = document.querySelector('article');
  const doc = '<!doctype html><html><head><title>' + document.title + '</title>' + [...document.querySelectorAll('meta, script[type="application/ld+json"]')].map((e) => e.outerHTML).join('') + '</head><body>' + article.outerHTML + '</body></html>';
  const frames = document.getElementById('frames');
  for (let i = 0; i < ${IFRAMES}; i++) {
    const f = document.createElement('iframe');
    f.width = '300'; f.height = '60';
    if (i % ${IFRAMES / SAME_HOST_FRAMES} === 0) f.src = location.pathname + '#ad-' + i;
    else f.srcdoc = doc;
    frames.append(f);
  }
}
</script>`,
    },
    {
      name: 'mutating-body',
      base: coverage(),
      does: 'replaces a ticker in its <body> every 10 ms, for as long as it is open',
      body: `<script>
{
  let n = 0;
  setInterval(() => {
    const ticker = document.createElement('div');
    ticker.className = 'ticker';
    ticker.textContent = 'IHSG ' + (7000 + (n++ % 97)) + ' · USD/IDR ' + (15000 + (n % 13));
    document.querySelector('body > .ticker')?.remove();
    document.body.append(ticker);
    window.__tickerChanges = n;
  }, 10);
}
</script>`,
    },
    {
      name: 'curly-quotes',
      base: coverage(),
      does: 'writes its quotes in curly quotation marks, its bytes UTF-8 and labelled so (the page the mislabeled ones are read against)',
      curlyQuotes: true,
    },
    {
      name: 'utf8-labelled-windows-1252',
      base: coverage(),
      does: 'sends UTF-8 bytes (curly quotation marks, a dash) under a Content-Type header saying windows-1252',
      curlyQuotes: true,
      headers: { 'content-type': 'text/html; charset=windows-1252' },
    },
    {
      name: 'windows-1252-labelled-utf8',
      base: coverage(),
      does: 'sends windows-1252 bytes (curly quotation marks, a dash) under its own <meta charset="utf-8">',
      curlyQuotes: true,
      bytes: 'windows-1252',
      headers: { 'content-type': 'text/html' },
    },
    {
      name: 'comments',
      base: coverage(),
      does: 'follows the article with a thread of 20,000 comment paragraphs in one container',
      body: commentThread(20_000),
    },
    {
      name: 'late-body-ticker',
      base: coverage(),
      does: 'brings its article body in at 1.5 s while a ticker elsewhere changes every 10 ms',
      body: `<div id="ticker" aria-live="off"></div>
<script>
{
  const article = document.querySelector('article');
  const at = article.nextSibling;
  article.remove();
  const ticker = document.getElementById('ticker');
  let n = 0;
  setInterval(() => { ticker.textContent = 'IHSG ' + (7000 + (n++ % 97)) + ' · USD/IDR ' + (15000 + (n % 13)); }, 10);
  setTimeout(() => document.body.insertBefore(article, at), 1500);
}
</script>`,
    },
    {
      name: 'push-state-loop',
      base: coverage(),
      does: 'rewrites its address in a loop during load: 300 new query strings at once, then one every 10 ms for 4 s',
      body: `<script>
{
  const base = location.pathname + location.search;
  for (let i = 0; i < 300; i++) history.pushState({}, '', base + '&utm_content=' + i);
  let n = 0;
  const t = setInterval(() => {
    history.pushState({}, '', base + '&utm_term=' + n + '#p' + n);
    if (++n >= 400) { clearInterval(t); history.pushState({}, '', base); }
  }, 10);
}
</script>`,
    },
    {
      name: 'push-state-bursts',
      base: coverage(),
      does: 'pushes bursts of other article addresses during load, every 300 ms for 3 s, then comes back to its own',
      body: `<script>
{
  const own = location.pathname + location.search;
  let round = 0;
  const t = setInterval(() => {
    for (let i = 0; i < 50; i++) history.pushState({}, '', '/berita/' + (290000 + round * 50 + i) + '/artikel-lain');
    if (++round >= 10) { clearInterval(t); history.pushState({}, '', own); }
  }, 300);
}
</script>`,
    },
    {
      name: 'shadow-article',
      base: coverage(),
      does: 'moves its article body into an open shadow root of a web component, before Jejak looks',
      body: `<script>
{
  const article = document.querySelector('article');
  const host = document.createElement('news-article');
  article.replaceWith(host);
  host.attachShadow({ mode: 'open' }).append(article);
}
</script>`,
    },
    {
      name: 'invisible-characters',
      base: coverage(),
      does: 'puts zero-width spaces, soft hyphens and combining grapheme joiners inside the article\'s words, against copying',
      body: `<script>
{
  const marks = ['\\u200B', '\\u00AD', '\\u034F'];
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    t.nodeValue = t.nodeValue.replace(/[A-Za-z]{6,}/g, (w) => w.slice(0, 3) + marks[n++ % marks.length] + w.slice(3));
  }
}
</script>`,
    },
    {
      name: 'deep-article',
      base: coverage(),
      does: `nests its article ${DEEP_ARTICLE_LEVELS.toLocaleString('en')} elements deep`,
      body: `<script>
{
  const article = document.querySelector('article');
  let inner = document.createElement('div');
  const outer = inner;
  for (let i = 1; i < ${DEEP_ARTICLE_LEVELS}; i++) inner = inner.appendChild(document.createElement('div'));
  article.replaceWith(outer);
  inner.append(article);
}
</script>`,
    },
  ];
}

/** The quotes a sidebar shows as the page's own ("This article": in curly quotation marks; other outlets' words are shown as differences, unquoted). */
export function ownQuotes(panelText: string): string[] {
  return [...panelText.matchAll(/\u201C([^\u201D]+)\u201D/g)].map((m) => m[1]!);
}

/** Text as a reader compares it: one space between words. */
export const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Signs of text decoded with the wrong encoding: UTF-8's quotation marks and dashes read as windows-1252 (â€œ, â€”), or bytes UTF-8 cannot read (U+FFFD). */
export const MOJIBAKE = /\u00E2\u20AC|\uFFFD/;

/** How many times the forged-events case forges each event (it sets `window.__forgeriesDone` after the last): the count that drove 300 messages to the background in 3 s. */
const FORGERIES = 300;

/** How many frames the iframes case adds: a page of embeds and ads at its worst. */
const IFRAMES = 500;
/** Of them, how many load the article page itself from its own host (each a full page; the rest are srcdoc). */
const SAME_HOST_FRAMES = 10;

/** How deep the deep-article case nests its article: the depth that held the main thread for most of a second before Readability was given a bounded copy. */
const DEEP_ARTICLE_LEVELS = 2_500;

/** A comment thread after the article: one container of `count` paragraphs, as a page that loads every comment at once has it. */
function commentThread(count: number): string {
  const comments: string[] = [];
  for (let i = 1; i <= count; i++) comments.push(`<p>Komentar ${i}: menurut saya perang ini harus segera berakhir dan semua pihak kembali ke meja perundingan.</p>`);
  return `<section class="tanggapan"><h2>Tanggapan pembaca</h2>${comments.join('')}</section>`;
}

/** The HTML of a case: its base page with the probe and the case's additions. */
export function hostileHtml(c: HostileCase): string {
  const source = readFileSync(c.base.html, 'utf8');
  const html = c.curlyQuotes ? withCurlyQuotes(source) : source;
  const page = html.replace('<head>', `<head>${PROBE}${c.head ?? ''}`).replace(/<\/body>|$/, (end) => `${c.body ?? ''}${end}`);
  return c.xhtmlWithoutHead ? xhtmlWithoutHead(page) : page;
}

/** The bytes a case is served as: its HTML in the encoding it says it is written in. */
export function hostileBody(c: HostileCase): Buffer {
  const html = hostileHtml(c);
  return c.bytes === 'windows-1252' ? windows1252(html) : Buffer.from(html, 'utf8');
}

/** The page with its article's straight quotation marks ("…") made curly (“…”). */
function withCurlyQuotes(html: string): string {
  const dom = new JSDOM(html);
  const { document, NodeFilter } = dom.window;
  const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) t.nodeValue = t.nodeValue!.replace(/"([^"]*)"/g, '\u201C$1\u201D');
  return dom.serialize();
}

/** Windows-1252's bytes 0x80–0x9F, in order (U+0000 where a byte is unassigned); the others are Latin-1's. Node has no windows-1252 encoder, and its decoder reads these bytes as Latin-1. */
const WINDOWS_1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** Text as windows-1252 bytes (Node writes no such encoding). */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    const high = WINDOWS_1252_HIGH.indexOf(ch);
    if (code !== 0 && high >= 0) return 0x80 + high;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`windows-1252 has no byte for U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }));
}

/** The response headers a case is served with. */
export function hostileHeaders(c: HostileCase): Record<string, string> {
  return { 'content-type': c.xhtmlWithoutHead ? 'application/xhtml+xml; charset=utf-8' : 'text/html; charset=utf-8', ...c.headers };
}

/** An HTML page as well-formed XHTML with no <head>: what it held (title, metadata, the probe) first in <body>. */
function xhtmlWithoutHead(html: string): string {
  const { document, XMLSerializer } = new JSDOM(html).window;
  document.body.prepend(...document.head.childNodes);
  document.head.remove();
  return `<?xml version="1.0" encoding="utf-8"?>\n${new XMLSerializer().serializeToString(document)}`;
}

export function hostileUrl(c: HostileCase): string {
  const url = new URL(c.base.url);
  url.searchParams.set(HOSTILE_PARAM, c.name);
  return url.href;
}

/**
 * Waits until `count` (the analyses the background was asked for) has not
 * changed for `quietMs`: a page that changed its address hundreds of times
 * has Jejak's last look come after the browser has reported every change,
 * which on a busy machine can be seconds after the page itself went quiet.
 * Returns the count it settled on.
 */
export async function settledCount(count: () => Promise<number>, quietMs = 3_000, timeoutMs = 30_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = await count();
  let since = Date.now();
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return now;
  }
  throw new Error(`the analyses never stopped coming: ${last} after ${timeoutMs} ms`);
}
