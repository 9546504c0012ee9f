import { describe, expect, it, vi } from 'vitest';
import {
  buildResponse,
  createBackgroundService,
  createTabStatusStore,
  leadSentence,
  type BackgroundEngine,
} from '../../entrypoints/background/service';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { Article } from '../../lib/types';
import type { Analysis, PageArticle } from '../../lib/match/types';
import { analyzeResponse } from './fixtures/analysis';

function article(id: string, publishedAt: string | undefined, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return { id, source: {}, citedSources: [], authors: [], dates: [], paragraphs, quotes: [], entities: [], warnings: [], publishedAt, ...extra };
}

const indexArticles = new Map<string, Article>(
  Object.values(analyzeResponse.articles).map((summary) => [
    summary.id,
    article(summary.id, summary.publishedAt, [summary.lead], { title: summary.title, outlet: summary.outlet }),
  ]),
);

/** An engine that answers with the fixture analysis and a topic score the test picks, applying the threshold it is given. */
function fakeEngine(score: number, defaultThreshold = 4) {
  const analyze = vi.fn((_page: PageArticle, options: { topicThreshold?: number; force?: boolean } = {}): Analysis => {
    const threshold = options.topicThreshold ?? defaultThreshold;
    const isCoverage = score >= threshold;
    const base = analyzeResponse.analysis;
    const topic = { ...base.topic, score, threshold, isCoverage };
    return isCoverage || options.force ? { ...base, topic } : { ...base, topic, quotes: [], related: [] };
  });
  const engine: BackgroundEngine = {
    analyze,
    getArticle: (id) => indexArticles.get(id),
    add: () => {},
    remove: () => {},
    size: indexArticles.size,
  };
  return { engine, analyze };
}

function setup(score: number, settings: Partial<Settings> = {}) {
  const { engine, analyze } = fakeEngine(score);
  const createEngine = vi.fn(() => engine);
  const badges = new Map<number, string>();
  const opened: string[] = [];
  const injected: number[] = [];
  const service = createBackgroundService({
    createEngine,
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    statuses: createTabStatusStore(),
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    openTab: async (url) => void opened.push(url),
    readerUrl: (id) => `chrome-extension://jejak/reader.html?id=${encodeURIComponent(id)}`,
    injectContentScript: async (tabId) => void injected.push(tabId),
  });
  return { service, createEngine, analyze, badges, opened, injected };
}

const page: PageArticle = { title: 'Stoltenberg ke Biden', paragraphs: ['JAKARTA - Sekretaris Jenderal NATO …'] };

