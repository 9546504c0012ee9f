/**
 * The five seed articles as the golden tests know them: a copy of `seeds/`
 * taken when the tests were written. `seeds/` is the bundled index and grows
 * as readers add articles; the tests read this copy, so adding a seed never
 * changes what they expect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedText } from '../lib/seed/parse';
import type { Article } from '../lib/types';

export const FIXTURE_SEEDS = join(import.meta.dirname, 'fixtures/seeds');

/** The seed files' names without ".txt", sorted. */
export function fixtureSeedNames(): string[] {
  return readdirSync(FIXTURE_SEEDS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

export function fixtureSeedText(name: string): string {
  return readFileSync(join(FIXTURE_SEEDS, `${name}.txt`), 'utf8');
}

/** Every seed parsed as the index builder parses it; ids are the file names (or what `id` makes of them). */
export function loadFixtureSeeds(id: (name: string) => string = (name) => name): Article[] {
  return fixtureSeedNames().map((name) => parseSeedText(fixtureSeedText(name), { id: id(name), file: `${name}.txt` }));
}
