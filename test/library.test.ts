import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { documentFromHtml, pageFromHtml } from '../lib/article/html';
import { buildIndex, serializeIndex } from '../lib/index/build';
import { ENGINE_SNAPSHOT_VERSION } from '../lib/match/engine';
import type { PageArticle } from '../lib/match/types';
import { bundledFromIndex, LibraryEngine, SAVE_AFTER_CHANGES } from '../lib/library/engine-store';
import { importFiles } from '../lib/library/import-run';
import { libraryId } from '../lib/library/record';
import { LIBRARY_DB_VERSION, openLibraryDb } from '../lib/library/schema';
import { LibraryQuotaError, LibraryStore } from '../lib/library/store';
import { exportRecord, readImportFile, type ImportFile } from '../lib/library/transfer';
import { parseSeedText } from '../lib/seed/parse';
import type { Article } from '../lib/types';
import { fixtureSeedNames, fixtureSeedText, loadFixtureSeeds } from './fixture-seeds';
import { corpusSourceFromSeeds, SyntheticCorpus } from '../scripts/bench/corpus';

const PAGES = join(import.meta.dirname, 'fixtures/pages');
const deps = { parseHtml: documentFromHtml };
const noPause = { yieldToPage: async () => {} };

let dbCount = 0;
async function freshStore(): Promise<LibraryStore> {
  return LibraryStore.open(`library-test-${++dbCount}`);
}

function fixtureHtml(outlet: string, slug: string): { html: string; url: string } {
  const spec = JSON.parse(readFileSync(join(PAGES, outlet, `${slug}.json`), 'utf8')) as { url: string };
  return { html: readFileSync(join(PAGES, outlet, `${slug}.html`), 'utf8'), url: spec.url };
}

/** The five seeds as raw text, with addresses: TribunWow's and VOI's reports of one statement among them. */
const seeds = loadFixtureSeeds();
const seedRecords = fixtureSeedNames().map((name, i) => ({
  url: `https://news.example.id/${i}/${name}`,
  outlet: `Outlet ${i}`,
  text: fixtureSeedText(name),
}));
const seedsJsonl: ImportFile = { name: 'seeds.jsonl', text: seedRecords.map((r) => JSON.stringify(r)).join('\n') };
/** Bundled index of the engine: empty, so everything matched comes from the library. */
const noBundled = bundledFromIndex(buildIndex([], new Date('2024-01-01')));

function pageOf(article: Article, url?: string): PageArticle {
  return { url, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, paragraphs: article.paragraphs };
}

/** What a reader can see of a library: per article its address, outlet, title, date, text and quotes. */
async function contents(store: LibraryStore) {
  const out: unknown[] = [];
  for await (const records of store.records()) {
    for (const { id, article } of records) {
      out.push({ id, url: article.url, outlet: article.outlet, title: article.title, publishedAt: article.publishedAt, paragraphs: article.paragraphs, quotes: article.quotes.map((q) => [q.id, q.text, q.speaker?.id]) });
    }
  }
  return out;
}

