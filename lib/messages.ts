/**
 * Messages between the page (content scripts), the background (where the one
 * index and engine live) and extension pages (popup, options, reader).
 * Plain data only: everything crossing this boundary is structured-cloned.
 *
 * One typed map, `Protocol`, names every request the background answers and
 * the reply it gives: `send(api, { type: 'analyze', … })` is typed
 * `Promise<AnalyzeResponse>`, and the background's handler must return one.
 * Every receiver validates what it gets against the schema below
 * (`parseRequest`, `parseTabMessage`, `parseReply`) before acting on it: a
 * message is data from another process, and a content script's messages come
 * from a renderer that runs the page's code too.
 *
 * To add a message: a line in `Protocol`, a validator in `REQUEST_SCHEMA` (and
 * in `REPLY_SCHEMA`), a case in the background's `handleMessage`. TypeScript
 * refuses a map with a request left out of either schema.
 *
 * Why hand-written rather than `@webext-core/messaging`: that library types
 * the same map but validates nothing, wraps every message in its own envelope
 * (ids, timestamps, serialised errors) and adds its runtime to the first-look
 * script, which must stay a few kilobytes on every outlet page. This file is
 * types plus small validators, and the first look imports only what it uses.
 */
import type { Article, DateConflict } from './types';
import type { Analysis, PageArticle } from './match/types';

/** What a view needs to show an index article in a list without its full text. */
export interface ArticleSummary {
  id: string;
  title?: string;
  /** First sentence of the body: shown when the article has no title. */
  lead: string;
  outlet?: string;
  publishedAt?: string;
  url?: string;
  dateConflict?: DateConflict;
  quoteCount: number;
  /** Where the article is from: the index bundled with Jejak, or the reader's own library. */
  origin?: 'bundled' | 'library';
}

export interface AnalyzeResponse {
  analysis: Analysis;
  /** Summaries of every index article the analysis refers to, by id. */
  articles: Record<string, ArticleSummary>;
  /** Other outlets' articles on the page's own event, in date order (lib/story.ts `sameEventIds`); coverage of other events is not in it. */
  timeline: ArticleSummary[];
}

/** Outlets with how many library articles each, most first: what a reader can delete when the browser's storage for Jejak is full. */
export type OutletCounts = { outlet: string; count: number }[];

export type TabStatus =
  | { state: 'idle' }
  | { state: 'not-article'; reason: string }
  | { state: 'not-topic'; title?: string }
  /** `related`: other outlets' articles on the same event (coverage of other events is not counted).
   * `libraryFull`: the browser refused to keep this article in the library (its storage for Jejak is full); the outlets holding the most. */
  | { state: 'analyzed'; title?: string; matchedQuotes: number; related: number; libraryFull?: OutletCounts };

/** What became of an article the reader saved (lib/library/store.ts PutStatus), or why it was not kept. */
export type SaveReply =
  | { saved: 'added' | 'updated' | 'duplicate'; id: string }
  /** `full`: the browser refused the write (its storage for Jejak is full); nothing stored was lost, and these outlets hold the most articles. */
  | { error: string; full?: OutletCounts };

export type GetArticleResponse = { article: Article } | { error: string };

/** A request the background refused or could not answer: the sender shows it, it does not throw. */
export interface ErrorReply { error: string }

export type Ok = { ok: true } | { ok: false; reason: string };

/**
 * Every request to the background, with its reply. `from` is who may send it:
 * 'page' = a content script in a web page, 'extension' = an extension page
 * (popup, options, reader). The background drops a request from anyone else.
 */
