/**
 * Reading the article on a page: a DOM Document → PageArticle (url, title,
 * outlet, date, description, paragraphs). The one reader of HTML in Jejak:
 * the extension's content script hands it the live page, the index builder
 * and `npm run analyze` a saved page parsed with linkedom (lib/article/html.ts).
 *
 * Readability finds the article body on a copy (it rewrites the document it
 * reads); JSON-LD and OpenGraph give headline, date and publisher. What sits
 * in the body without being article (lib/article/furniture.ts) is left out.
 * Only DOM types are used, never a global: the document passed in is all it reads.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { PageArticle } from '../match/types';
import { outletForHost, outletNamed } from '../outlets';
import { CAPTION_MAX_CHARS, isFurniture, NOISE_SELECTOR, PHOTO_BLOCK_SELECTOR } from './furniture';
import { declaresArticle, jsonLdArticle, meta, statedUrl } from './metadata';

/** Past this, a page is not an article anyone reads; the engine gets the first part only. */
export const MAX_PARAGRAPHS = 200;
const MAX_CHARS = 100_000;
/** Lines of a list shorter than this are menus and tag lists, not text. */
const LIST_ITEM_MIN_CHARS = 80;

/** Containers an outlet's template puts its article text in. */
const ARTICLE_CONTAINER = [
  'article', '[itemprop="articleBody"]', '[class*="article"]', '[class*="detail"]', '[class*="read__content"]',
  '[class*="post-content"]', '[class*="entry-content"]', '[class*="content-text"]',
].join(', ');
/** Text a page Readability's test refuses needs to be read as an article
 * (a short news item, about 80 words, written in one-sentence paragraphs). */
const MIN_ARTICLE_CHARS = 500;

/**
 * Whether the page is one article worth reading. Readability's own test wants
 * long paragraphs, and refuses the many 150–400-word items outlets publish in
 * one-sentence paragraphs. A page that declares itself an article, or has a
 * headline over a container of enough text, is read as well — 'checked': its
 * body must then come out with enough text, since a declared article whose
 * body is still loading holds only navigation.
 */
function isArticlePage(document: Document, copy: Document): 'yes' | 'checked' | 'no' {
  if (isProbablyReaderable(copy)) return 'yes';
  const declared = declaresArticle(document);
  if (!declared && !copy.querySelector('h1')) return 'no';
  // A listing (an index, a tag page) may declare itself an article too: its
  // text is headlines and links, and Readability, finding too little text
  // in it, would parse it four times over before giving up.
  if (!copy.body || proseChars(copy.body, MIN_ARTICLE_CHARS) < MIN_ARTICLE_CHARS) return 'no';
  if (declared) return 'checked';
  for (const container of copy.querySelectorAll(ARTICLE_CONTAINER)) {
    let chars = 0;
    for (const p of container.querySelectorAll('p')) chars += (p.textContent ?? '').trim().length;
    if (chars >= MIN_ARTICLE_CHARS) return 'checked';
  }
  return 'no';
}

/** Elements whose text is not the article's running prose: headings, navigation, and what is no text at all. */
const NOT_PROSE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'button', 'select', 'script', 'style', 'noscript', 'template']);
/** Elements whose links are read as part of their text: an outlet links names and places inside its sentences. */
const RUNNING_TEXT = new Set(['p', 'li', 'blockquote']);

/** Whether `parent` holds text of its own beside its elements (a sentence a link sits in). */
function hasOwnText(parent: Node | null): boolean {
  for (let c = parent?.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && /\S/.test((c as Text).data)) return true;
  return false;
}

/**
 * Characters of running text under `root` (each text node's spaces
 * collapsed, plus one between nodes), counted until `enough`: text outside
 * headings and navigation, and outside links that stand alone. A link in a
 * paragraph, a list item or a sentence is prose; a listing's links stand
 * alone, each its own headline to another page.
 */
function proseChars(root: Element, enough: number): number {
  let chars = 0;
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length && chars < enough) {
    const [node, inRunningText] = stack.pop()!;
    if (node.nodeType === 3) {
      const length = ((node as Text).data.replace(/\s+/g, ' ').trim()).length;
      if (length) chars += length + 1;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName;
    if (NOT_PROSE.has(name)) continue;
    if (name === 'a' && !inRunningText && !hasOwnText(node.parentNode)) continue;
    const running = inRunningText || RUNNING_TEXT.has(name);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, running]);
  }
  return chars;
}

