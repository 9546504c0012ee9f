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

/** Larger than any saved news page, images inlined included. */
export const MAX_PAGE_CHARS = 20_000_000;
/** Element nesting a saved page may have. News templates nest 20 to 60
 * levels; Readability's work grows with the square of the depth (under
 * linkedom 512 levels take 0.8 s, 2,500 levels 56 s), so a deeper page is
 * refused instead of stalling the whole build. */
export const MAX_NESTING_DEPTH = 256;

/** A saved page Jejak will not read, with the reason in words. */
export class PageTooLargeError extends Error {
  override name = 'PageTooLargeError';
}

/** Elements whose end tag may be left out, and void elements: neither nests
 * by its start tag alone, so the quick count below does not count them. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt',
  'html', 'head', 'body',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>|<!--/g;

/** How deep the page's tags nest, counted on the text before parsing (the
 * parse itself is quadratic in depth under linkedom: 100,000 levels take 6 s). */
export function tagNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', TAG.lastIndex);
      TAG.lastIndex = close < 0 ? html.length : close + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!NOT_NESTING.has(name) && depth > 0) depth--;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = TAG.lastIndex;
      const close = end.exec(html);
      TAG.lastIndex = close ? close.index : html.length;
      continue;
    }
    if (m[3] || NOT_NESTING.has(name)) continue;
    depth++;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** The deepest element of a parsed document, walked without recursion. */
function elementDepth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_NESTING_DEPTH) return deepest;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The page as a DOM Document; throws PageTooLargeError for a page too large or too deep to read. */
export function documentFromHtml(html: string): Document {
  if (html.length > MAX_PAGE_CHARS) {
    throw new PageTooLargeError(`page of ${html.length.toLocaleString('en')} characters: larger than the ${MAX_PAGE_CHARS.toLocaleString('en')} a saved page may have`);
  }
  const tooDeep = (depth: number) =>
    new PageTooLargeError(`elements nested ${depth > MAX_NESTING_DEPTH * 4 ? `more than ${(MAX_NESTING_DEPTH * 4).toLocaleString('en')}` : depth} levels deep: more than the ${MAX_NESTING_DEPTH} a page is read to`);
  const tags = tagNestingDepth(html);
  if (tags > MAX_NESTING_DEPTH) throw tooDeep(tags);
  const document = (parseHTML(html) as unknown as { document: Document }).document;
  const depth = document.documentElement ? elementDepth(document.documentElement) : 0;
  if (depth > MAX_NESTING_DEPTH) throw tooDeep(depth);
  return document;
}

/** The article of a saved page; `url` is where it came from, else the address the page states. */
export function pageFromHtml(html: string, url?: string): PageArticle | undefined {
  return readArticle(documentFromHtml(html), url);
}

/** A saved page → an index Article, or the reason it has none. */
export function articleFromHtml(html: string, options: { id: string; file?: string; url?: string }): Article | string {
  let page: PageArticle | undefined;
  try {
    page = pageFromHtml(html, options.url);
  } catch (error) {
    if (error instanceof PageTooLargeError) return error.message;
    throw error;
  }
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
