import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundService, createTabStatusStore } from '../../entrypoints/background/service';
import { createBackgroundLibrary } from '../../entrypoints/background/library';
import { buildIndex } from '../../lib/index/build';
import { LibraryStore } from '../../lib/library/store';
import { bundledFromIndex, LibraryEngine } from '../../lib/library/engine-store';
import { parseTabMessage, type AnalyzeResponse, type TabMessage } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { Article } from '../../lib/types';
import { loadFixtureSeeds } from '../fixture-seeds';

const [voi, tribun] = loadFixtureSeeds();
const A_URL = 'https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan';
const B_URL = 'https://wow.tribunnews.com/2023/06/14/kepala-nato-berharap-serangan-baru-ukraina';
const pageOf = (article: Article, url: string) => ({ url, title: article.title, outlet: new URL(url).hostname.includes('voi') ? 'VOI' : 'TribunWow', publishedAt: article.publishedAt, paragraphs: article.paragraphs });

let n = 0;
function setup(settings: Partial<Settings> = {}, told: Array<{ tabId: number; message: TabMessage }> = []) {
  const name = `background-library-${++n}`;
  const library = createBackgroundLibrary(() => LibraryStore.open(name), bundledFromIndex(buildIndex([], new Date('2024-01-01'))));
  const service = createBackgroundService({
    createEngine: () => library.engine(),
    library,
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    statuses: createTabStatusStore(),
    setBadge: async () => {},
    openTab: async () => {},
    readerUrl: (id) => `chrome-extension://jejak/reader.html?id=${encodeURIComponent(id)}`,
    injectContentScript: async () => {},
    tellTab: async (tabId, message) => void told.push({ tabId, message }),
  });
  return { service, open: () => LibraryStore.open(name) };
}

describe('background with the reader’s library', () => {
  it('keeps an article read as coverage, and shows its wording, with its address, beside another outlet’s report', async () => {
    const { service, open } = setup();
    await service.handleMessage({ type: 'analyze', page: pageOf(voi!, A_URL) }, { tab: { id: 1 } });
    const store = await open();
    await vi.waitFor(async () => expect(await store.count()).toBe(1));

    const reply = (await service.handleMessage({ type: 'analyze', page: pageOf(tribun!, B_URL) }, { tab: { id: 2 } })) as AnalyzeResponse;
    const fromA = reply.analysis.quotes.flatMap((q) => q.matches).filter((m) => reply.articles[m.articleId]?.url === A_URL);
    expect(fromA.length).toBeGreaterThan(0);
    expect(reply.articles[fromA[0]!.articleId]).toMatchObject({ outlet: 'VOI', origin: 'library' });
    // The reader page gets the kept article's full text from storage.
    const full = await service.handleMessage({ type: 'get-article', id: fromA[0]!.articleId }, {});
    expect('article' in full && full.article.paragraphs).toEqual(voi!.paragraphs);
    // And a search finds it by a speaker's name.
    const found = await service.handleMessage({ type: 'library-search', query: 'Stoltenberg' }, {});
    expect('results' in found && found.results.map((r) => r.url)).toContain(A_URL);
    store.close();
  });

  it('tells the page its article was kept, so its sidebar does not offer to keep it again', async () => {
    const told: Array<{ tabId: number; message: TabMessage }> = [];
    const { service, open } = setup({}, told);
    await service.handleMessage({ type: 'analyze', page: pageOf(voi!, A_URL) }, { tab: { id: 1 } });
    await vi.waitFor(() => expect(told).toEqual([{ tabId: 1, message: { type: 'page-kept', how: 'added', url: A_URL } }]));
    // Read again: already there.
    await service.handleMessage({ type: 'analyze', page: pageOf(voi!, A_URL) }, { tab: { id: 1 } });
    await vi.waitFor(() => expect(told.at(-1)).toEqual({ tabId: 1, message: { type: 'page-kept', how: 'duplicate', url: A_URL } }));
    for (const { message } of told) expect(parseTabMessage(message)).toEqual(message);
    expect(parseTabMessage({ type: 'page-kept', how: 'stolen', url: A_URL })).toBeUndefined();
    (await open()).close();
  });

  it('takes an import the Library page wrote into its engine at once and stores the snapshot, so a restarted background loads it without rebuilding', async () => {
    const { service, open } = setup();
    await service.handleMessage({ type: 'analyze', page: pageOf(tribun!, B_URL) }, { tab: { id: 1 } });
    // The Library page imports into the same store, without the background.
    const store = await open();
    await store.put({ ...voi!, id: 'imported-voi', url: A_URL }, 'imported');
    expect(await service.receive({ type: 'library-changed' }, { url: 'chrome-extension://jejak/library.html' }, 'extension')).toEqual({ ok: true });
    const { library, report } = await LibraryEngine.load(store, bundledFromIndex(buildIndex([], new Date('2024-01-01'))));
    expect(report).toMatchObject({ from: 'snapshot', replayed: 0 });
    expect(library.engine.idForUrl(A_URL)).toBeDefined();
    store.close();
  });

  it('keeps nothing when the reader switched remembering off', async () => {
    const { service, open } = setup({ rememberReading: false });
    await service.handleMessage({ type: 'analyze', page: pageOf(voi!, A_URL) }, { tab: { id: 1 } });
    await new Promise((r) => setTimeout(r, 50));
    const store = await open();
    expect(await store.count()).toBe(0);
    store.close();
  });
});

