/**
 * The article on a live page → PageArticle, before any UI is mounted.
 * Readability runs on a clone (it rewrites the document it reads); JSON-LD
 * and OpenGraph give headline, date and publisher. Link boxes inside the body
 * ("Baca juga"), most-read lists and tags are not the article.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { PageArticle } from '../../lib/match/types';
import { meta } from './signals';

/** Link lines and widget labels inside the body: "Baca juga:", Tempo's "Baca:" and "Pilihan Editor:", video teasers. */
const NOT_BODY = /^(?:Baca|Simak|Lihat)\s+[Jj]uga\b|^(?:Baca|Pilihan Editor|Artikel Terkait)\s*:|^(?:Simak|Saksikan|Tonton)\s+(?:juga\s+)?Video\b|^(?:Berita Terkait|Terpopuler|Bagikan|Tags?\s*:|ADVERTISEMENT|Scroll to continue)/i;
/** What outlets append to every article, however long: notices and channel promotions. */
const PROMO = /^(?:Dilarang keras mengambil konten|Dapatkan update berita pilihan)|^(?:Follow|Ikuti|Simak)\b.{0,80}\b(?:Google News|WhatsApp Channel|Telegram)\b/i;
/** Closing credits; only a short line is one, a paragraph may well open with "Sumber:". */
const CREDIT = /^(?:Sumber|Pewarta|Penulis|Reporter|Editor|Redaktur|Foto|Video)\s*:|^Copyright\b|©/i;
const CREDIT_MAX_CHARS = 200;
/**
 * Lines that are markers, not text: editors' initials closing a detik, CNN or
 * CNBC article ("(rds/bac)"), Tribun's "(Tribunnews.com/Whiesa)", embed
 * placeholders ("[Gambas:Video CNN]"), Tempo's agency line ("REUTERS | AL JAZEERA").
 */
const MARKER_LINE = /^\([a-z]{2,5}(?:\/[a-z]{2,5})*\)$|^\([\w.]+\.(?:com|co\.id|id)\s*\/[^)]*\)$|^\[Gambas:[^\]]*\]$|^[A-Z][A-Z. ]+(?:\|\s*[A-Z][A-Z. ]+)+$/;
/** A dateline left inside the article's container ("Rabu, 14 Juni 2023 - 09:55 WIB"). */
const DATE_LINE = /^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),\s*\d{1,2}\s+\p{L}+\.?\s+\d{4}\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4},?\s+\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)$/u;
const DATE_LINE_MAX_CHARS = 60;
/**
 * Blocks that sit inside an article's container on real pages but are not
 * its text. Removed before Readability runs, because its output no longer
 * carries the classes that tell them apart.
 */
const NOISE = [
  'figure', 'figcaption', '[class*="caption"]',
  // Link boxes: their headlines are long enough, and quote enough, to pass for paragraphs.
  '[class*="baca-juga"]', '[class*="bacajuga"]', '[class*="baca_juga"]', '[class*="linksisip"]',
  '[class*="comment"]', '[class*="komentar"]', '[id*="comment"]',
].join(', ');
/** Photo blocks by class name: holding an image and little text, that text is a caption or credit. */
const PHOTO_BLOCK = ['[class*="img"]', '[class*="image"]', '[class*="photo"]', '[class*="foto"]', '[class*="picture"]'].join(', ');
const CAPTION_MAX_CHARS = 300;
/** Past this, a page is not an article anyone reads; the engine gets the first part only. */
const MAX_PARAGRAPHS = 200;
const MAX_CHARS = 100_000;

function jsonLdArticle(document: Document): Record<string, unknown> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const items = Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])];
      for (const item of items) {
        if (item && typeof item === 'object' && /Article/.test(String((item as Record<string, unknown>)['@type']))) return item as Record<string, unknown>;
      }
    } catch {
      // Broken JSON-LD is the page's; the other metadata still counts.
    }
  }
  return undefined;
}

function isFurniture(text: string): boolean {
  return NOT_BODY.test(text) || PROMO.test(text) || MARKER_LINE.test(text)
    || (text.length <= CREDIT_MAX_CHARS && CREDIT.test(text))
    || (text.length <= DATE_LINE_MAX_CHARS && DATE_LINE.test(text));
}

