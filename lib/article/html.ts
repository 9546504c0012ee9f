/**
 * Saved pages in Node: HTML text → a DOM Document (linkedom) → the page's
 * article, read by the same reader the extension runs on the live page
 * (lib/article/read.ts). For the index builder and `npm run analyze`; the
 * extension never imports this file (it has the page's own document).
 */
import { parseHTML } from 'linkedom';
import { articleFromParts } from '../seed/parse';
import type { PageArticle } from '../match/types';
import type { Article } from '../types';
import { readArticle } from './read';

export const NO_ARTICLE_TEXT = 'no article text found in this page';

export function documentFromHtml(html: string): Document {
  return (parseHTML(html) as unknown as { document: Document }).document;
}

/** The article of a saved page; `url` is where it came from, else the address the page states. */
export function pageFromHtml(html: string, url?: string): PageArticle | undefined {
  return readArticle(documentFromHtml(html), url);
}

/** A saved page → an index Article, or the reason it has none. */
export function articleFromHtml(html: string, options: { id: string; file?: string; url?: string }): Article | string {
  const page = pageFromHtml(html, options.url);
  if (!page) return NO_ARTICLE_TEXT;
  return articleFromParts({
    id: options.id,
    file: options.file,
    paragraphs: page.paragraphs,
    title: page.title,
    outlet: page.outlet,
    url: page.url,
    publishedAt: page.publishedAt,
  });
}
