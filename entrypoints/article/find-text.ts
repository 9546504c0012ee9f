/**
 * Find a quote's words in the live page, tolerating differences in quote
 * marks, spaces and case, invisible characters and compatibility forms
 * (folded by lib/text/normalize.ts, as the quote itself was), and a page that
 * has changed since extraction. The range covers the page's own characters,
 * zero-width spaces and soft hyphens inside the quote included.
 */
import { normalizeText, normalizeWithOffsets, sourceRange } from '../../lib/text/normalize';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findTextRange(root: Node, needle: string): Range | undefined {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT)$/.test(parent.tagName)) continue;
    nodes.push({ node: n as Text, start: all.length });
    all += n.nodeValue ?? '';
  }
  const hay = normalizeWithOffsets(all);
  const words = normalizeText(needle).split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  // Case-insensitive matching instead of lowercasing: lowercasing can change a string's length ("İ").
  const m = new RegExp(words.map(escapeRegExp).join('\\s+'), 'iu').exec(hay.text);
  if (!m || m[0].length === 0) return undefined;
  const found = sourceRange(hay, m.index, m.index + m[0].length);
  const locate = (offset: number) => {
    let lo = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i]!.start <= offset) lo = i;
    const entry = nodes[lo]!;
    return { node: entry.node, offset: Math.min(offset - entry.start, entry.node.length) };
  };
  const start = locate(found.start);
  const end = locate(found.end);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
