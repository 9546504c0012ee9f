/**
 * Named people, places and organisations in an article, from the gazetteer.
 * Aliases are looked up by their first word in a Map, so the cost is one
 * lookup per word whatever the gazetteer's size.
 */
import { GAZETTEER, type GazetteerEntry } from './gazetteer';
import type { EntityMention } from './types';

interface Alias { words: string[]; entry: GazetteerEntry }
const byFirstWord = new Map<string, Alias[]>();
for (const entry of GAZETTEER) {
  for (const alias of entry.aliases) {
    const words = alias.split(/\s+/);
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(words[0]!, list);
  }
}

export interface EntityHit { entry: GazetteerEntry; start: number; end: number; text: string }

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Every gazetteer mention in one text, longest alias first, in order. */
export function findEntityHits(text: string): EntityHit[] {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const hits: EntityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirstWord.get(tokens[i]!.word);
    if (!candidates) continue;
    for (const c of candidates) {
      if (c.words.every((w, k) => tokens[i + k]?.word === w)) {
        const last = tokens[i + c.words.length - 1]!;
        hits.push({ entry: c.entry, start: tokens[i]!.start, end: last.end, text: text.slice(tokens[i]!.start, last.end) });
        i += c.words.length - 1;
        break;
      }
    }
  }
  return hits;
}

export function findEntities(paragraphs: string[], title?: string): EntityMention[] {
  const counts = new Map<string, EntityMention>();
  for (const text of title ? [title, ...paragraphs] : paragraphs) {
    for (const hit of findEntityHits(text)) {
      const e = counts.get(hit.entry.id) ?? { id: hit.entry.id, name: hit.entry.name, kind: hit.entry.kind, count: 0 };
      e.count++;
      counts.set(hit.entry.id, e);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