/** Removes, from a copy about to go to Readability, what sits in article containers without being article. */
function dropNoise(copy: Document): void {
  for (const el of copy.querySelectorAll(NOISE_SELECTOR)) {
    // A template that puts such a class on the article's own wrapper must not lose the article.
    if (!el.querySelector('h1, article, [itemprop="articleBody"]')) el.remove();
  }
  for (const el of copy.querySelectorAll(PHOTO_BLOCK_SELECTOR)) {
    // No `isConnected` test to skip blocks already removed with a parent: linkedom
    // reports every element of a cloned document as disconnected.
    if (el.querySelector('img, picture') && (el.textContent ?? '').trim().length < CAPTION_MAX_CHARS) el.remove();
  }
}

/** More paragraphs than any article has: a live blog left running, an
 * archive on one page, or a page built to be heavy. */
const HUGE_PAGE_PARAGRAPHS = 1_000;
/** What a huge page's copy keeps of its article container. */
const HUGE_PAGE_KEPT_CHILDREN = 2 * MAX_PARAGRAPHS;
/** How many of a huge page's first paragraphs are looked at to find its article container (comments skipped). */
const HUGE_PAGE_SCANNED = 2 * HUGE_PAGE_PARAGRAPHS;
/** What marks the article itself, over a comment thread or a live feed beside it. */
const ARTICLE_SELF = 'article, [itemprop="articleBody"]';

/**
 * The container of a huge page's article: of the parents of its first
 * paragraphs (those in comment threads and link boxes left out), one inside
 * the page's <article> if any holds paragraphs, else the one holding most.
 * Twenty thousand comments after a fifteen-paragraph article outnumber it;
 * they do not make the comment thread the article.
 */
function hugePageContainer(document: Document, paragraphs: HTMLCollectionOf<Element>): Element {
  const perParent = new Map<Element, number>();
  let counted = 0;
  for (let i = 0; i < paragraphs.length && i < HUGE_PAGE_SCANNED && counted < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i]!;
    const parent = p.parentElement;
    if (!parent || p.closest(NOISE_SELECTOR)) continue;
    perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
    counted++;
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [parent, count] of perParent) {
    // Any count inside the article outranks every count outside it.
    const score = count + (parent.closest(ARTICLE_SELF) ? MAX_PARAGRAPHS : 0);
    if (score > bestScore) [best, bestScore] = [parent, score];
  }
  return best ?? document.body;
}

/**
 * The copy Readability works on. Usually the whole document (with what open
 * shadow roots show put in place of their hosts' children); on a huge page,
 * only its head, its headline and the start of its article container
 * (hugePageContainer), with that container's ancestors (their class names
 * are what Readability scores). Cloning and scoring twenty thousand
 * paragraphs to keep the first two hundred would freeze the page for a second.
 */
function readableCopy(document: Document): Document {
  const paragraphs = document.getElementsByTagName('p');
  if (tooDeepOrLarge(document, paragraphs)) return boundedCopy(document);
  if (paragraphs.length <= HUGE_PAGE_PARAGRAPHS) return withShadowContent(document);
  const container = hugePageContainer(document, paragraphs);
  // An empty document of the same kind, built by hand: linkedom has no
  // `document.implementation`, and browsers and jsdom build it this way alike.
  const copy = document.cloneNode(false) as Document;
  const root = copy.appendChild(copy.importNode(document.documentElement, false));
  // A page may have no <head> (removed by a script, or XHTML without one).
  if (document.head) root.appendChild(copy.importNode(document.head, true));
  const body = root.appendChild(copy.importNode(document.body, false));
  // The container's ancestors, shallow, from <body> down.
  let parent: Element = body;
  const chain: Element[] = [];
  for (let el = container.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) chain.unshift(el);
  for (const ancestor of chain) parent = parent.appendChild(copy.importNode(ancestor, false));
  const headline = document.querySelector('h1');
  if (headline && !container.contains(headline)) parent.appendChild(copy.importNode(headline, true));
  const kept = container === document.body ? body : parent.appendChild(copy.importNode(container, false));
  for (let child = container.firstElementChild, n = 0; child && n < HUGE_PAGE_KEPT_CHILDREN; child = child.nextElementSibling, n++) {
    kept.appendChild(copy.importNode(child, true));
  }
  return copy;
}

