/**
 * The quote the reader clicked in the sidebar, found in the page (find-text.ts),
 * brought into view and marked with the CSS Custom Highlight API: no element
 * of the page is wrapped, moved or restyled, and the page's own style sheets
 * are left as they are. The mark's colours are a constructed style sheet
 * adopted by the document and, for a quote inside a web component, by its
 * shadow root (Firefox styles a highlight in a shadow tree only from that
 * tree's sheets). Where the API is missing, the quote is selected instead.
 */
import type { Quote } from '../../lib/types';
import { findTextRange } from './find-text';

/** The highlight's name in `CSS.highlights`, and in the style sheet that colours it. */
const HIGHLIGHT = 'jejak-quote';
const HIGHLIGHT_RULE = `::highlight(${HIGHLIGHT}) { background-color: #ffe58a; color: #111; }`;

interface HighlightGlobals {
  Highlight?: new (range: Range) => unknown;
}
const registry = (): Map<string, unknown> | undefined => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;

let sheet: CSSStyleSheet | undefined;

/** Has the document or shadow root colour the highlight, once. */
function adoptRule(root: Document | ShadowRoot): void {
  sheet ??= (() => {
    const s = new CSSStyleSheet();
    s.replaceSync(HIGHLIGHT_RULE);
    return s;
  })();
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The page without Jejak's mark: the sidebar that pointed at a quote has closed. */
export function clearHighlight(): void {
  registry()?.delete(HIGHLIGHT);
}

/** Brings the quote into view and marks it; false when the page no longer has its words. */
export function highlightQuote(quote: Quote): boolean {
  const range = findTextRange(document.body ?? document.documentElement, quote.text.split('\n')[0]!);
  if (!range) return false;
  range.startContainer.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const highlights = registry();
  const HighlightCtor = (globalThis as unknown as HighlightGlobals).Highlight;
  if (highlights && HighlightCtor) {
    adoptRule(document);
    const root = range.startContainer.getRootNode();
    if (root !== document) adoptRule(root as ShadowRoot);
    highlights.set(HIGHLIGHT, new HighlightCtor(range));
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return true;
}
