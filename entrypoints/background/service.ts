/**
 * What the background answers. Kept apart from the entrypoint so tests can
 * drive it with a fake browser and a real engine.
 *
 * One engine serves every tab. It is built on the first message that needs
 * it, not at start-up: an MV3 service worker (or Firefox event page) is
 * stopped when idle and started again for the next message, and the next
 * message simply rebuilds it.
 */
import type { Analysis, MatchEngine, PageArticle } from '../../lib/match/types';
import {
  parseReply,
  parseRequest,
  REQUEST_FROM,
  type AnalyzeResponse,
  type ArticleSummary,
  type GetArticleResponse,
  type OutletCounts,
  type Reply,
  type SaveReply,
  type Request,
  type RequestType,
  type TabMessage,
  type TabStatus,
} from '../../lib/messages';
import { buildResponseFrom, matchedQuotes, summarize, summarizeEntry } from '../../lib/response';
import { sameEventIds } from '../../lib/story';
import type { EngineArticle } from '../../lib/match/engine';
import type { Article } from '../../lib/types';
import { topicThresholdFor, type Settings } from '../../lib/settings';

/** The engine as the background uses it: the shared contract plus the per-call options the engine accepts. */
export interface BackgroundEngine extends MatchEngine {
  analyze(page: PageArticle, options?: { topicThreshold?: number; force?: boolean }): Analysis;
  /** What the engine keeps of an article it holds without its text (the reader's library). */
  getEntry?(id: string): EngineArticle | undefined;
  /** Article ids for a reader's search, best first. */
  search?(query: string): string[];
}

/** What keeping a page in the library came to: stored (or already there), or refused because the browser's storage for Jejak is full. */
export type KeepOutcome = { saved: 'added' | 'updated' | 'duplicate'; id: string } | { full: OutletCounts };

/** The reader's library as the background uses it (entrypoints/background/library.ts). */
export interface BackgroundLibrary {
  /** Bring the engine up to date with changes other extension pages made. */
  refresh(): Promise<void>;
  /** The Library page changed the library (an import ended, articles deleted): take the changes in and store the engine's snapshot now. */
  changed(): Promise<void>;
  /** Keep a page Jejak read as coverage. */
  remember(page: PageArticle): Promise<KeepOutcome>;
  /** Keep a page the reader saved ("Simpan ke Jejak"), whatever its topic. */
  save(page: PageArticle): Promise<KeepOutcome>;
  /** A library article's full text, from storage. */
  getArticle(id: string): Promise<Article | undefined>;
}

/** Where per-tab status lives: `storage.session` where the browser has it, so a
 * restarted background can still tell the popup what it found. */
export interface TabStatusStore {
  get(tabId: number): Promise<TabStatus | undefined>;
  set(tabId: number, status: TabStatus): Promise<void>;
  delete(tabId: number): Promise<void>;
}

export interface BackgroundDeps {
  createEngine(): BackgroundEngine | Promise<BackgroundEngine>;
  library?: BackgroundLibrary;
  loadSettings(): Promise<Settings>;
  statuses: TabStatusStore;
  setBadge(tabId: number, text: string): Promise<void>;
  openTab(url: string, openerTab?: { id?: number; index?: number }): Promise<void>;
  /** Run the full content script in the top frame of a tab. */
  injectContentScript(tabId: number): Promise<void>;
  /** Run the sidebar script (Preact, components, styles) in the top frame of a tab, where the content script found something to show. */
  injectSidebar?(tabId: number): Promise<void>;
  /** Tell Jejak's scripts in a tab something (here: that the library is full); a tab without them is no error. */
  tellTab?(tabId: number, message: TabMessage): Promise<void>;
  /** Monotonic clock in ms (tests pass their own). */
  now?(): number;
  /** Told how long the engine took over each page (ms, wall clock) and what it found: the background logs it, where `npm run bench:browser` reads it. */
  analysed?(ms: number, analysis: Analysis): void;
  readerUrl(articleId: string): string;
}

export { buildResponse, leadSentence, matchedQuotes, summarize } from '../../lib/response';

export interface Sender {
  tab?: { id?: number; index?: number };
  /** The sending page or frame: a web page for a content script, the extension's own origin for its pages. */
  url?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
  /** The extension the sender belongs to. */
  id?: string;
}

/** Who sent a message: a content script in a web page, or one of the extension's own pages. */
export type SenderKind = 'page' | 'extension';

/**
 * How often a tab's content scripts may ask for work, per request type: at
 * most `max` in any `windowMs`. Page-controlled events (location changes,
 * DOM churn) reach the background only through these, so a page that forges
 * them gets a few answers and then silence, never a flood of analyses and
 * storage writes.
 */
