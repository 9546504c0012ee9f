/**
 * Vite plugin: the index built from `seeds/` at build (and dev) time, so the
 * bundled index can never be stale. `import files from
 * 'virtual:jejak-seed-index'` yields only its description (lib/index/bundled.ts);
 * the index itself and its engine's snapshot are data files written into the
 * extension's output by `writeBundledIndex` (wxt.config.ts, after each
 * build), which the background reads when it needs them: a 20,000-article
 * index is 70 MB, far too much to parse as script at every start. A seed
 * that cannot be read fails the build with its name: shipping an index that
 * silently lacks an article would be worse.
 *
 * `JEJAK_BUNDLED_INDEX=<index.json>` bundles that index instead of the
 * seeds' (`npm run bench:browser` measures a cold start with a large one).
 */
import { dirname, join, resolve } from 'node:path';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { readSources, type SourceProblem } from './index-sources';
import { buildIndex, loadIndex } from '../lib/index/build';
import type { JejakIndex } from '../lib/index/format';
import { bundledIndexFiles } from '../lib/index/bundled';

const MODULE_ID = 'virtual:jejak-seed-index';
const RESOLVED_ID = '\0' + MODULE_ID;

/** The files of the index built last, for `writeBundledIndex`: the build's script and its data files describe the same index. */
let latest: ReturnType<typeof bundledIndexFiles> | undefined;

export function seedIndexPlugin(options: { seedsDir: string; indexFile?: string }): Plugin {
  const seedsDir = resolve(options.seedsDir);
  return {
    name: 'jejak-seed-index',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let index: JejakIndex;
      if (options.indexFile) {
        this.addWatchFile(resolve(options.indexFile));
        index = loadIndex(JSON.parse(await readFile(options.indexFile, 'utf8')));
      } else {
        this.addWatchFile(seedsDir);
        for (const entry of await readdir(seedsDir)) this.addWatchFile(resolve(seedsDir, entry));
        const built = await buildSeedIndex(seedsDir);
        if (built.errors.length) {
          this.error(
            `Seed index: ${built.errors.length} seed file(s) could not be read:\n` +
              built.errors.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n'),
          );
        }
        index = built.index;
      }
      latest = bundledIndexFiles(index);
      return `export default ${JSON.stringify(latest.files)};\n`;
    },
  };
}

/** Writes the bundled index's data files into a build's output folder (after the build that imported its description). */
export async function writeBundledIndex(outDir: string): Promise<void> {
  if (!latest) return;
  for (const [path, contents] of [[latest.files.engineFile, latest.engine], [latest.files.indexFile, latest.index]] as const) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
}

/** The index the extension bundles, built from a seeds folder; `errors` are the seed files that could not be read. */
export async function buildSeedIndex(seedsDir: string): Promise<{ index: JejakIndex; errors: SourceProblem[] }> {
  const { articles, errors } = await readSources([seedsDir]);
  return { index: buildIndex(articles), errors };
}
