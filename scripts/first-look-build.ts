/**
 * Builds first-look.js, the script the manifest runs on every outlet page
 * (entrypoints/article/first-look.ts), with esbuild into the extension's
 * output folder: one minified IIFE with the quick lexicon compiled in, and
 * nothing else — no WXT entrypoint wrapper, no polyfill. Run by WXT's
 * `build:done` hook (wxt.config.ts) for every browser it builds.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { packQuickLexicon } from '../lib/match/quick-topic';
import { TOPIC_LEXICON } from '../lib/match/topic-lexicon';
import { OUTLETS, outletForHost } from '../lib/outlets';
import { FIRST_LOOK_FILE } from '../lib/sites';

/**
 * lib/outlets.ts as the first look needs it: each outlet's id and hosts (no
 * display names, no match patterns), with the same `outletForHost`.
 */
const compactOutlets: Plugin = {
  name: 'jejak-compact-outlets',
  setup(b) {
    b.onLoad({ filter: /[\\/]lib[\\/]outlets\.ts$/ }, () => ({
      contents:
        `const OUTLETS = ${JSON.stringify(OUTLETS.map((o) => `${o.id}=${o.hosts.join('|')}`).join(','))}.split(',').map((o) => {\n` +
        `  const [id, hosts] = o.split('=');\n  return { id, hosts: hosts.split('|') };\n});\n` +
        `export ${outletForHost.toString()}\n`,
      loader: 'ts',
    }));
  },
};

export { FIRST_LOOK_FILE } from '../lib/sites';
const ENTRY = resolve(import.meta.dirname, '../entrypoints/article/first-look.ts');

const quickLexicon: Plugin = {
  name: 'jejak-quick-lexicon',
  setup(b) {
    b.onResolve({ filter: /^virtual:jejak-quick-lexicon$/ }, () => ({ path: 'quick-lexicon', namespace: 'jejak' }));
    b.onLoad({ filter: /.*/, namespace: 'jejak' }, () => ({
      contents: `import { unpackQuickLexicon } from ${JSON.stringify(resolve(import.meta.dirname, '../lib/match/quick-topic.ts'))};\nexport default unpackQuickLexicon(${JSON.stringify(packQuickLexicon(TOPIC_LEXICON))});\n`,
      loader: 'ts',
      resolveDir: resolve(import.meta.dirname, '..'),
    }));
  },
};

/** Writes first-look.js into `outDir`; returns its size in bytes. */
export async function buildFirstLook(outDir: string, mode: 'production' | 'development' = 'production'): Promise<number> {
  const result = await build({
    entryPoints: [ENTRY],
    outfile: resolve(outDir, FIRST_LOOK_FILE),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: mode === 'production',
    legalComments: 'none',
    charset: 'utf8',
    // V8's explicit compile hint (Chromium 136 and later; a plain comment elsewhere): every function of the
    // script is compiled with it, once, instead of pre-parsed and then parsed again at its first call. Nearly
    // all of them run on every outlet page, in a renderer often just started: about 0.4 ms less main-thread
    // time per page (bench:browser, first look).
    banner: { js: '//# allFunctionsCalledOnLoad' },
    // Calls that build values only (schemas in lib/messages.ts, frozen defaults): dropped where unused.
    pure: ['shape', 'str', 'optional', 'arrayOf', 'Object.freeze'],
    plugins: [quickLexicon, compactOutlets],
    write: true,
    metafile: true,
  });
  return Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
}
