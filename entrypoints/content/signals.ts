/**
 * What can be read off a page without touching its body: URL, title and
 * metadata. Cheap enough to run on every outlet page, and free of the
 * extractor's dependencies, so the first look (detector.content.ts) stays small.
 */

export function meta(document: Document, selector: string): string | undefined {
  return document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

export interface PageSignals { url: string; title: string; description?: string; keywords?: string; section?: string; isArticleType: boolean }

/** What can be read without touching the body: cheap enough for every page. */
export function pageSignals(document: Document, url: string): PageSignals {
  return {
    url,
    title: meta(document, 'meta[property="og:title"]') ?? document.title,
    description: meta(document, 'meta[name="description"]') ?? meta(document, 'meta[property="og:description"]'),
    keywords: meta(document, 'meta[name="keywords"]') ?? meta(document, 'meta[name="news_keywords"]'),
    section: meta(document, 'meta[property="article:section"]'),
    isArticleType: meta(document, 'meta[property="og:type"]') === 'article' || !!document.querySelector('script[type="application/ld+json"]')?.textContent?.includes('NewsArticle'),
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