describe('library store', () => {
  it('adds, updates by canonical URL, and skips duplicates by URL, by text and of the bundled index', async () => {
    const store = await freshStore();
    const [a, b] = seeds;
    const first = await store.put({ ...a!, url: 'https://www.voi.id/berita/1/a' }, 'read');
    expect(first.status).toBe('added');
    expect(first.id).toBe(libraryId({ url: 'https://www.voi.id/berita/1/a', paragraphs: [] }));
    // The same page over http, without "www.", with a query: the same article, the same text.
    expect(await store.put({ ...a!, url: 'http://voi.id/berita/1/a?utm_source=x' }, 'read')).toEqual({ status: 'duplicate', id: first.id, reason: 'same-url' });
    // The page changed (a correction): the one record is updated.
    const corrected = { ...a!, url: 'https://www.voi.id/berita/1/a', paragraphs: [...a!.paragraphs, 'Koreksi: judul diperbaiki.'] };
    expect(await store.put(corrected, 'read')).toEqual({ status: 'updated', id: first.id });
    expect(await store.count()).toBe(1);
    expect((await store.get(first.id))!.article.paragraphs.at(-1)).toBe('Koreksi: judul diperbaiki.');
    // The corrected text under another address: the same text, skipped.
    expect(await store.put({ ...corrected, url: 'https://mirror.example/a' }, 'imported')).toEqual({ status: 'duplicate', id: first.id, reason: 'same-text' });
    // A page the bundled index holds.
    const bundledUrl = 'wow.tribunnews.com/2023/06/14/b';
    expect((await store.put({ ...b!, url: 'https://wow.tribunnews.com/2023/06/14/b' }, 'read', { inBundled: (key) => key === bundledUrl })).reason).toBe('bundled');
    expect(await store.count()).toBe(1);
    store.close();
  });

  it('deletes an article from the store and from every index of the engine at once', async () => {
    const store = await freshStore();
    const { library } = await LibraryEngine.load(store, noBundled);
    const [voi, tribun] = [seeds[0]!, seeds[1]!];
    const saved = await store.put({ ...tribun, url: 'https://wow.tribunnews.com/2023/06/14/kepala-nato' }, 'read');
    await library.sync();
    const page = pageOf(voi, 'https://www.voi.id/berita/289123');
    const before = library.engine.analyze(page, { force: true });
    expect(before.quotes.some((q) => q.matches.some((m) => m.articleId === saved.id))).toBe(true);
    expect(before.related.map((r) => r.articleId)).toContain(saved.id);
    expect(library.engine.idForUrl('https://wow.tribunnews.com/2023/06/14/kepala-nato')).toBe(saved.id);

    expect(await store.delete([saved.id])).toBe(1);
    await library.sync();
    const after = library.engine.analyze(page, { force: true });
    expect(after.quotes.flatMap((q) => q.matches)).toEqual([]);
    expect(after.related).toEqual([]);
    expect(library.engine.idForUrl('https://wow.tribunnews.com/2023/06/14/kepala-nato')).toBeUndefined();
    expect(library.engine.getEntry(saved.id)).toBeUndefined();
    expect(await store.getByUrlKey('wow.tribunnews.com/2023/06/14/kepala-nato')).toBeUndefined();
    expect(await store.list()).toEqual([]);
    store.close();
  });

  it('lists by date and by outlet without the texts', async () => {
    const store = await freshStore();
    await importFiles([seedsJsonl], store, { ...deps, ...noPause });
    const byDate = await store.list();
    expect(byDate).toHaveLength(5);
    const dates = byDate.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(byDate[0]).not.toHaveProperty('article');
    expect((await store.list({ outlet: 'Outlet 2' })).map((e) => e.outlet)).toEqual(['Outlet 2']);
    expect((await store.outlets()).map((o) => o.count)).toEqual([1, 1, 1, 1, 1]);
    expect(await store.list({ offset: 3, limit: 10 })).toHaveLength(2);
    store.close();
  });
});

