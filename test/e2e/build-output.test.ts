/**
 * The production builds the browser tests load carry the bundled index as
 * data files the background reads when it needs them, never inside a
 * script: a 20,000-article index compiled into background.js made it 73 MB,
 * parsed at every start of the background (3.5–4 s to the launcher). The
 * start itself is measured by `npm run bench:browser -- --cold-start`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIndex } from '../../lib/index/build';
import { BUNDLED_ENGINE_FILE, BUNDLED_INDEX_FILE } from '../../lib/index/bundled';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
/** Every script's text in a build folder, by path. */
function scripts(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.js')) found.set(entry, readFileSync(join(dir, entry), 'utf8'));
  }
  return found;
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build', (build) => {
  const dir = join(OUTPUT, build);

  it('carries the bundled index as data files, and no article of it in any script', () => {
    const index = parseIndex(readFileSync(join(dir, BUNDLED_INDEX_FILE), 'utf8'));
    expect(index.articles.length).toBeGreaterThan(0);
    expect(statSync(join(dir, BUNDLED_ENGINE_FILE)).size).toBeGreaterThan(0);
    // A sentence of every article's body, as JSON would escape it inside a script.
    const sentences = index.articles.map((a) => JSON.stringify(a.paragraphs.find((p) => p.length > 80)!.slice(0, 60)).slice(1, -1));
    const code = scripts(dir);
    expect(code.size).toBeGreaterThan(2);
    for (const [file, text] of code) {
      expect(sentences.filter((s) => text.includes(s)), file).toEqual([]);
    }
  });
});