export const RATE_LIMITS: Partial<Record<RequestType, { max: number; windowMs: number }>> = {
  'read-page': { max: 6, windowMs: 60_000 },
  'show-sidebar': { max: 6, windowMs: 60_000 },
  analyze: { max: 12, windowMs: 60_000 },
  clear: { max: 12, windowMs: 60_000 },
  report: { max: 5, windowMs: 60_000 },
  'open-reader': { max: 10, windowMs: 60_000 },
  'save-page': { max: 10, windowMs: 60_000 },
};

export function createBackgroundService(deps: BackgroundDeps) {
  let engine: BackgroundEngine | undefined;
  /** The engine's own topic threshold, learnt from its first answer, so sensitivity can scale it. */
  let defaultThreshold: number | undefined;

  const getEngine = async (): Promise<BackgroundEngine> => {
    engine ??= await deps.createEngine();
    await deps.library?.refresh();
    return engine;
  };
  const summaryOf = (current: BackgroundEngine, id: string): ArticleSummary | undefined => {
    const article = current.getArticle(id);
    if (article) return { ...summarize(article), origin: current.getEntry?.(id)?.origin ?? 'bundled' };
    const entry = current.getEntry?.(id);
    return entry && summarizeEntry(entry);
  };
  const now = deps.now ?? (() => Date.now());
  /** Per tab and request type: when its recent requests came. */
  const recent = new Map<string, number[]>();
  /** Per tab: the page addresses the reader script was injected for (one injection per address). */
  const injectedFor = new Map<number, Set<string>>();

  function withinLimit(type: RequestType, tabId: number | undefined): boolean {
    const limit = RATE_LIMITS[type];
    if (!limit) return true;
    const key = `${tabId ?? '-'}:${type}`;
    const t = now();
    const times = (recent.get(key) ?? []).filter((x) => t - x < limit.windowMs);
    if (times.length >= limit.max) {
      recent.set(key, times);
      return false;
    }
    times.push(t);
    recent.set(key, times);
    return true;
  }

  function analyze(current: BackgroundEngine, page: PageArticle, settings: Settings, force: boolean): Analysis {
    const first = current.analyze(page, { force });
    defaultThreshold ??= first.topic.threshold;
    if (settings.sensitivity === 'normal' || force) return first;
    const threshold = topicThresholdFor(settings.sensitivity, defaultThreshold);
    // Analyse again only when the reader's sensitivity changes the verdict.
    if (first.topic.score >= threshold === first.topic.isCoverage) return first;
    return current.analyze(page, { topicThreshold: threshold });
  }

  async function handleAnalyze(page: PageArticle, force: boolean, sender: Sender): Promise<AnalyzeResponse> {
    const settings = await deps.loadSettings();
    const current = await getEngine();
    const started = performance.now();
    const analysis = analyze(current, page, settings, force);
    deps.analysed?.(performance.now() - started, analysis);
    const response = buildResponseFrom(analysis, (id) => summaryOf(current, id));
    const tabId = sender.tab?.id;
    const status: TabStatus = analysis.topic.isCoverage || force
      ? { state: 'analyzed', title: page.title, matchedQuotes: matchedQuotes(analysis), related: sameEventIds(analysis).size }
      : { state: 'not-topic', title: page.title };
    if (tabId !== undefined) {
      const matched = status.state === 'analyzed' ? status.matchedQuotes : 0;
      await Promise.all([deps.statuses.set(tabId, status), deps.setBadge(tabId, matched > 0 ? String(matched) : '')]);
    }
    if (analysis.topic.isCoverage && settings.rememberReading && deps.library) {
      // After the reply: the page's sidebar does not wait for the library.
      void deps.library.remember(page).then(
        (outcome) => {
          if (tabId === undefined) return undefined;
          // The sidebar's "Simpan ke Jejak" says the page is kept, instead of offering to keep it.
          return 'full' in outcome ? libraryFull(tabId, status, outcome.full) : deps.tellTab?.(tabId, { type: 'page-kept', how: outcome.saved, url: page.url ?? '' });
        },
        (error: unknown) => console.error('Jejak: could not keep the article in the library', error),
      );
    }
    return response;
  }

  /** The browser refused to keep what the reader just read: the popup and the page's sidebar say why and what to delete. */
  async function libraryFull(tabId: number, status: TabStatus, outlets: OutletCounts): Promise<void> {
    if (status.state === 'analyzed') await deps.statuses.set(tabId, { ...status, libraryFull: outlets });
    await deps.tellTab?.(tabId, { type: 'library-full', outlets });
  }

  async function handleSave(page: PageArticle): Promise<SaveReply> {
    if (!deps.library) return { error: 'no library' };
    try {
      const outcome = await deps.library.save(page);
      return 'full' in outcome ? { error: 'library full', full: outcome.full } : outcome;
    } catch (error) {
      console.error('Jejak: could not save the page in the library', error);
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Answers a request, typed by its reply in lib/messages.ts. */
  async function handleMessage<K extends RequestType>(message: Request<K>, sender: Sender): Promise<Reply<K>>;
  async function handleMessage(message: Request, sender: Sender): Promise<Reply<RequestType>> {
    switch (message.type) {
      case 'analyze':
        try {
          return await handleAnalyze(message.page, message.force === true, sender);
        } catch (error) {
          // The details stay in the extension's own log; the page's sidebar shows a plain error.
          console.error('Jejak: analysis failed', error);
          return { error: 'analysis failed' };
        }
      case 'clear': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) {
          await Promise.all([
            deps.statuses.set(tabId, { state: 'not-article', reason: 'navigated away from the article' }),
            deps.setBadge(tabId, ''),
          ]);
        }
        return { ok: true };
      }
      case 'get-article': {
        const article = (await getEngine()).getArticle(message.id) ?? (await deps.library?.getArticle(message.id));
        const response: GetArticleResponse = article ? { article } : { error: `no article with id "${message.id}"` };
        return response;
      }
      case 'tab-status':
        return (await deps.statuses.get(message.tabId)) ?? ({ state: 'idle' } satisfies TabStatus);
      case 'open-reader':
        await deps.openTab(deps.readerUrl(message.id), sender.tab);
        return { ok: true };
      case 'read-page': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, reason: 'no tab' };
        // Once per page address: a second look at the same page (a forged or
        // repeated location change) finds the reader script already there.
        const pageUrl = sender.url ?? '';
        const done = injectedFor.get(tabId) ?? new Set<string>();
        if (pageUrl && done.has(pageUrl)) return { ok: true };
        await deps.injectContentScript(tabId);
        if (pageUrl) injectedFor.set(tabId, done.add(pageUrl));
        return { ok: true };
      }
      case 'report':
        console.warn(`Jejak (page, ${message.where}): ${message.message}`);
        return { ok: true };
      case 'library-search': {
        const current = await getEngine();
        const ids = current.search?.(message.query) ?? [];
        return { results: ids.map((id) => summaryOf(current, id)).filter((s) => s !== undefined) };
      }
      case 'library-changed':
        await deps.library?.changed();
        return { ok: true };
      case 'show-sidebar': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || !deps.injectSidebar) return { ok: false, reason: 'no tab' };
        await deps.injectSidebar(tabId);
        return { ok: true };
      }
      case 'save-page':
        return handleSave(message.page);
    }
  }

  /**
   * A message as it arrives from the browser: checked against its schema,
   * against who may send it, and against the tab's rate limit before
   * anything runs. Undefined = not Jejak's to answer (left to other listeners,
   * and never an error the sender's page could see); a refused request gets
   * an error reply its sender can show.
   */
  function receive(raw: unknown, sender: Sender, kind: SenderKind): Promise<Reply<RequestType>> | undefined {
    const message = parseRequest(raw);
    if (!message) return undefined;
    if (!(REQUEST_FROM[message.type] as readonly SenderKind[]).includes(kind)) return undefined;
    // Content scripts run in a tab's top frame only; a frame's message is not Jejak's.
    if (kind === 'page' && (sender.tab?.id === undefined || (sender.frameId !== undefined && sender.frameId !== 0))) return undefined;
    if (kind === 'page' && !withinLimit(message.type, sender.tab?.id)) {
      const reason = 'too many requests from this tab';
      return Promise.resolve(message.type === 'analyze' || message.type === 'save-page' ? { error: reason } : { ok: false, reason });
    }
    return handleMessage(message, sender);
  }

  return {
    handleMessage,
    receive,
    /** A tab closed or loaded a new page: what was found there no longer holds. */
    async forgetTab(tabId: number): Promise<void> {
      injectedFor.delete(tabId);
      for (const key of [...recent.keys()]) if (key.startsWith(`${tabId}:`)) recent.delete(key);
      await deps.statuses.delete(tabId);
    },
  };
}

/** Per-tab status in a storage area (session storage), or in memory where there is none. */
export function createTabStatusStore(area?: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}): TabStatusStore {
  if (!area) {
    const memory = new Map<number, TabStatus>();
    return {
      get: async (tabId) => memory.get(tabId),
      set: async (tabId, status) => void memory.set(tabId, status),
      delete: async (tabId) => void memory.delete(tabId),
    };
  }
  const key = (tabId: number) => `tab-status:${tabId}`;
  return {
    // Whatever storage holds is checked like a message: junk reads as no status.
    get: async (tabId) => parseReply('tab-status', (await area.get(key(tabId)))[key(tabId)]),
    set: (tabId, status) => area.set({ [key(tabId)]: status }),
    delete: (tabId) => area.remove(key(tabId)),
  };
}

/** True for the messages this service answers, well-formed (lib/messages.ts schemas). */
export function isRequestMessage(value: unknown): value is Request {
  return parseRequest(value) !== undefined;
}