describe('import and export', () => {
  it('imports JSONL, an index file, a saved page and raw text, and reports each kind of outcome', async () => {
    const store = await freshStore();
    const index: ImportFile = { name: 'index.json', text: serializeIndex(buildIndex([{ ...seeds[2]!, url: 'https://example.id/index-only' }])) };
    const antara = fixtureHtml('antara', 'stoltenberg-nato-ambil-alih-koordinasi-bantuan');
    const html: ImportFile = { name: 'antara.html', text: antara.html };
    const txt: ImportFile = { name: 'seed-3.txt', text: fixtureSeedText(fixtureSeedNames()[3]!) };
    const report = await importFiles([seedsJsonl, index, html, txt], store, { ...deps, ...noPause });
    // Seeds 2 and 3 come again (under another address, and without one): the same texts, skipped.
    expect(report).toMatchObject({ imported: 6, updated: 0, duplicateUrl: 0, duplicateText: 2, rejected: [] });
    const records = await store.getMany([libraryId({ url: antara.url, paragraphs: [] })]);
    expect(records[0]?.article.outlet).toBe('ANTARA');
    // Importing the same file again changes nothing.
    const again = await importFiles([seedsJsonl], store, { ...deps, ...noPause });
    expect(again).toMatchObject({ imported: 0, duplicateUrl: 5 });
    store.close();
  });

  it('exports JSONL that, imported into an empty library, gives the same library', async () => {
    const store = await freshStore();
    const antara = fixtureHtml('antara', 'stoltenberg-nato-ambil-alih-koordinasi-bantuan');
    await importFiles([seedsJsonl, { name: 'a.html', text: antara.html }, { name: 'plain.txt', text: fixtureSeedText(fixtureSeedNames()[0]!) + '\n\nParagraf tambahan agar teksnya berbeda dari seed itu.' }], store, { ...deps, ...noPause });
    const lines: string[] = [];
    for await (const records of store.records()) for (const r of records) lines.push(exportRecord(r.article));
    expect(lines).toHaveLength(7);

    const copy = await freshStore();
    const report = await importFiles([{ name: 'export.jsonl', text: lines.join('\n') + '\n' }], copy, { ...deps, ...noPause });
    expect(report).toMatchObject({ imported: 7, rejected: [] });
    expect(await contents(copy)).toEqual(await contents(store));
    store.close();
    copy.close();
  });

  it('keeps every good record of a broken file, names each bad one with its line and reason, and loses nothing stored', async () => {
    const store = await freshStore();
    await importFiles([seedsJsonl], store, { ...deps, ...noPause });
    const before = await contents(store);
    const good = (n: number) => JSON.stringify({ url: `https://new.example.id/${n}`, text: `JAKARTA - Berita nomor ${n} tentang NATO dan Ukraina yang cukup panjang untuk menjadi sebuah paragraf berita.` });
    const broken: ImportFile = {
      name: 'broken.jsonl',
      text: [good(1), '{"url": "https://x.id/1", "text": ', JSON.stringify({ url: 'https://x.id/2' }), JSON.stringify({ text: 'isi', publishedAt: 'kemarin' }), '', good(2), '[1, 2]', JSON.stringify({ text: 'isi', url: 42 })].join('\n'),
    };
    const badIndex: ImportFile = { name: 'old-index.json', text: JSON.stringify({ format: 'jejak-index', version: 99, articles: [] }) };
    const report = await importFiles([broken, badIndex, { name: 'notes.docx', text: 'x' }], store, { ...deps, ...noPause });
    expect(report.imported).toBe(2);
    expect(report.rejected).toEqual([
      { file: 'broken.jsonl', line: 2, message: expect.stringMatching(/^not valid JSON/), code: 'invalidJson' },
      { file: 'broken.jsonl', line: 3, message: 'missing "text" (the article body)', code: 'noText' },
      { file: 'broken.jsonl', line: 4, message: '"publishedAt" must be a real date written YYYY-MM-DD', code: 'badDate' },
      { file: 'broken.jsonl', line: 7, message: 'expected an object with a "text" field', code: 'notObject' },
      { file: 'broken.jsonl', line: 8, message: '"url" must be a string', code: 'notString', params: ['url'] },
      { file: 'old-index.json', message: expect.stringMatching(/version 99/), code: 'badIndex' },
      { file: 'notes.docx', message: expect.stringMatching(/unsupported file type "\.docx"/), code: 'unsupportedType', params: ['.docx', expect.stringContaining('.jsonl')] },
    ]);
    const after = await contents(store);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 2);
    store.close();
  });

  it('stops at a full disk with what was saved before it kept, and says why', async () => {
    const store = await freshStore();
    let batches = 0;
    const original = store.putMany.bind(store);
    store.putMany = async (...args) => {
      if (++batches > 1) throw new LibraryQuotaError('The browser refused to store more: the storage it allows Jejak is full.');
      return original(...args);
    };
    const many: ImportFile = {
      name: 'many.jsonl',
      text: Array.from({ length: 600 }, (_, n) => JSON.stringify({ url: `https://a.example.id/${n}`, paragraphs: [`Paragraf berita nomor ${n} tentang KTT NATO di Vilnius.`] })).join('\n'),
    };
    const report = await importFiles([many], store, { ...deps, ...noPause });
    expect(report.stopped).toMatch(/storage/);
    expect(report.imported).toBe(250);
    expect(await store.count()).toBe(250);
    store.close();
  });

  it('reads a .txt as the index builder does', () => {
    const text = fixtureSeedText(fixtureSeedNames()[1]!);
    const [item] = [...readImportFile({ name: 'a.txt', text }, deps)];
    const expected = parseSeedText(text, { id: 'import', file: 'a.txt' });
    expect('article' in item! && item.article.paragraphs).toEqual(expected.paragraphs);
  });
});