/** A sports report: not NATO/Ukraine coverage, so only saving by hand keeps it. */
const SPORTS = {
  url: 'https://sport.detik.com/sepakbola/liga-indonesia/d-7000001/persib-menang-di-bandung',
  title: 'Persib Menang 2-0 atas Persija di Bandung',
  outlet: 'detikcom',
  publishedAt: '2024-05-02',
  paragraphs: [
    'Persib Bandung mengalahkan Persija Jakarta 2-0 di Stadion Gelora Bandung Lautan Api, Kamis malam.',
    '"Kami bermain disiplin sejak menit pertama," kata pelatih Persib Bojan Hodak seusai laga.',
  ],
};

/** The browser refusing every new article write from now on, as a full quota does; undo with the returned function. */
function refuseArticleWrites(): () => void {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'articles') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  return () => {
    IDBObjectStore.prototype.put = put;
  };
}

describe('Simpan ke Jejak, and a full library', () => {
  it('keeps any page the reader saves, NATO or not, and says whether it was new, updated or already there', async () => {
    const { service, open } = setup({ rememberReading: false });
    const first = await service.receive({ type: 'save-page', page: SPORTS }, { tab: { id: 3 }, frameId: 0 }, 'page');
    expect(first).toMatchObject({ saved: 'added' });
    const store = await open();
    const [entry] = await store.list();
    expect(entry).toMatchObject({ title: SPORTS.title, url: SPORTS.url, source: 'saved', outlet: 'detikcom' });
    expect(await service.receive({ type: 'save-page', page: SPORTS }, { tab: { id: 3 }, frameId: 0 }, 'page')).toMatchObject({ saved: 'duplicate' });
    const corrected = { ...SPORTS, paragraphs: [...SPORTS.paragraphs, 'Gol kedua dicetak pada menit ke-78.'] };
    expect(await service.receive({ type: 'save-page', page: corrected }, { tab: { id: 3 }, frameId: 0 }, 'page')).toMatchObject({ saved: 'updated', id: entry!.id });
    expect(await store.count()).toBe(1);
    // The library's search finds it at once.
    const found = await service.handleMessage({ type: 'library-search', query: 'Persib' }, {});
    expect('results' in found && found.results.map((r) => r.url)).toContain(SPORTS.url);
    store.close();
  });

  it('refuses a save the browser has no room for, says which outlets hold the most, and loses nothing stored', async () => {
    const { service, open } = setup();
    await service.handleMessage({ type: 'analyze', page: pageOf(voi!, A_URL) }, { tab: { id: 1 } });
    const store = await open();
    await vi.waitFor(async () => expect(await store.count()).toBe(1));
    const restore = refuseArticleWrites();
    try {
      const reply = await service.receive({ type: 'save-page', page: SPORTS }, { tab: { id: 3 }, frameId: 0 }, 'page');
      expect(reply).toEqual({ error: 'library full', full: [{ outlet: 'VOI', count: 1 }] });
    } finally {
      restore();
    }
    expect(await store.count()).toBe(1);
    expect((await store.list())[0]).toMatchObject({ url: A_URL });
    store.close();
  });

  it('tells the reader in the popup and the page when an article read cannot be kept for lack of room', async () => {
    const told: Array<{ tabId: number; message: TabMessage }> = [];
    const { service, open } = setup({}, told);
    await service.handleMessage({ type: 'save-page', page: SPORTS }, { tab: { id: 3 } });
    const restore = refuseArticleWrites();
    try {
      await service.handleMessage({ type: 'analyze', page: pageOf(voi!, A_URL) }, { tab: { id: 1 } });
      await vi.waitFor(() => expect(told).toEqual([{ tabId: 1, message: { type: 'library-full', outlets: [{ outlet: 'detikcom', count: 1 }] } }]));
      expect(await service.handleMessage({ type: 'tab-status', tabId: 1 }, {})).toMatchObject({ state: 'analyzed', libraryFull: [{ outlet: 'detikcom', count: 1 }] });
    } finally {
      restore();
    }
    const store = await open();
    expect((await store.list()).map((e) => e.url)).toEqual([SPORTS.url]);
    store.close();
  });
});
