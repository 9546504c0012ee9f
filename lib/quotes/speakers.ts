/**
 * One person, however the text names them: "Presiden Biden", "Joe Biden" and
 * "Biden" are `joe-biden`. Titles are stripped, then the name is looked up in
 * the gazetteer by full name or surname; a person the gazetteer does not know
 * gets an id from their name as written.
 */
import { GAZETTEER, TITLES } from '../gazetteer';
import type { Speaker } from '../types';

const personByAlias = new Map<string, { id: string; name: string }>();
for (const e of GAZETTEER) {
  if (e.kind !== 'person') continue;
  for (const alias of e.aliases) personByAlias.set(alias.toLowerCase(), { id: e.id, name: e.name });
}

export function stripTitles(name: string): string {
  let rest = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of TITLES) {
      if (rest.length > title.length && rest.startsWith(title + ' ')) {
        rest = rest.slice(title.length + 1).trim();
        changed = true;
      }
    }
  }
  return rest;
}

export function canonicalSpeaker(asWritten: string): Speaker {
  const bare = stripTitles(asWritten);
  const known = personByAlias.get(bare.toLowerCase()) ?? personByAlias.get(bare.split(/\s+/).at(-1)!.toLowerCase());
  if (known) return { id: known.id, name: known.name, asWritten };
  const id = bare.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return { id: id || 'unknown', name: bare, asWritten };
}

export function isKnownPerson(name: string): boolean {
  return personByAlias.has(stripTitles(name).toLowerCase());
}
