/**
 * The index bundled with the extension, shipped as two data files among the
 * extension's own: its engine's snapshot (lib/match/snapshot-file.ts), which
 * a first start loads instead of building the engine, and the index itself
 * (docs/index-format.md), read only when a bundled article's text is wanted.
 * The background's script carries only this small description of them, so
 * a large bundled index is never parsed as script at every start.
 *
 * The files are written at build time (scripts/seed-index-plugin.ts) and
 * read with the extension's own `fetch` of its packaged files: a local read,
 * no network.
 */
import { createEngine, Engine, type EngineSnapshot } from '../match/engine';
import { decodeSnapshotFile, encodeSnapshotFile } from '../match/snapshot-file';
import { bundledStamp, type BundledIndex } from '../library/engine-store';
import type { Article } from '../types';
import { loadIndex, serializeIndex } from './build';
import type { JejakIndex } from './format';

/** Where the files live in the extension (paths for `runtime.getURL`). */
export const BUNDLED_ENGINE_FILE = '/bundled/engine.bin';
export const BUNDLED_INDEX_FILE = '/bundled/index.json';

/** What the background's script holds of the bundled index. */
export interface BundledIndexFiles {
  /** `bundledStamp` of the index. */
  stamp: string;
  /** How many articles it holds. */
  articles: number;
  engineFile: string;
  indexFile: string;
}

/** The files for an index, and their description: what the build writes. */
export function bundledIndexFiles(index: JejakIndex): { files: BundledIndexFiles; engine: Uint8Array; index: string } {
  return {
    files: { stamp: bundledStamp(index), articles: index.articles.length, engineFile: BUNDLED_ENGINE_FILE, indexFile: BUNDLED_INDEX_FILE },
    engine: encodeSnapshotFile(createEngine(index).snapshot()),
    index: serializeIndex(index),
  };
}

/** A file of the extension, as `fetch` answers it. */
export interface FileReader {
  (path: string): Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer>; json(): Promise<unknown> }>;
}

/**
 * The bundled index read from its files through `read` (in the extension,
 * `fetch(runtime.getURL(path))`). Each call of `engine()` reads the snapshot
 * anew (an engine takes its snapshot's arrays over); the articles are read
 * once and kept.
 */
export function bundledFromFiles(files: BundledIndexFiles, read: FileReader): BundledIndex {
  let articles: Promise<readonly Article[]> | undefined;
  const file = async (path: string) => {
    const response = await read(path);
    if (!response.ok) throw new Error(`Jejak's bundled index file ${path} could not be read (status ${response.status})`);
    return response;
  };
  return {
    stamp: files.stamp,
    async engine() {
      const snapshot = decodeSnapshotFile(await (await file(files.engineFile)).arrayBuffer()) as EngineSnapshot;
      const engine = Engine.fromSnapshot(snapshot);
      if (engine.size !== files.articles) throw new Error(`Jejak's bundled engine holds ${engine.size} articles, not ${files.articles}`);
      return engine;
    },
    articles() {
      articles ??= file(files.indexFile)
        .then(async (response) => loadIndex(await response.json()).articles)
        .catch((error: unknown) => {
          articles = undefined;
          throw error;
        });
      return articles;
    },
  };
}
