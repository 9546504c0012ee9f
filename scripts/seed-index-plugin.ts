/**
 * Vite plugin: `import seedIndex from 'virtual:jejak-seed-index'` yields the
 * index built from `seeds/` at build (and dev) time, so the bundled index can
 * never be stale. A seed that cannot be read fails the build with its name:
 * shipping an index that silently lacks an article would be worse.
 */
import { resolve } from 'node:path';
import { readdir } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { readSources, type SourceProblem } from './index-sources';
import { buildIndex, serializeIndex } from '../lib/index/build';
import type { JejakIndex } from '../lib/index/format';

const MODULE_ID = 'virtual:jejak-seed-index';
const RESOLVED_ID = '\0' + MODULE_ID;

export function seedIndexPlugin(options: { seedsDir: string }): Plugin {
  const seedsDir = resolve(options.seedsDir);
  const loader = resolve(import.meta.dirname, '../lib/index/build.ts');
  return {
    name: 'jejak-seed-index',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(seedsDir);
      for (const entry of await readdir(seedsDir)) this.addWatchFile(resolve(seedsDir, entry));
      const { index, errors } = await buildSeedIndex(seedsDir);
      if (errors.length) {
        this.error(
          `Seed index: ${errors.length} seed file(s) could not be read:\n` +
            errors.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n'),
        );
      }
      const json = serializeIndex(index);
      // JSON.parse of a string literal is faster to start than an object literal of the same data.
      return `import { loadIndex } from ${JSON.stringify(loader)};\nexport default loadIndex(JSON.parse(${JSON.stringify(json)}));\n`;
    },
  };
}

/** The index the extension bundles, built from a seeds folder; `errors` are the seed files that could not be read. */
export async function buildSeedIndex(seedsDir: string): Promise<{ index: JejakIndex; errors: SourceProblem[] }> {
  const { articles, errors } = await readSources([seedsDir]);
  return { index: buildIndex(articles), errors };
}