describe('background', () => {
  it('runs the full content script in the tab whose first look asked for it, without building the engine', async () => {
    const { service, injected, createEngine } = setup(14);
    expect(await service.handleMessage({ type: 'read-page' }, { tab: { id: 12 } })).toEqual({ ok: true });
    expect(injected).toEqual([12]);
    expect(await service.handleMessage({ type: 'read-page' }, {})).toEqual({ ok: false, reason: 'no tab' });
    expect(injected).toEqual([12]);
    expect(createEngine).not.toHaveBeenCalled();
  });

  it('answers an analysis with summaries and a dated timeline, and badges the tab with the matched quotes', async () => {
    const { service, badges, createEngine } = setup(14);
    const response = (await service.handleMessage({ type: 'analyze', page }, { tab: { id: 7 } })) as typeof analyzeResponse;
    expect(Object.keys(response.articles).sort()).toEqual(Object.keys(analyzeResponse.articles).sort());
    // The timeline is the page's event only: the articles a year and more away are other events.
    expect(response.timeline.map((summary) => summary.publishedAt)).toEqual(['2023-06-14']);
    expect(badges.get(7)).toBe('4');
    expect(await service.handleMessage({ type: 'tab-status', tabId: 7 }, {})).toEqual({
      state: 'analyzed',
      title: 'Stoltenberg ke Biden',
      matchedQuotes: 4,
      // Other outlets' articles on the same event; the three of other events are not counted.
      related: 1,
    });
    // The engine is built once, on first use, and serves every later message.
    await service.handleMessage({ type: 'analyze', page }, { tab: { id: 8 } });
    expect(createEngine).toHaveBeenCalledOnce();
  });

  it('reports a page off the topic, clears its badge, and forgets closed tabs', async () => {
    const { service, badges } = setup(1);
    await service.handleMessage({ type: 'analyze', page }, { tab: { id: 3 } });
    expect(badges.get(3)).toBe('');
    expect(await service.handleMessage({ type: 'tab-status', tabId: 3 }, {})).toEqual({ state: 'not-topic', title: page.title });
    await service.forgetTab(3);
    expect(await service.handleMessage({ type: 'tab-status', tabId: 3 }, {})).toEqual({ state: 'idle' });
  });

  it('applies the reader\'s sensitivity to the engine\'s threshold', async () => {
    // Score 5 passes the default threshold of 4, but not strict (6).
    const strict = setup(5, { sensitivity: 'strict' });
    await strict.service.handleMessage({ type: 'analyze', page }, { tab: { id: 1 } });
    expect(await strict.service.handleMessage({ type: 'tab-status', tabId: 1 }, {})).toMatchObject({ state: 'not-topic' });
    // Score 3 fails the default, but passes broad (2.4).
    const broad = setup(3, { sensitivity: 'broad' });
    await broad.service.handleMessage({ type: 'analyze', page }, { tab: { id: 1 } });
    expect(await broad.service.handleMessage({ type: 'tab-status', tabId: 1 }, {})).toMatchObject({ state: 'analyzed' });
    expect(broad.analyze).toHaveBeenLastCalledWith(page, { topicThreshold: 4 * 0.6 });
  });

  it("tells how long the engine took over each page, both of its looks when the reader's sensitivity asks for a second", async () => {
    let clock = 1_000;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      // Score 3 fails the default threshold and passes broad: the engine looks twice, 12 ms each.
      const { engine, analyze } = fakeEngine(3);
      analyze.mockImplementation((p, options) => {
        clock += 12;
        return fakeEngine(3).engine.analyze(p, options);
      });
      const times: number[] = [];
      const service = createBackgroundService({
        createEngine: () => engine,
        loadSettings: async () => ({ ...DEFAULT_SETTINGS, sensitivity: 'broad' }),
        statuses: createTabStatusStore(),
        setBadge: async () => {},
        openTab: async () => {},
        injectContentScript: async () => {},
        readerUrl: (id) => `chrome-extension://jejak/reader.html?id=${id}`,
        analysed: (ms) => void times.push(ms),
      });
      await service.handleMessage({ type: 'analyze', page }, { tab: { id: 3 } });
      expect(analyze).toHaveBeenCalledTimes(2);
      expect(times).toEqual([24]);
    } finally {
      now.mockRestore();
    }
  });

  it('runs on request even off the topic', async () => {
    const { service, analyze } = setup(1);
    await service.handleMessage({ type: 'analyze', page, force: true }, { tab: { id: 2 } });
    expect(analyze).toHaveBeenCalledWith(page, { force: true });
    expect(await service.handleMessage({ type: 'tab-status', tabId: 2 }, {})).toMatchObject({ state: 'analyzed', matchedQuotes: 4 });
  });

  it('gives the reader page an article, or a clear error for an unknown id', async () => {
    const { service } = setup(14);
    expect(await service.handleMessage({ type: 'get-article', id: '001_b20bb185f5d74590' }, {})).toMatchObject({
      article: { outlet: 'TribunWow' },
    });
    expect(await service.handleMessage({ type: 'get-article', id: 'nope' }, {})).toEqual({ error: 'no article with id "nope"' });
  });

  it('opens the reader page for an index article', async () => {
    const { service, opened } = setup(14);
    await service.handleMessage({ type: 'open-reader', id: '003_043be2cf66e89dc0' }, { tab: { id: 5, index: 2 } });
    expect(opened).toEqual(['chrome-extension://jejak/reader.html?id=003_043be2cf66e89dc0']);
  });

  it('summarises an untitled article by its first sentence', () => {
    expect(
      leadSentence({
        paragraphs: ['', 'Sekretaris Jenderal NATO Jens Stoltenberg, Jumat (5/7), mengatakan NATO akan bekerja lebih erat. Keputusan penting akan diambil.'],
      }),
    ).toBe('Sekretaris Jenderal NATO Jens Stoltenberg, Jumat (5/7), mengatakan NATO akan bekerja lebih erat.');
    const summaries = buildResponse(analyzeResponse.analysis, () => undefined);
    expect(summaries.timeline).toEqual([]);
  });

  it('answers only well-formed requests, from whom each may come', async () => {
    const { service } = setup(14);
    const fromPage = { tab: { id: 3 }, url: 'https://www.voi.id/berita/1/a-b-c-d', frameId: 0 };
    // Unknown, malformed or oversized: not answered at all.
    for (const junk of [null, 'analyze', { type: 'nope' }, { type: 'analyze' }, { type: 'analyze', page: { paragraphs: 'x' } },
      { type: 'analyze', page: { paragraphs: Array.from({ length: 5_000 }, () => 'x') } }, { type: 'get-article', id: '../../etc' },
      { type: 'tab-status', tabId: -1 }, { type: '__proto__' }, { type: 'toString' }]) {
      expect(service.receive(junk, fromPage, 'page'), JSON.stringify(junk)?.slice(0, 60)).toBeUndefined();
    }
    // The popup's question is not a page's to ask, nor a frame's.
    expect(service.receive({ type: 'tab-status', tabId: 3 }, fromPage, 'page')).toBeUndefined();
    expect(service.receive({ type: 'read-page' }, { ...fromPage, frameId: 2 }, 'page')).toBeUndefined();
    expect(await service.receive({ type: 'tab-status', tabId: 3 }, {}, 'extension')).toEqual({ state: 'idle' });
    expect(service.receive({ type: 'analyze', page }, {}, 'extension')).toBeUndefined();
  });

  it('injects the article script once per page address, and rate-limits what a tab asks for', async () => {
    const { service, injected, analyze } = setup(14);
    const sender = { tab: { id: 5 }, url: 'https://www.voi.id/berita/1/a-b-c-d', frameId: 0 };
    // A page that forges location changes: the same address, many times.
    for (let i = 0; i < 50; i++) await service.receive({ type: 'read-page' }, sender, 'page');
    expect(injected).toEqual([5]);
    const replies = [];
    for (let i = 0; i < 30; i++) replies.push(await service.receive({ type: 'analyze', page }, sender, 'page'));
    expect(analyze.mock.calls.length).toBeLessThanOrEqual(12);
    expect(replies.at(-1)).toEqual({ error: 'too many requests from this tab' });
    // A closed tab's limits go with it.
    await service.forgetTab(5);
    expect(await service.receive({ type: 'analyze', page }, sender, 'page')).toHaveProperty('analysis');
  });

  it('answers a failed analysis with a plain error, not a rejection', async () => {
    const { service, analyze } = setup(14);
    analyze.mockImplementation(() => {
      throw new Error('boom');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await service.handleMessage({ type: 'analyze', page }, { tab: { id: 1 } })).toEqual({ error: 'analysis failed' });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('reads junk in session storage as no status', async () => {
    const store = createTabStatusStore({
      get: async (key) => ({ [key]: { state: 'analyzed', matchedQuotes: { evil: true }, related: '3' } }),
      set: async () => {},
      remove: async () => {},
    });
    expect(await store.get(1)).toBeUndefined();
  });
});
