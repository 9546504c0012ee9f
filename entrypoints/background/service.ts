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
import type { AnalyzeResponse, GetArticleResponse, RequestMessage, TabStatus } from '../../lib/messages';
import { buildResponse, matchedQuotes } from '../../lib/response';
import { topicThresholdFor, type Settings } from '../../lib/settings';

/** The engine as the background uses it: the shared contract plus the per-call options the engine accepts. */
export interface BackgroundEngine extends MatchEngine {
  analyze(page: PageArticle, options?: { topicThreshold?: number; force?: boolean }): Analysis;
}

/** Where per-tab status lives: `storage.session` where the browser has it, so a
 * restarted background can still tell the popup what it found. */
export interface TabStatusStore {
  get(tabId: number): Promise<TabStatus | undefined>;
  set(tabId: number, status: TabStatus): Promise<void>;
  delete(tabId: number): Promise<void>;
}

export interface BackgroundDeps {
  createEngine(): BackgroundEngine;
  loadSettings(): Promise<Settings>;
  statuses: TabStatusStore;
  setBadge(tabId: number, text: string): Promise<void>;
  openTab(url: string, openerTab?: { id?: number; index?: number }): Promise<void>;
  /** Run the full content script in the top frame of a tab. */
  injectContentScript(tabId: number): Promise<void>;
  readerUrl(articleId: string): string;
}

export { buildResponse, leadSentence, matchedQuotes, summarize } from '../../lib/response';

export interface Sender {
  tab?: { id?: number; index?: number };
}

export function createBackgroundService(deps: BackgroundDeps) {
  let engine: BackgroundEngine | undefined;
  /** The engine's own topic threshold, learnt from its first answer, so sensitivity can scale it. */
  let defaultThreshold: number | undefined;

  const getEngine = (): BackgroundEngine => (engine ??= deps.createEngine());

  function analyze(page: PageArticle, settings: Settings, force: boolean): Analysis {
    const current = getEngine();
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
    const analysis = analyze(page, settings, force);
    const current = getEngine();
    const response = buildResponse(analysis, (id) => current.getArticle(id));
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const matched = matchedQuotes(analysis);
      const status: TabStatus = analysis.topic.isCoverage || force
        ? { state: 'analyzed', title: page.title, matchedQuotes: matched, related: analysis.related.length }
        : { state: 'not-topic', title: page.title };
      await Promise.all([deps.statuses.set(tabId, status), deps.setBadge(tabId, matched > 0 ? String(matched) : '')]);
    }
    return response;
  }

  async function handleMessage(message: RequestMessage, sender: Sender): Promise<unknown> {
    switch (message.type) {
      case 'analyze':
        return handleAnalyze(message.page, message.force === true, sender);
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
        const article = getEngine().getArticle(message.id);
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
        if (tabId === undefined) return { ok: false };
        await deps.injectContentScript(tabId);
        return { ok: true };
      }
    }
  }

  return {
    handleMessage,
    /** A tab closed or loaded a new page: what was found there no longer holds. */
    async forgetTab(tabId: number): Promise<void> {
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
    get: async (tabId) => (await area.get(key(tabId)))[key(tabId)] as TabStatus | undefined,
    set: (tabId, status) => area.set({ [key(tabId)]: status }),
    delete: (tabId) => area.remove(key(tabId)),
  };
}

const REQUEST_TYPES = new Set<string>(['analyze', 'clear', 'get-article', 'tab-status', 'open-reader', 'read-page'] satisfies Array<
  RequestMessage['type']
>);

/** True for the messages this service answers. */
export function isRequestMessage(value: unknown): value is RequestMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && REQUEST_TYPES.has(type);
}
