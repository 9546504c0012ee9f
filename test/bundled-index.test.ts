/**
 * The bundled index as the extension ships it: data files (its engine's
 * snapshot and the index) read when needed, answering exactly as the engine
 * built from the articles, and a library loaded over it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../lib/match/engine';
import type { Analysis } from '../lib/match/types';
import { decodeSnapshotFile, encodeSnapshotFile, SnapshotFileError } from '../lib/match/snapshot-file';
import { buildIndex } from '../lib/index/build';
import { bundledFromFiles, bundledIndexFiles, type FileReader } from '../lib/index/bundled';
import { bundledStamp, LibraryEngine } from '../lib/library/engine-store';
import { LibraryStore } from '../lib/library/store';
import { corpusSourceFromSeeds, SyntheticCorpus } from '../scripts/bench/corpus';
import { loadFixtureSeeds } from './fixture-seeds';

const seeds = loadFixtureSeeds();
const corpus = new SyntheticCorpus(corpusSourceFromSeeds(seeds), 200);
const index = buildIndex([...seeds, ...Array.from({ length: 200 }, (_, i) => corpus.article(i))], new Date('2024-01-01'));
const pages = [...seeds.map((s) => ({ title: s.title, paragraphs: s.paragraphs, publishedAt: s.publishedAt })), ...[3, 77, 150].map((i) => corpus.page(i, 600))];

const shown = ({ elapsedMs: _elapsed, ...rest }: Analysis) => rest;

/** The extension's files as `fetch` answers them, counting reads. */
function filesOf(contents: Record<string, Uint8Array | string>): { read: FileReader; reads: string[] } {
  const reads: string[] = [];
  const read: FileReader = async (path) => {
    reads.push(path);
    const body = contents[path];
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    return {
      ok: bytes !== undefined,
      status: bytes ? 200 : 404,
      arrayBuffer: async () => bytes!.slice().buffer,
      json: async () => JSON.parse(new TextDecoder().decode(bytes)) as unknown,
    };
  };
  return { read, reads };
}

describe('snapshot file', () => {
  it('gives back the snapshot, typed arrays included, as views over the file', () => {
    const value = { a: Int32Array.from([1, -2, 3]), b: [Float64Array.from([NaN, 1.5]), 'x', null], c: { d: Float32Array.from([0.25]) }, n: 7 };
    const bytes = encodeSnapshotFile(value);
    const back = decodeSnapshotFile(bytes.slice().buffer) as typeof value;
    expect(back.a).toBeInstanceOf(Int32Array);
    expect([...back.a]).toEqual([1, -2, 3]);
    expect(Number.isNaN(back.b[0]![0] as number)).toBe(true);
    expect(back.b.slice(1)).toEqual(['x', null]);
    expect([...back.c.d]).toEqual([0.25]);
    expect(back.n).toBe(7);
  });

  it('keeps a key named "__proto__" a key, holding its array, and changes no prototype', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "plain": 2}') as Record<string, unknown>;
    Object.defineProperty(value, '__proto__', { value: Int32Array.from([4, 5]), enumerable: true, writable: true, configurable: true });
    const back = decodeSnapshotFile(encodeSnapshotFile(value).slice().buffer) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back, '__proto__')).toBe(true);
    expect([...(Object.getOwnPropertyDescriptor(back, '__proto__')!.value as Int32Array)]).toEqual([4, 5]);
    expect(back.plain).toBe(2);
  });

  it('refuses what is not one, or is cut short, with a clear error', () => {
    expect(() => decodeSnapshotFile(new TextEncoder().encode('{"format":"jejak-engine"}').buffer)).toThrow(SnapshotFileError);
    const bytes = encodeSnapshotFile({ a: new Int32Array(100) });
    expect(() => decodeSnapshotFile(bytes.slice(0, bytes.length - 8).buffer)).toThrow(/cut short/);
    expect(() => decodeSnapshotFile(bytes.slice(0, 14).buffer)).toThrow(/cut short/);
  });
});

describe('the bundled index as files', () => {
  const built = bundledIndexFiles(index);
  const contents = { [built.files.engineFile]: built.engine, [built.files.indexFile]: built.index };

  it('describes itself in a few bytes, whatever its size', () => {
    expect(built.files).toEqual({ stamp: bundledStamp(index), articles: index.articles.length, engineFile: '/bundled/engine.bin', indexFile: '/bundled/index.json' });
    expect(JSON.stringify(built.files).length).toBeLessThan(200);
  });

  it('loads an engine that answers every page as the one built from the articles, without reading the articles', async () => {
    const { read, reads } = filesOf(contents);
    const engine = await bundledFromFiles(built.files, read).engine();
    const reference = createEngine(index);
    expect(engine.size).toBe(index.articles.length);
    for (const page of pages) expect(shown(engine.analyze(page, { force: true }))).toEqual(shown(reference.analyze(page, { force: true })));
    expect(reads).toEqual([built.files.engineFile]);
  });

  it('reads the articles once, when asked', async () => {
    const { read, reads } = filesOf(contents);
    const bundled = bundledFromFiles(built.files, read);
    const [first, second] = await Promise.all([bundled.articles(), bundled.articles()]);
    expect(first).toBe(second);
    expect(first.map((a) => a.id)).toEqual(index.articles.map((a) => a.id));
    expect(reads).toEqual([built.files.indexFile]);
  });

  it('says which file it could not read, and reads it again next time', async () => {
    const { read } = filesOf({});
    const bundled = bundledFromFiles(built.files, read);
    await expect(bundled.engine()).rejects.toThrow(/\/bundled\/engine\.bin could not be read \(status 404\)/);
    await expect(bundled.articles()).rejects.toThrow(/\/bundled\/index\.json/);
    const other = bundledFromFiles({ ...built.files, articles: 3 }, filesOf(contents).read);
    await expect(other.engine()).rejects.toThrow(/holds 205 articles, not 3/);
  });

  it('is where a first start begins, and a library snapshot made with another bundled index gets this one', async () => {
    const store = await LibraryStore.open(`bundled-index-test-${Date.now()}`);
    const { read } = filesOf(contents);
    const first = await LibraryEngine.load(store, bundledFromFiles(built.files, read));
    expect(first.report.from).toBe('rebuilt');
    expect(first.library.engine.size).toBe(index.articles.length);
    await first.library.save();
    // An update ships another bundled index: its articles replace the old one's.
    const next = bundledIndexFiles(buildIndex(seeds, new Date('2024-02-01')));
    const files = filesOf({ [next.files.engineFile]: next.engine, [next.files.indexFile]: next.index });
    const second = await LibraryEngine.load(store, bundledFromFiles(next.files, files.read));
    expect(second.report.from).toBe('snapshot');
    expect(second.library.engine.size).toBe(seeds.length);
    store.close();
  });
});