/** Removes, from a copy about to go to Readability, what sits in article containers without being article. */
function dropNoise(clone: Document): void {
  for (const el of clone.querySelectorAll(NOISE)) {
    // A template that puts such a class on the article's own wrapper must not lose the article.
    if (!el.querySelector('h1, article, [itemprop="articleBody"]')) el.remove();
  }
  for (const el of clone.querySelectorAll(PHOTO_BLOCK)) {
    if (el.isConnected && el.querySelector('img, picture') && (el.textContent ?? '').trim().length < CAPTION_MAX_CHARS) el.remove();
  }
}

/** More paragraphs than any article has: a live blog left running, an
 * archive on one page, or a page built to be heavy. */
const HUGE_PAGE_PARAGRAPHS = 1_000;
/** What a huge page's copy keeps of its article container. */
const HUGE_PAGE_KEPT_CHILDREN = 2 * MAX_PARAGRAPHS;

/**
 * The copy Readability works on. Usually the whole document; on a huge page,
 * only its head, its headline and the start of the container that holds the
 * most of its first paragraphs, with that container's ancestors (their class
 * names are what Readability scores). Cloning and scoring twenty thousand
 * paragraphs to keep the first two hundred would freeze the page for a second.
 */
function readableCopy(document: Document): Document {
  const paragraphs = document.getElementsByTagName('p');
  if (paragraphs.length <= HUGE_PAGE_PARAGRAPHS) return document.cloneNode(true) as Document;
  const perParent = new Map<Element, number>();
  for (let i = 0; i < MAX_PARAGRAPHS; i++) {
    const parent = paragraphs[i]?.parentElement;
    if (parent) perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
  }
  let container: Element = document.body;
  let most = 0;
  for (const [parent, count] of perParent) {
    if (count > most) [container, most] = [parent, count];
  }
  const copy = document.implementation.createHTMLDocument('');
  copy.head.replaceWith(copy.importNode(document.head, true));
  // The container's ancestors, shallow, from <body> down.
  let parent: Element = copy.body;
  const chain: Element[] = [];
  for (let el = container.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) chain.unshift(el);
  for (const ancestor of chain) parent = parent.appendChild(copy.importNode(ancestor, false));
  const headline = document.querySelector('h1');
  if (headline && !container.contains(headline)) parent.appendChild(copy.importNode(headline, true));
  const kept = container === document.body ? copy.body : parent.appendChild(copy.importNode(container, false));
  for (let child = container.firstElementChild, n = 0; child && n < HUGE_PAGE_KEPT_CHILDREN; child = child.nextElementSibling, n++) {
    kept.appendChild(copy.importNode(child, true));
  }
  return copy;
}

export function extractArticle(document: Document, url?: string): PageArticle | undefined {
  const clone = readableCopy(document);
  if (!isProbablyReaderable(clone)) return undefined;
  dropNoise(clone);
  // The article comes back as the cloned element itself: no HTML string is
  // made and parsed again, so nothing from the page is ever turned into markup.
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const container = parsed?.content as Element | null | undefined;
  if (!parsed || !container) return undefined;
  const paragraphs: string[] = [];
  let chars = 0;
  for (const p of container.querySelectorAll('p, li, blockquote')) {
    if (p.closest('li, blockquote') !== p && p.tagName === 'P' && p.parentElement?.closest('li, blockquote')) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || (p.tagName === 'LI' && text.length < 80) || isFurniture(text)) continue;
    paragraphs.push(text);
    chars += text.length;
    if (paragraphs.length >= MAX_PARAGRAPHS || chars >= MAX_CHARS) break;
  }
  if (!paragraphs.length) return undefined;
  const ld = jsonLdArticle(document);
  const date = (typeof ld?.datePublished === 'string' ? ld.datePublished : undefined) ?? meta(document, 'meta[property="article:published_time"]');
  const publisher = ld?.publisher as { name?: unknown } | undefined;
  return {
    url,
    title: (typeof ld?.headline === 'string' ? ld.headline : undefined) ?? meta(document, 'meta[property="og:title"]') ?? parsed.title ?? undefined,
    outlet: (typeof publisher?.name === 'string' ? publisher.name : undefined) ?? meta(document, 'meta[property="og:site_name"]'),
    publishedAt: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined,
    description: meta(document, 'meta[name="description"]'),
    paragraphs,
  };
}
