/**
 * Find a quote's words in the live page, tolerating differences in quote
 * marks, spaces and case, invisible characters and compatibility forms
 * (folded by lib/text/normalize.ts, as the quote itself was), and a page that
 * has changed since extraction. The range covers the page's own characters,
 * zero-width spaces and soft hyphens inside the quote included.
 *
 * The page is read as it is shown: an element with an open shadow root (a
 * web component holding the article) is read through its root, its slots
 * filled with what the page put in them. Closed roots stay closed, Jejak's
 * own sidebar among them.
 */
import { normalizeText, normalizeWithOffsets, sourceRange } from '../../lib/text/normalize';

/** Elements whose text no reader sees as text. */
const NOT_TEXT = /^(script|style|noscript|template)$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What an element shows: its open shadow root's children, a slot's assigned nodes (or its fallback), else its own children. */
function shownChildren(element: Element): ArrayLike<Node> {
  if (element.shadowRoot) return element.shadowRoot.childNodes;
  // Only a slot in a shadow tree has nodes assigned; one outside shows its children.
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes?.() ?? [];
    if (assigned.length) return assigned;
  }
  return element.childNodes;
}

/** The text nodes under `root` in the order a reader sees them (the flat tree), without scripts and styles. */
function shownTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  // An explicit stack, not recursion: a page may nest thousands of elements deep.
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node as Text);
      continue;
    }
    let children: ArrayLike<Node>;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (NOT_TEXT.test((node as Element).localName)) continue;
      children = shownChildren(node as Element);
    } else if (node.nodeType === Node.DOCUMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      children = node.childNodes;
    } else continue;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/**
 * The first place the quote's words appear under `root`, as a range of the
 * page's own text. A range cannot span a shadow boundary (its ends would be
 * in different trees): words that run from a web component into the page
 * around it are passed over for a later whole occurrence, as are words whose
 * slotted pieces the shadow tree shows in another order than the page's.
 */
export function findTextRange(root: Node, needle: string): Range | undefined {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: { node: Text; start: number }[] = [];
  let all = '';
  for (const node of shownTextNodes(root)) {
    nodes.push({ node, start: all.length });
    all += node.nodeValue ?? '';
  }
  const hay = normalizeWithOffsets(all);
  const words = normalizeText(needle).split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  // Case-insensitive matching instead of lowercasing: lowercasing can change a string's length ("İ").
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  /** The text node holding the character at `at` (binary search: the starts ascend), and `offset` within it. */
  const locate = (at: number, offset: number) => {
    let lo = 0;
    for (let hi = nodes.length - 1; lo < hi; ) {
      const mid = (lo + hi + 1) >> 1;
      if (nodes[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    const entry = nodes[lo]!;
    return { node: entry.node, offset: Math.min(offset - entry.start, entry.node.length) };
  };
  for (let m = pattern.exec(hay.text); m && m[0].length > 0; m = pattern.exec(hay.text)) {
    const found = sourceRange(hay, m.index, m.index + m[0].length);
    // The end is located by the quote's last character: at a node's edge, the node the quote ends in, not the next one.
    const start = locate(found.start, found.start);
    const end = locate(found.end - 1, found.end);
    if (start.node.getRootNode() !== end.node.getRootNode()) continue;
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    // Slotted text shown in another order than the page's: the ends are the wrong way round and the range collapsed.
    if (range.collapsed) continue;
    return range;
  }
  return undefined;
}
