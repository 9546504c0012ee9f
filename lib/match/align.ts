/**
 * Word-level local alignment (Smith-Waterman) of two quotes.
 *
 * Bag-of-words cannot tell a quote from another quote on the same topic; word
 * order can. Scores: equal word +2, a spelling variant or same stem +1.5
 * ("Lithuania"/"Lituania"), substitution -1, gap -1. The best local score is
 * divided by 2 × the shorter quote's length, so a fragment fully contained in
 * a longer quote scores 1 and one substituted word in twenty costs little.
 */
import { normalizeText, stem, tokenize } from '../text/tokens';
import type { AlignmentOp } from './types';

export interface Alignment {
  score: number;
  ops: AlignmentOp[];
  /** Words of the shorter side that the aligned region covers, 0..1. */
  coverage: number;
  aLength: number;
  bLength: number;
}

interface W { word: string; surface: string; stem: string }

function toWords(text: string): W[] {
  const norm = normalizeText(text);
  return tokenize(norm).map((t) => ({ word: t.word, surface: norm.slice(t.start, t.end), stem: stem(t.word) }));
}

function similar(a: W, b: W): number {
  if (a.word === b.word) return 2;
  if (a.stem === b.stem && a.stem.length >= 3) return 1.5;
  if (a.word.length >= 5 && b.word.length >= 5 && editDistanceAtMost1(a.word, b.word)) return 1.5;
  return -1;
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Longest inputs aligned in full; longer ones are cut, which keeps hostile input linear in practice. */
const MAX_WORDS = 400;
const GAP = -1;

export function alignWords(aText: string, bText: string): Alignment {
  const a = toWords(aText).slice(0, MAX_WORDS);
  const b = toWords(bText).slice(0, MAX_WORDS);
  const n = a.length, m = b.length;
  if (n === 0 || m === 0) return { score: 0, ops: [], coverage: 0, aLength: n, bLength: m };
  const H = new Float32Array((n + 1) * (m + 1));
  let best = 0, bi = 0, bj = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const v = Math.max(0, H[(i - 1) * (m + 1) + j - 1]! + similar(a[i - 1]!, b[j - 1]!), H[(i - 1) * (m + 1) + j]! + GAP, H[i * (m + 1) + j - 1]! + GAP);
      H[i * (m + 1) + j] = v;
      if (v > best) { best = v; bi = i; bj = j; }
    }
  }
  // Trace back the local alignment.
  const local: AlignmentOp[] = [];
  let i = bi, j = bj;
  while (i > 0 && j > 0 && H[i * (m + 1) + j]! > 0) {
    const v = H[i * (m + 1) + j]!;
    const s = similar(a[i - 1]!, b[j - 1]!);
    if (v === H[(i - 1) * (m + 1) + j - 1]! + s) {
      local.push(s === 2 ? { op: 'same', a: a[i - 1]!.surface, b: b[j - 1]!.surface } : { op: 'changed', a: a[i - 1]!.surface, b: b[j - 1]!.surface });
      i--; j--;
    } else if (v === H[(i - 1) * (m + 1) + j]! + GAP) {
      local.push({ op: 'a-only', a: a[i - 1]!.surface, b: '' });
      i--;
    } else {
      local.push({ op: 'b-only', a: '', b: b[j - 1]!.surface });
      j--;
    }
  }
  local.reverse();
  const ops: AlignmentOp[] = [];
  const push = (op: AlignmentOp) => {
    const last = ops.at(-1);
    if (last && last.op === op.op) { last.a = [last.a, op.a].filter(Boolean).join(' '); last.b = [last.b, op.b].filter(Boolean).join(' '); }
    else ops.push({ ...op });
  };
  // Words outside the aligned region are shown too, so each side's whole wording is visible.
  for (let k = 0; k < i; k++) push({ op: 'a-only', a: a[k]!.surface, b: '' });
  for (let k = 0; k < j; k++) push({ op: 'b-only', a: '', b: b[k]!.surface });
  for (const op of local) push(op);
  for (let k = bi; k < n; k++) push({ op: 'a-only', a: a[k]!.surface, b: '' });
  for (let k = bj; k < m; k++) push({ op: 'b-only', a: '', b: b[k]!.surface });
  const shorter = Math.min(n, m);
  const aligned = local.filter((o) => o.op === 'same' || o.op === 'changed').length;
  return { score: Math.min(1, best / (2 * shorter)), ops, coverage: Math.min(1, aligned / shorter), aLength: n, bLength: m };
}
