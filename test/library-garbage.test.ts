/**
 * The library survives garbage in its storage (an older version's bug, a
 * half-written record, an engine snapshot that is not one): what is
 * unreadable is passed over and reported once in the extension's log, every
 * good article is still matched, listed and exported, and an engine snapshot
 * that cannot be loaded is rebuilt from the articles.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../lib/index/build';
import { bundledFromIndex, LibraryEngine } from '../lib/library/engine-store';
import { openLibraryDb } from '../lib/library/schema';
import { LibraryStore } from '../lib/library/store';
import { ENGINE_SNAPSHOT_FORMAT, ENGINE_SNAPSHOT_VERSION, engineDerivation } from '../lib/match/engine';
import { loadFixtureSeeds } from './fixture-seeds';

const seeds = loadFixtureSeeds();
const noBundled = bundledFromIndex(buildIndex([], new Date('2024-01-01')));

/** Records no version of Jejak should have written, under ids the store would use. */
const JUNK_RECORDS: unknown[] = [
  { id: 'lib:null-article', article: null, textKey: 'a', date: '', outlet: '', savedAt: '', source: 'read' },
  { id: 'lib:string-paragraphs', article: { id: 'x', paragraphs: 'teks', quotes: [] }, textKey: 'b', date: '', outlet: '', savedAt: '', source: 'read' },
  { id: 'lib:no-quotes', article: { id: 'y', paragraphs: ['Satu paragraf.'], quotes: 'banyak' }, textKey: 'c', date: '', outlet: '', savedAt: '', source: 'read' },
  { id: 'lib:number', article: 42, textKey: 'd', date: '', outlet: '', savedAt: '', source: 'read' },
];

let n = 0;
async function libraryWithJunk(): Promise<{ name: string; store: LibraryStore }> {
  const name = `library-garbage-${++n}`;
  const store = await LibraryStore.open(name);
  for (const seed of seeds.slice(0, 2)) await store.put({ ...seed, url: `https://www.voi.id/berita/${seed.id}` }, 'imported');
  const db = await openLibraryDb(name);
  for (const record of JUNK_RECORDS) await db.put('articles', record as never);
  db.close();
  return { name, store };
}

afterEach(() => vi.restoreAllMocks());

describe('a library with garbage in its storage', () => {
  it('builds its engine from the good articles, passing over the rest, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = await libraryWithJunk();
    const { library } = await LibraryEngine.load(store, noBundled);
    expect([...library.engine.entries()].filter((e) => e.origin === 'library')).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/4 .*library/);
    store.close();
  });

  it('lists and exports its good articles, and opens none of the rest', async () => {
    const { store } = await libraryWithJunk();
    const good = (await store.list()).map((e) => e.id);
    expect(good).toHaveLength(2);
    const exported: string[] = [];
    for await (const records of store.records()) exported.push(...records.map((r) => r.id));
    expect(exported.sort()).toEqual([...good].sort());
    for (const junk of JUNK_RECORDS) expect(await store.get((junk as { id: string }).id)).toBeUndefined();
    expect(store.unreadable.size).toBe(JUNK_RECORDS.length);
    store.close();
  });

  it('rebuilds an engine snapshot it cannot load, from the articles', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = await libraryWithJunk();
    // Labelled as a current snapshot, holding nothing of one.
    await store.writeEngine({ seq: 0, bundledStamp: noBundled.stamp, snapshot: { format: ENGINE_SNAPSHOT_FORMAT, version: ENGINE_SNAPSHOT_VERSION, derivation: engineDerivation(), articles: 'x' } as never });
    const { library, report } = await LibraryEngine.load(store, noBundled);
    expect(report.from).toBe('rebuilt');
    expect([...library.engine.entries()].filter((e) => e.origin === 'library')).toHaveLength(2);
    store.close();
  });
});
