/**
 * A saved news page (.html) → Article, for the index builder: Readability
 * finds the article body, OpenGraph / JSON-LD give title, outlet and date,
 * and "Baca juga" link paragraphs are left out.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { articleFromParts } from '../lib/seed/parse';
import type { Article } from '../lib/types';

const NOT_BODY = /^(?:Baca|Simak|Lihat)\s+[Jj]uga\b|^(?:Berita Terkait|Terpopuler|Bagikan|Tags?:)/;

function meta(document: Document, selector: string): string | undefined {
  return document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

function jsonLd(document: Document): Record<string, unknown> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data]) {
        if (item && typeof item === 'object' && /Article/.test(String((item as Record<string, unknown>)['@type']))) return item as Record<string, unknown>;
      }
    } catch {
      // A broken JSON-LD block is the page's problem; the other metadata still counts.
    }
  }
  return undefined;
}

export function articleFromHtml(html: string, options: { id: string; file?: string }): Article | string {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const ld = jsonLd(document);
  const publisher = ld?.publisher as { name?: string } | undefined;
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  if (!parsed?.content) return 'no article text found in this page';
  const { document: body } = parseHTML(`<html><body>${parsed.content}</body></html>`) as unknown as { document: Document };
  const paragraphs = [...body.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t && !NOT_BODY.test(t));
  if (!paragraphs.length) return 'no article text found in this page';
  const date = (typeof ld?.datePublished === 'string' ? ld.datePublished : undefined) ?? meta(document, 'meta[property="article:published_time"]');
  return articleFromParts({
    id: options.id,
    file: options.file,
    paragraphs,
    title: (typeof ld?.headline === 'string' ? ld.headline : undefined) ?? meta(document, 'meta[property="og:title"]') ?? parsed.title ?? undefined,
    outlet: publisher?.name ?? meta(document, 'meta[property="og:site_name"]'),
    url: meta(document, 'meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    publishedAt: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined,
  });
}
