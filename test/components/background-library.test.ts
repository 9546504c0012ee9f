import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundService, createTabStatusStore } from '../../entrypoints/background/service';
import { createBackgroundLibrary } from '../../entrypoints/background/library';
import { buildIndex } from '../../lib/index/build';
import { LibraryStore } from '../../lib/library/store';
import { bundledFromIndex } from '../../lib/library/engine-store';
import type { AnalyzeResponse } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { Article } from '../../lib/types';
import { loadFixtureSeeds } from '../fixture-seeds';

const [voi, tribun] = loadFixtureSeeds();
const A_URL = 'https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan';
const B_URL = 'https://wow.tribunnews.com/2023/06/14/kepala-nato-berharap-serangan-baru-ukraina';
const pageOf = (article: Article, url: string) => ({ url, title: article.title, outlet: new URL(url).hostname.includes('voi') ? 'VOI' : 'TribunWow', publishedAt: article.publishedAt, paragraphs: article.paragraphs });

let n = 0;
function setup(settings: Partial<Settings> = {}) {
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

  it('keeps nothing when the reader switched remembering off', async () => {
    const { service, open } = setup({ rememberReading: false });
    await service.handleMessage({ type: 'analyze', page: pageOf(voi!, A_URL) }, { tab: { id: 1 } });
    await new Promise((r) => setTimeout(r, 50));
    const store = await open();
    expect(await store.count()).toBe(0);
    store.close();
  });
});
