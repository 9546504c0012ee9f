/**
 * Find a quote's words in the live page, tolerating differences in quote
 * marks, spaces and case, and a page that has changed since extraction.
 */
function fold(text: string): string {
  return text.toLowerCase().replace(/[\u201C\u201D\u2018\u2019"']/g, '"').replace(/\s+/g, ' ');
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
  // Folding keeps lengths (one character per character; runs of spaces compared loosely below).
  const hay = all.toLowerCase().replace(/[\u201C\u201D\u2018\u2019]/g, '"');
  const words = fold(needle).split(' ').filter(Boolean);
  if (!words.length) return undefined;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = pattern.exec(hay);
  if (!m) return undefined;
  const locate = (offset: number) => {
    let lo = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i]!.start <= offset) lo = i;
    const entry = nodes[lo]!;
    return { node: entry.node, offset: Math.min(offset - entry.start, entry.node.length) };
  };
  const start = locate(m.index);
  const end = locate(m.index + m[0].length);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