export interface Protocol {
  /** Content script → background: analyse the article on this tab; the background also sets the tab's badge. */
  analyze: {
    request: {
      page: PageArticle;
      /** Analyse even if the topic test says no: the reader asked for Jejak on this page. */
      force?: boolean;
    };
    reply: AnalyzeResponse | ErrorReply;
    from: 'page';
  };
  /** First-look script → background: this page may be coverage; inject the reader script into it. */
  'read-page': { request: Record<never, never>; reply: Ok; from: 'page' };
  /** Content script → background: there is something to show; inject the sidebar script into this tab. */
  'show-sidebar': { request: Record<never, never>; reply: Ok; from: 'page' };
  /** Content script → background: something of Jejak's failed on this page; the details go to the extension's own log, never the page's console. */
  report: { request: { where: string; message: string }; reply: Ok; from: 'page' };
  /** Content script → background: this tab is no longer an article (SPA navigation away); clear the badge. */
  clear: { request: Record<never, never>; reply: Ok; from: 'page' };
  /** Sidebar → background: open an index article in the reader page, in a new tab
   * (content scripts cannot open extension pages themselves in every browser). */
  'open-reader': { request: { id: string }; reply: Ok; from: 'page' | 'extension' };
  /** Reader page → background: the full indexed article. */
  'get-article': { request: { id: string }; reply: GetArticleResponse; from: 'extension' };
  /** Popup → background: what Jejak found on the active tab. */
  'tab-status': { request: { tabId: number }; reply: TabStatus; from: 'extension' };
  /** Library page → background: articles of the bundled index and the library for words, a speaker or a quote, by the engine's own retrieval. */
  'library-search': { request: { query: string }; reply: { results: ArticleSummary[] } | ErrorReply; from: 'extension' };
  /** Library page → background: the library changed (an import ended, articles were deleted); bring the engine up to date and store its snapshot now, not at the next page. */
  'library-changed': { request: Record<never, never>; reply: Ok; from: 'extension' };
  /** Content script → background: keep this page in the reader's library ("Simpan ke Jejak", asked by the reader), whatever its topic. */
  'save-page': { request: { page: PageArticle }; reply: SaveReply; from: 'page' };
}

export type RequestType = keyof Protocol;
export type Request<K extends RequestType = RequestType> = { [T in K]: { type: T } & Protocol[T]['request'] }[K];
export type Reply<K extends RequestType> = Protocol[K]['reply'];
/** Any request (the union); kept under its old name for callers that build one. */
export type RequestMessage = Request;

/** Background → content script (lib/tab-messages.ts: kept apart so the first-look script carries none of the schemas here). */
export { parseTabMessage, type TabMessage } from './tab-messages';

// ---------------------------------------------------------------- schemas

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const bool: Check = (v) => typeof v === 'boolean';
const count: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER;
const arrayOf = (check: Check, max: number): Check => (v) => Array.isArray(v) && v.length <= max && v.every(check);
/** An object with these fields as its own (others are ignored by the receiver, never trusted; nothing is read through its prototype). */
const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && Object.entries(fields).every(([k, c]) => c(Object.hasOwn(v, k) ? v[k] : undefined));

/** Index and article ids: a non-empty string of printable characters, of a bounded length. */
const ID = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 500 && ![...v].some((c) => c.charCodeAt(0) < 0x20);
/** As lib/article/read.ts caps them (MAX_PARAGRAPHS, MAX_CHARS), with room to spare. */
export const PAGE_LIMITS = { paragraphs: 400, paragraphChars: 20_000, totalChars: 200_000, fieldChars: 4_000 } as const;

const pageArticle: Check = (v) =>
  shape({
    url: optional(str(PAGE_LIMITS.fieldChars)),
    title: optional(str(PAGE_LIMITS.fieldChars)),
    outlet: optional(str(200)),
    publishedAt: optional(str(40)),
    description: optional(str(PAGE_LIMITS.fieldChars)),
    paragraphs: arrayOf(str(PAGE_LIMITS.paragraphChars), PAGE_LIMITS.paragraphs),
  })(v) && (v as PageArticle).paragraphs.reduce((n, p) => n + p.length, 0) <= PAGE_LIMITS.totalChars;

const empty: Check = isObject;

/** Every request's fields, as its receiver checks them. */
export const REQUEST_SCHEMA: { [K in RequestType]: Check } = {
  analyze: shape({ page: pageArticle, force: optional(bool) }),
  'read-page': empty,
  'show-sidebar': empty,
  report: shape({ where: str(100), message: str(2_000) }),
  clear: empty,
  'open-reader': shape({ id: ID }),
  'get-article': shape({ id: ID }),
  'tab-status': shape({ tabId: count }),
  'library-search': shape({ query: str(PAGE_LIMITS.fieldChars) }),
  'library-changed': empty,
  'save-page': shape({ page: pageArticle }),
};