describe('library engine', () => {
  it('loads its snapshot on the next start and replays only what changed since', async () => {
    const name = `library-test-${++dbCount}`;
    let store = await LibraryStore.open(name);
    await importFiles([seedsJsonl], store, { ...deps, ...noPause });
    const first = await LibraryEngine.load(store, noBundled);
    expect(first.report).toMatchObject({ from: 'rebuilt' });
    await first.library.save();
    expect(await store.changesSince(0)).toEqual([]);

    // Another page deletes an article and adds one while the background is stopped.
    await store.delete([libraryId({ url: seedRecords[0]!.url, paragraphs: [] })]);
    await store.put({ ...seeds[0]!, url: 'https://www.voi.id/berita/289123' }, 'saved');
    store.close();

    store = await LibraryStore.open(name);
    const second = await LibraryEngine.load(store, noBundled);
    expect(second.report).toMatchObject({ from: 'snapshot', replayed: 2 });
    const ids = [...second.library.engine.entries()].map((e) => e.id).sort();
    expect(ids).toEqual((await contents(store)).map((c) => (c as { id: string }).id).sort());
    // Answers from the loaded engine are what a fresh build gives.
    const page = pageOf(seeds[1]!, 'https://wow.tribunnews.com/x');
    const rebuilt = createFresh(await contents(store));
    const { elapsedMs: _a, ...loaded } = second.library.engine.analyze(page, { force: true });
    const { elapsedMs: _b, ...fresh } = (await rebuilt).engine.analyze(page, { force: true });
    expect(rounded(loaded)).toEqual(rounded(fresh));
    store.close();
  });

  it('stores its snapshot once enough changes wait, not after every article read, and a restart replays those that wait', async () => {
    const name = `library-test-${++dbCount}`;
    let store = await LibraryStore.open(name);
    const first = await LibraryEngine.load(store, noBundled);
    expect(first.library.saveDue).toBe(true);
    await first.library.save();
    expect(first.library.saveDue).toBe(false);
    const read = (i: number) => {
      const seed = seeds[i % seeds.length]!;
      return store.put({ ...seed, id: `read-${i}`, url: `https://www.voi.id/berita/${700000 + i}`, paragraphs: [...seed.paragraphs, `Pembaruan ke-${i} dari redaksi.`] }, 'read');
    };
    for (let i = 0; i < SAVE_AFTER_CHANGES - 1; i++) await read(i);
    await first.library.sync();
    expect(first.library.unsaved).toBe(true);
    expect(first.library.saveDue).toBe(false);
    store.close();

    // A restart before the snapshot was stored again replays the articles read since.
    store = await LibraryStore.open(name);
    const second = await LibraryEngine.load(store, noBundled);
    expect(second.report).toMatchObject({ from: 'snapshot', replayed: SAVE_AFTER_CHANGES - 1 });
    expect(second.library.engine.size).toBe(SAVE_AFTER_CHANGES - 1);
    await read(SAVE_AFTER_CHANGES);
    await second.library.sync();
    expect(second.library.saveDue).toBe(true);
    await second.library.save();
    expect(second.library.unsaved).toBe(false);
    store.close();
  });

  it('after storing the snapshot of a large import, holds its articles compacted and answers the same', async () => {
    const store = await freshStore();
    const corpus = new SyntheticCorpus(corpusSourceFromSeeds(seeds), 700);
    await store.putMany(Array.from({ length: 700 }, (_, i) => ({ ...corpus.article(i), url: `https://news.example.id/syn/${i}` })), 'saved');
    const { library } = await LibraryEngine.load(store, noBundled);
    expect(library.engine.addedSinceCompact).toBe(700);
    const page = corpus.page(40, 600);
    const { elapsedMs: _a, ...before } = library.engine.analyze(page, { force: true });
    await library.save();
    expect(library.engine.addedSinceCompact).toBe(0);
    const { elapsedMs: _b, ...after } = library.engine.analyze(page, { force: true });
    expect(after).toEqual(before);
    expect(before.related.length).toBeGreaterThan(0);
    const id = library.engine.idForUrl('https://news.example.id/syn/5');
    expect(library.engine.getEntry(id!)).toMatchObject({ title: corpus.article(5).title, origin: 'library' });
    store.close();
  });

  // An engine of another version, or of the same version whose stemming or splitting had changed (its quote keys would not be found).
  it.each([
    ['is of another engine version', { version: ENGINE_SNAPSHOT_VERSION + 1 }],
    ["'s keys were derived from text in another way", { derivation: 'another-derivation' }],
  ])('rebuilds from the stored articles when the snapshot%s, and stores a snapshot it loads next time', async (_what, change) => {
    const store = await freshStore();
    await importFiles([seedsJsonl], store, { ...deps, ...noPause });
    const { library } = await LibraryEngine.load(store, noBundled);
    await library.save();
    const stored = (await store.readEngine())!;
    await store.writeEngine({ ...stored, snapshot: { ...stored.snapshot, ...change } });
    const reloaded = await LibraryEngine.load(store, noBundled);
    expect(reloaded.report.from).toBe('rebuilt');
    expect(reloaded.library.engine.size).toBe(5);
    await reloaded.library.save();
    expect((await LibraryEngine.load(store, noBundled)).report.from).toBe('snapshot');
    store.close();
  });

  it('searches the bundled index and the library together, each article saying where it came from', async () => {
    const store = await freshStore();
    // VOI's report bundled, TribunWow's in the library, and Kompas's report of the same meeting on the page.
    const bundled = bundledFromIndex(buildIndex([seeds[0]!], new Date('2024-01-01')));
    await store.put({ ...seeds[1]!, url: 'https://wow.tribunnews.com/y' }, 'read');
    const { library } = await LibraryEngine.load(store, bundled);
    const kompas = fixtureHtml('kompas', 'bertemu-biden-sekjen-nato-ukraina-buat-kemajuan');
    const analysis = library.engine.analyze(pageFromHtml(kompas.html, kompas.url)!, { force: true });
    const origins = new Set(analysis.related.map((r) => library.engine.getEntry(r.articleId)?.origin));
    expect(origins).toEqual(new Set(['bundled', 'library']));
    // "Hapus semua" leaves the bundled index.
    await store.clear();
    await library.sync();
    expect([...library.engine.entries()].map((e) => e.origin)).toEqual(['bundled']);
    store.close();
  });
});