/** Shadow roots inside shadow roots are followed this deep; a page nesting more is not hiding an article. */
const MAX_SHADOW_NESTING = 8;

/**
 * A copy of the page where every element with an open shadow root holds what
 * the root shows (its slots filled with the host's own children) instead of
 * its children: a page that renders its article inside a web component
 * keeps it in the shadow tree, which cloning leaves behind.
 */
function withShadowContent(document: Document): Document {
  const copy = document.cloneNode(true) as Document;
  if (document.documentElement) flattenShadows(document.documentElement, copy.documentElement, copy, 0);
  return copy;
}

/** Walks `source` and its clone `target` side by side, putting each open shadow root's content into the clone. */
function flattenShadows(source: Element, target: Element, copy: Document, nesting: number): void {
  const hosts: Array<[Element, Element]> = [];
  const stack: Array<[Element, Element]> = [[source, target]];
  while (stack.length) {
    const [s, t] = stack.pop()!;
    if ((s as Partial<Element>).shadowRoot) hosts.push([s, t]);
    for (let sc = s.firstElementChild, tc = t.firstElementChild; sc && tc; sc = sc.nextElementSibling, tc = tc.nextElementSibling) stack.push([sc, tc]);
  }
  if (nesting >= MAX_SHADOW_NESTING) return;
  for (const [host, clone] of hosts) {
    const root = host.shadowRoot!;
    const shown = copy.createElement('div');
    for (let c = root.firstChild; c; c = c.nextSibling) shown.appendChild(copy.importNode(c, true));
    // Shadow roots inside the shadow tree, then its slots filled with the host's children.
    for (let sc = root.firstElementChild, tc = shown.firstElementChild; sc && tc; sc = sc.nextElementSibling, tc = tc.nextElementSibling) flattenShadows(sc, tc, copy, nesting + 1);
    const light = [...clone.childNodes];
    for (const slot of [...shown.querySelectorAll('slot')]) {
      const name = slot.getAttribute('name') ?? '';
      // A named slot takes the children with that `slot`; the unnamed one the rest.
      const assigned = light.filter((n) => (n.nodeType === 1 ? ((n as Element).getAttribute('slot') ?? '') : '') === name);
      slot.replaceWith(...(assigned.length ? assigned : [...slot.childNodes]));
    }
    clone.replaceChildren(...shown.childNodes);
  }
}

/**
 * Past these, Readability's work grows with depth times size (it walks up to
 * the root from every node it scores): a 2,500-deep page held the main
 * thread for most of a second. No real article is nested so deep or needs so
 * many elements; such a page is read from a bounded copy.
 */
export const MAX_DEPTH = 60;
export const MAX_ELEMENTS = 12_000;

function depthOf(node: Node | null): number {
  let depth = 0;
  for (let n = node; n && depth <= MAX_DEPTH; n = n.parentNode) depth++;
  return depth;
}

/** Whether the page needs a bounded copy: too many elements, or a paragraph (or the last element) nested past MAX_DEPTH. */
function tooDeepOrLarge(document: Document, paragraphs: HTMLCollectionOf<Element>): boolean {
  const all = document.getElementsByTagName('*');
  if (all.length > MAX_ELEMENTS * 2) return true;
  if (depthOf(all[all.length - 1] ?? null) > MAX_DEPTH) return true;
  for (let i = 0; i < paragraphs.length && i < HUGE_PAGE_PARAGRAPHS; i += 7) if (depthOf(paragraphs[i]!) > MAX_DEPTH) return true;
  return false;
}

/**
 * A copy of the page with at most MAX_ELEMENTS elements, none deeper than
 * MAX_DEPTH: what lies deeper is kept, in document order, as children of its
 * ancestor at that depth, so a deeply nested article keeps its text. Built
 * node by node, never recursively, so no depth can overflow the stack.
 */