/** Who may send each request (see Protocol). */
export const REQUEST_FROM: { [K in RequestType]: ReadonlyArray<Protocol[K]['from']> } = {
  analyze: ['page'],
  'read-page': ['page'],
  'show-sidebar': ['page'],
  report: ['page'],
  clear: ['page'],
  'open-reader': ['page', 'extension'],
  'get-article': ['extension'],
  'tab-status': ['extension'],
  'library-search': ['extension'],
  'library-changed': ['extension'],
  'save-page': ['page'],
};

const errorReply = shape({ error: str(2_000) });
const ok: Check = (v) => shape({ ok: bool })(v);
const summary = shape({ id: ID, lead: str(PAGE_LIMITS.fieldChars), quoteCount: count, title: optional(str(PAGE_LIMITS.fieldChars)) });
const analyzeResponse: Check = (v) =>
  shape({
    analysis: shape({
      topic: shape({ isCoverage: bool }),
      quotes: (q) => Array.isArray(q),
      related: (r) => Array.isArray(r),
    }),
    articles: (a) => isObject(a) && Object.values(a).every(summary),
    timeline: arrayOf(summary, 10_000),
  })(v);
const outletCounts: Check = arrayOf(shape({ outlet: str(PAGE_LIMITS.fieldChars), count: count }), 1_000);
const saveReply: Check = (v) =>
  (shape({ saved: (s) => s === 'added' || s === 'updated' || s === 'duplicate', id: ID })(v)) ||
  (errorReply(v) && optional(outletCounts)((v as { full?: unknown }).full));
const is = (value: unknown): Check => (v) => v === value;
const tabStatus: Check = (v) =>
  shape({ state: is('idle') })(v) ||
  shape({ state: is('not-article'), reason: str(PAGE_LIMITS.fieldChars) })(v) ||
  shape({ state: is('not-topic'), title: optional(str(PAGE_LIMITS.fieldChars)) })(v) ||
  shape({ state: is('analyzed'), title: optional(str(PAGE_LIMITS.fieldChars)), matchedQuotes: count, related: count, libraryFull: optional(outletCounts) })(v);

/** Every reply, as the sender checks it before showing anything from it. */
export const REPLY_SCHEMA: { [K in RequestType]: Check } = {
  analyze: (v) => analyzeResponse(v) || errorReply(v),
  'read-page': ok,
  'show-sidebar': ok,
  report: ok,
  clear: ok,
  'open-reader': ok,
  'get-article': (v) => shape({ article: shape({ id: ID }) })(v) || errorReply(v),
  'tab-status': tabStatus,
  'library-search': (v) => shape({ results: arrayOf(summary, 10_000) })(v) || errorReply(v),
  'library-changed': ok,
  'save-page': saveReply,
};

/** The request in `value`, or undefined when it is not one this protocol knows, well-formed. */
export function parseRequest(value: unknown): Request | undefined {
  if (!isObject(value) || !Object.hasOwn(value, 'type') || typeof value.type !== 'string' || !Object.hasOwn(REQUEST_SCHEMA, value.type)) return undefined;
  return REQUEST_SCHEMA[value.type as RequestType](value) ? (value as unknown as Request) : undefined;
}

/** The reply to a `type` request in `value`, or undefined when it is not a well-formed one. */
export function parseReply<K extends RequestType>(type: K, value: unknown): Reply<K> | undefined {
  return REPLY_SCHEMA[type](value) ? (value as Reply<K>) : undefined;
}


/** The one call every sender makes: `runtime.sendMessage` of the browser it runs in (WXT's `browser`, or the bare `chrome`/`browser` global). */
export interface MessageSender { sendMessage(message: unknown): Promise<unknown> }

/** Thrown by `send` when the background answers with nothing it should have said (it stopped mid-request, or a bug). */
export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Sends a request and returns its reply, typed by the request and checked
 * against the reply schema. Rejects with a MessageError on a malformed reply,
 * and with the browser's own error when the background cannot be reached.
 */
export async function send<K extends RequestType>(runtime: MessageSender, request: Request<K>): Promise<Reply<K>> {
  const reply = parseReply(request.type as K, await runtime.sendMessage(request));
  if (reply === undefined) throw new MessageError(`no valid reply to "${request.type}"`);
  return reply;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return errorReply(value);
}
