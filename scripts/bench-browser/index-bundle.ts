/**
 * What a tab would hold if every content script carried its own index: the
 * index built from the seeds (as the build makes it) as a JSON literal, and
 * the engine, bundled into one script that, run in a page, leaves the engine
 * in a global the way a content script would keep it.
 */
import { resolve } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { buildSeedIndex } from '../seed-index-plugin';
import { serializeIndex } from '../../lib/index/build';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = '\0jejak-bench-index-entry';

export interface IndexBundle {
  /** The script: sets `globalThis.__jejakBenchEngine`. */
  code: string;
  /** Length of the index JSON literal inside it. */
  indexJsonChars: number;
}

export async function buildIndexBundle(): Promise<IndexBundle> {
  const { index } = await buildSeedIndex(resolve(ROOT, 'seeds'));
  const json = serializeIndex(index);
  const entry: Plugin = {
    name: 'jejak-bench-index-entry',
    resolveId: (id) => (id === ENTRY ? ENTRY : undefined),
    load: (id) =>
      id === ENTRY
        ? `import { loadIndex } from ${JSON.stringify(resolve(ROOT, 'lib/index/build.ts'))};\n` +
          `import { createEngine } from ${JSON.stringify(resolve(ROOT, 'lib/match/engine.ts'))};\n` +
          // JSON.parse of a string literal is faster to start than an object literal of the same data.
          `globalThis.__jejakBenchEngine = createEngine(loadIndex(JSON.parse(${JSON.stringify(json)})));\n`
        : undefined,
  };
  const output = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    plugins: [entry],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: ENTRY, output: { format: 'iife' } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(output) ? output[0]! : output).output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('The index bundle produced no script');
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)\)/.exec(chunk.code);
  return { code: chunk.code, indexJsonChars: literal ? literal[1]!.length : 0 };
}