function boundedCopy(document: Document): Document {
  const copy = document.cloneNode(false) as Document;
  const root = copy.appendChild(copy.importNode(document.documentElement, false));
  if (document.head) root.appendChild(copy.importNode(document.head, true));
  const sourceBody = document.body;
  if (!sourceBody) return copy;
  const body = root.appendChild(copy.importNode(sourceBody, false));
  let elements = 0;
  const stack: Array<{ source: Node; target: Node; depth: number }> = [];
  for (let c = sourceBody.lastChild; c; c = c.previousSibling) stack.push({ source: c, target: body, depth: 1 });
  while (stack.length && elements < MAX_ELEMENTS) {
    const { source, target, depth } = stack.pop()!;
    if (source.nodeType === 3) {
      target.appendChild(copy.importNode(source, false));
      continue;
    }
    if (source.nodeType !== 1) continue;
    const name = (source as Element).localName;
    if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') continue;
    elements++;
    const here = depth < MAX_DEPTH ? target.appendChild(copy.importNode(source, false)) : target;
    for (let c = source.lastChild; c; c = c.previousSibling) stack.push({ source: c, target: here, depth: depth + 1 });
  }
  return copy;
}

/** The body's paragraphs, list items and block quotes, furniture left out, capped. */
function bodyParagraphs(container: Element): string[] {
  const paragraphs: string[] = [];
  let chars = 0;
  for (const p of container.querySelectorAll('p, li, blockquote')) {
    // A paragraph inside a list item or quote is read with it.
    if (p.tagName === 'P' && p.parentElement?.closest('li, blockquote')) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || (p.tagName === 'LI' && text.length < LIST_ITEM_MIN_CHARS) || isFurniture(text)) continue;
    paragraphs.push(text);
    chars += text.length;
    if (paragraphs.length >= MAX_PARAGRAPHS || chars >= MAX_CHARS) break;
  }
  return paragraphs;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The outlet by the page's host; else the publisher the page names, in Jejak's spelling where it is a known outlet. */
function outletOf(url: string | undefined, named: string | undefined): string | undefined {
  let host: string | undefined;
  try {
    host = url ? new URL(url).hostname : undefined;
  } catch {
    host = undefined;
  }
  const known = (host && outletForHost(host)) || (named && outletNamed(named));
  return known ? known.name : named;
}

/**
 * The article on `document`, or undefined when the page is not one article
 * (a front or tag page) or has no body text yet (a body rendered later).
 * `url` is where the page lives (the tab's address); without it, the address
 * the page states (og:url, canonical link).
 */
export function readArticle(document: Document, url?: string): PageArticle | undefined {
  const steps = readArticleSteps(document, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `readArticle` in steps, for a page's main thread: the content script
 * gives the page its turn back at each `yield` (copying the page, testing it,
 * Readability's parse, reading the paragraphs are each one step), so no
 * single task of Jejak's holds the page for long. The same steps, run
 * straight through, are `readArticle`.
 */
export function* readArticleSteps(document: Document, url?: string): Generator<void, PageArticle | undefined, void> {
  const copy = readableCopy(document);
  yield;
  const articlePage = isArticlePage(document, copy);
  if (articlePage === 'no') return undefined;
  dropNoise(copy);
  yield;
  // The article comes back as the copied element itself: no HTML string is
  // made and parsed again, so nothing from the page is ever turned into markup.
  const parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  yield;
  const container = parsed?.content as Element | null | undefined;
  if (!parsed || !container) return undefined;
  const paragraphs = bodyParagraphs(container);
  if (!paragraphs.length) return undefined;
  if (articlePage === 'checked' && paragraphs.reduce((n, p) => n + p.length, 0) < MIN_ARTICLE_CHARS) return undefined;
  const ld = jsonLdArticle(document);
  const date = text(ld?.datePublished) ?? meta(document, 'meta[property="article:published_time"]');
  const publisher = ld?.publisher as { name?: unknown } | undefined;
  const pageUrl = url ?? statedUrl(document);
  return {
    url: pageUrl,
    title: text(ld?.headline) ?? meta(document, 'meta[property="og:title"]') ?? parsed.title ?? undefined,
    outlet: outletOf(pageUrl, text(publisher?.name) ?? meta(document, 'meta[property="og:site_name"]')),
    publishedAt: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined,
    description: meta(document, 'meta[name="description"]'),
    paragraphs,
  };
}