describe('schema migration', () => {
  it('upgrades a version 1 library, keeping its articles and filling what version 2 adds', async () => {
    const name = `library-test-${++dbCount}`;
    const v1 = await openLibraryDb(name, 1);
    const article = { ...seeds[0]!, id: 'lib:old', url: 'https://www.voi.id/berita/289123' };
    // A record as version 1 wrote it: id, article, canonical URL, time saved.
    await v1.put('articles', { id: 'lib:old', article, urlKey: 'voi.id/berita/289123', savedAt: '2024-05-01T00:00:00.000Z', source: 'read' } as never);
    v1.close();

    const store = new LibraryStore(await openLibraryDb(name));
    expect(store.db.version).toBe(LIBRARY_DB_VERSION);
    const record = (await store.get('lib:old'))!;
    expect(record).toMatchObject({ date: article.publishedAt, outlet: article.outlet ?? '', savedAt: '2024-05-01T00:00:00.000Z' });
    expect(record.textKey).toMatch(/\./);
    // The new text index finds it: the same text under another address is a duplicate.
    expect((await store.put({ ...article, url: 'https://mirror.example/x' }, 'imported')).reason).toBe('same-text');
    // And the engine, which never saw it, picks it up from the change log.
    const { library } = await LibraryEngine.load(store, noBundled);
    expect(library.engine.getEntry('lib:old')?.origin).toBe('library');
    store.close();
  });

  it('leaves a database it cannot upgrade as it was', async () => {
    const name = `library-test-${++dbCount}`;
    const v1 = await openLibraryDb(name, 1);
    v1.close();
    // A newer layout than this Jejak knows is refused, not overwritten.
    const newer = await openDB(name, LIBRARY_DB_VERSION + 1, { upgrade() {} });
    newer.close();
    await expect(openLibraryDb(name)).rejects.toThrow();
  });
});

/** Numbers to 12 significant digits: two engines that added the same articles in another order sum in another order. */
function rounded(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
}

async function createFresh(items: unknown[]) {
  const store = await freshStore();
  const articles = (items as { id: string; url?: string; outlet?: string; title?: string; publishedAt?: string; paragraphs: string[] }[]).map((c) => ({ url: c.url, outlet: c.outlet, title: c.title, publishedAt: c.publishedAt, paragraphs: c.paragraphs }));
  await importFiles([{ name: 'x.jsonl', text: articles.map((a) => JSON.stringify(a)).join('\n') }], store, { ...deps, ...noPause });
  const { library } = await LibraryEngine.load(store, noBundled);
  return library;
}
