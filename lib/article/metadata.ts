/**
 * What a page says about itself without its body being read: URL, title,
 * OpenGraph and other meta tags, the Article in its JSON-LD. Small and free
 * of the reader's dependencies, so the extension's first look (which runs on
 * every outlet page, entrypoints/detector.content.ts) can use it without
 * loading Readability.
 */

/** The content of the first meta tag matching `selector` under `root`. */
export function meta(root: ParentNode, selector: string): string | undefined {
  return root.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

/** Whether the page declares itself one article (OpenGraph type, or a NewsArticle in JSON-LD anywhere on it). */
export function declaresArticle(document: Document): boolean {
  if (meta(document, 'meta[property="og:type"]') === 'article') return true;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (script.textContent?.includes('NewsArticle')) return true;
  }
  return false;
}

/** The first JSON-LD item whose type is some kind of Article, at the top level, in a list or in an `@graph`. */
export function jsonLdArticle(document: Document): Record<string, unknown> | undefined {
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

/** The page's own address as it states it (OpenGraph, then the canonical link). */
export function statedUrl(document: Document): string | undefined {
  return meta(document, 'meta[property="og:url"]') ?? (document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || undefined);
}

export interface PageSignals { url: string; title: string; description?: string; keywords?: string; section?: string }

/**
 * What can be read without touching the body. Only <head> is searched: a
 * selector that finds nothing there would otherwise walk the whole page, on
 * every outlet page a reader opens.
 */
export function pageSignals(document: Document, url: string): PageSignals {
  const head = document.head ?? document;
  return {
    url,
    title: meta(head, 'meta[property="og:title"]') ?? document.title,
    description: meta(head, 'meta[name="description"]') ?? meta(head, 'meta[property="og:description"]'),
    keywords: meta(head, 'meta[name="keywords"]') ?? meta(head, 'meta[name="news_keywords"]'),
    section: meta(head, 'meta[property="article:section"]'),
  };
}

/** Front pages, tag, topic, index and search pages list articles; they are not one. */
export function looksLikeListingUrl(url: string): boolean {
  const path = new URL(url).pathname.replace(/\/+$/, '');
  if (path === '' || path === '/index.html') return true;
  if (/^\/(?:tag|tags|topik|topic|indeks|index|search|cari|kanal|category|kategori)(?:\/|$)/i.test(path)) return true;
  const last = path.split('/').pop() ?? '';
  // Article URLs end in a slug with several words or a numeric id.
  return !(/\d{4,}/.test(path) || last.split('-').length >= 4);
}
