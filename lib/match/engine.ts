/**
 * The matching engine: one instance holds the index in memory and answers,
 * for the article a reader is on, whether it is NATO/Ukraine coverage, which
 * of its quotes other outlets reported, and what else covers the story.
 *
 * It lives in the extension's background so that one copy of the index serves
 * every tab; it is pure TypeScript, so tests and benchmarks run it in Node.
 */
import type { Article } from '../types';
import type { JejakIndex } from '../index/format';
import type { Analysis, MatchEngine, PageArticle, RelatedArticle } from './types';
import { articleFromParts } from '../seed/parse';
import { detectTopic } from './topic';
import { QuoteIndex, quoteKeys, type QuoteIndexSnapshot } from './quote-index';
import { matchQuotes, type MatchQuotesOptions } from './quote-match';
import type { ArticleContext } from './quote-features';
import { daysBetween } from '../dates';
import { RelatedIndex, relatedTerms, type RelatedIndexSnapshot } from './related';
import { ArticleTable, type ArticleOrigin, type ArticleTableSnapshot, type EngineArticle } from './article-table';
import { summarize } from '../response';
import { normalizeText } from '../text/tokens';

export interface AnalyzeOptions {
  /** Topic score needed to count as coverage (the reader's sensitivity setting). */
  topicThreshold?: number;
  /** Analyse quotes and related coverage even when the topic test says no
   * (the reader asked for Jejak on this page explicitly). */
  force?: boolean;
  /** Called with every quote candidate weighed (evaluation and model fitting). */
  onQuoteCandidate?: MatchQuotesOptions['onCandidate'];
}

/** Articles this similar in text to the page, and published within
 * EVENT_WINDOW_DAYS of it, are taken to report the same event: all their
 * quotes are weighed against the page's, not only those sharing word pairs.
 * The same relevance the related-coverage list uses (related.ts). */
const EVENT_CONTEXT_ARTICLES = 30;
const EVENT_WINDOW_DAYS = 7;

/** The id the page's own article gets inside the engine; never an index id. */
const PAGE_ID = '\u0000page';

export function createEngine(index?: JejakIndex): Engine {
  const engine = new Engine();
  for (const article of index?.articles ?? []) engine.add(article);
  return engine;
}

export type { ArticleOrigin, EngineArticle } from './article-table';

export interface AddOptions {
  /** Keep the full article for `getArticle` (default true). A library keeps its texts in storage instead. */
  keepText?: boolean;
  origin?: ArticleOrigin;
}

export const ENGINE_SNAPSHOT_FORMAT = 'jejak-engine';
/** Bump when the snapshot's shape, or anything derived into it (stemming, quote keys, term weights), changes:
 * an older snapshot is then rebuilt from the stored articles instead of loaded. */
export const ENGINE_SNAPSHOT_VERSION = 4;

/**
 * Text the snapshot's keys are derived from in a way that a change of
 * normalising, stemming or term splitting would change: punctuation and
 * quote marks, affixes, a hyphenated name, a number, an accented letter.
 */
const DERIVATION_SAMPLE =
  '“Kami akan terus mendukung Ukraina,” kata Sekjen NATO Jens Stoltenberg di Brussel, Rabu (14/6/2023). ' +
  'Pertemuan Rusia-Ukraina membahas pengiriman 155 peluru artileri dan sistem pertahanan udara ke Kyiv; ' +
  'Presiden Volodymyr Zelenskyy menyebutnya langkah “sangat penting” bagi keamanan Eropa, kata Gérard.';

let derivation: string | undefined;
/**
 * A fingerprint of how the engine derives its keys from text (the quote
 * index's word pairs, related coverage's terms), stored in each snapshot:
 * a snapshot whose keys another derivation made would look words up under
 * keys it does not hold, so it is rebuilt, even if ENGINE_SNAPSHOT_VERSION
 * was not raised when that derivation changed.
 */
export function engineDerivation(): string {
  if (derivation !== undefined) return derivation;
  const keys = [...quoteKeys(DERIVATION_SAMPLE), '|', ...relatedTerms(DERIVATION_SAMPLE).map((t) => JSON.stringify(t))].join('\n');
  // FNV-1a over the keys' UTF-16 code units: a fingerprint, not a security hash.
  let hash = 0x811c9dc5;
  for (let i = 0; i < keys.length; i++) hash = Math.imul(hash ^ keys.charCodeAt(i), 0x01000193) >>> 0;
  return (derivation = `${hash.toString(16)}-${keys.length}`);
}

/** Whether `snapshot` is one this engine loads: its format, version and key derivation. */
export function isCurrentSnapshot(snapshot: Partial<EngineSnapshot> | undefined): boolean {
  return snapshot?.format === ENGINE_SNAPSHOT_FORMAT && snapshot.version === ENGINE_SNAPSHOT_VERSION && snapshot.derivation === engineDerivation();
}

/** The whole engine as plain data, for storing and loading without rebuilding (see `Engine.snapshot`). */
export interface EngineSnapshot {
  format: typeof ENGINE_SNAPSHOT_FORMAT;
  version: number;
  /** `engineDerivation()` of the engine that wrote it. */
  derivation: string;
  articles: ArticleTableSnapshot;
  quotes: QuoteIndexSnapshot;
  related: RelatedIndexSnapshot;
}

/** Related articles an analysis returns. */
const RELATED_LIMIT = 10;
/** Most results a search returns. */
const SEARCH_LIMIT = 50;
/** The page's own copy, when indexed, is among this many articles most like it. */
const SELF_CANDIDATES = 3;
/** Paragraphs this short are not compared when recognising the page's own copy. */
const SELF_PARAGRAPH_MIN_CHARS = 40;
/** Share of the shorter article's long paragraphs the page must contain to be that article. */
const SELF_SHARED_SHARE = 0.8;

export class Engine implements MatchEngine {
  private articles = new ArticleTable();
  private readonly texts = new Map<string, Article>();
  /** Articles added since the engine was loaded or compacted (kept in growable per-item structures until then). */
  private added = 0;
  private quoteIndex = new QuoteIndex();
  private relatedIndex = new RelatedIndex();

  get size(): number {
    return this.articles.size;
  }

  add(article: Article, options: AddOptions = {}): void {
    if (this.articles.has(article.id)) this.remove(article.id);
    this.articles.set(engineArticle(article, options.origin ?? 'bundled'), article.url ? canonicalUrl(article.url) : undefined);
    if (options.keepText !== false) this.texts.set(article.id, article);
    this.quoteIndex.add(article.id, article.quotes);
    this.relatedIndex.add(article);
    this.added++;
  }

  remove(id: string): void {
    if (!this.articles.delete(id)) return;
    this.texts.delete(id);
    this.quoteIndex.remove(id);
    this.relatedIndex.remove(id);
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  /** The full article, where the engine keeps its text (the bundled index; articles added with `keepText`). */
  getArticle(id: string): Article | undefined {
    return this.texts.get(id);
  }

  /** Give an article loaded from a snapshot its full text back (snapshots hold none). False if the engine lacks the article. */
  restoreText(article: Article): boolean {
    if (!this.articles.has(article.id)) return false;
    this.texts.set(article.id, article);
    return true;
  }

  /** What the engine keeps of any of its articles. */
  getEntry(id: string): EngineArticle | undefined {
    return this.articles.get(id);
  }

  /** The article the engine holds for a page address (same canonical URL), if any. */
  idForUrl(url: string): string | undefined {
    return this.articles.idForUrl(canonicalUrl(url));
  }

  /** Every article whose full text the engine keeps. */
  allArticles(): IterableIterator<Article> {
    return this.texts.values();
  }

  /** The ids of the articles from one origin (no entry is made). */
  idsFrom(origin: ArticleOrigin): IterableIterator<string> {
    return this.articles.idsFrom(origin);
  }

  /** The canonical URLs (see `canonicalUrl`) of the articles from one origin. */
  canonicalUrlsFrom(origin: ArticleOrigin): IterableIterator<string> {
    return this.articles.canonicalUrlsFrom(origin);
  }

  /** How many articles were added since the engine was loaded or compacted. */
  get addedSinceCompact(): number {
    return this.added;
  }

  /**
   * Store the articles added one by one as a loaded snapshot holds them (in
   * flat columns): after a large import the engine then takes the memory it
   * would take loaded. Answers do not change.
   */
  compact(): void {
    this.articles = ArticleTable.fromSnapshot(this.articles.snapshot());
    this.quoteIndex = QuoteIndex.fromSnapshot(this.quoteIndex.snapshot());
    this.relatedIndex = RelatedIndex.fromSnapshot(this.relatedIndex.snapshot());
    this.added = 0;
  }

  /** Every article the engine holds, as it keeps them. */
  entries(): IterableIterator<EngineArticle> {
    return this.articles.values();
  }

  /** The engine as plain data (full texts are not part of it). Loading it back gives the same answers. */
  snapshot(): EngineSnapshot {
    return {
      format: ENGINE_SNAPSHOT_FORMAT,
      version: ENGINE_SNAPSHOT_VERSION,
      derivation: engineDerivation(),
      articles: this.articles.snapshot(),
      quotes: this.quoteIndex.snapshot(),
      related: this.relatedIndex.snapshot(),
    };
  }

  /** An engine from a snapshot; it takes the snapshot's arrays over (do not load one snapshot twice). */
  static fromSnapshot(snapshot: EngineSnapshot): Engine {
    if (!isCurrentSnapshot(snapshot)) {
      throw new Error(`not a Jejak engine snapshot of version ${ENGINE_SNAPSHOT_VERSION} with keys derived as this engine derives them`);
    }
    const engine = new Engine();
    engine.articles = ArticleTable.fromSnapshot(snapshot.articles);
    engine.quoteIndex = QuoteIndex.fromSnapshot(snapshot.quotes);
    engine.relatedIndex = RelatedIndex.fromSnapshot(snapshot.related);
    return engine;
  }

  /**
   * Articles for a reader's search of the index: those that quote the words
   * (by shared word pairs, as quote matching looks them up) first, then the
   * rest by the related-coverage relevance of the words as a tiny article,
   * which also weighs a speaker or person named. Ids, best first.
   */
  search(query: string, limit = SEARCH_LIMIT): string[] {
    const text = query.trim();
    if (!text) return [];
    const ids = new Set<string>();
    for (const candidate of this.quoteIndex.candidates(text, { limit })) ids.add(candidate.entry.articleId);
    const article = articleFromParts({ id: PAGE_ID, paragraphs: [text], title: text });
    for (const result of this.relatedIndex.rank({ article }, { limit })) ids.add(result.articleId);
    return [...ids].slice(0, limit);
  }

  analyze(page: PageArticle, options: AnalyzeOptions = {}): Analysis {
    const started = performance.now();
    const topic = detectTopic(page, { threshold: options.topicThreshold });
    if (!topic.isCoverage && !options.force) {
      return { topic, quotes: [], related: [], elapsedMs: performance.now() - started };
    }
    const article = articleFromParts({
      id: PAGE_ID,
      paragraphs: page.paragraphs,
      title: page.title,
      outlet: page.outlet,
      url: page.url,
      publishedAt: page.publishedAt,
    });
    // The articles most like the page: the page's own copy, if indexed, is
    // among the first; the rest say how alike each is to the page.
    const text = this.relatedIndex.textSimilarities(article);
    const mostAlike = this.relatedIndex.rank({ article, text }, { limit: EVENT_CONTEXT_ARTICLES + 1 });
    const copies = this.findCopies(page, article, mostAlike);
    const selfId = copies.values().next().value;
    // What the engine knows of each indexed article relative to the page:
    // how alike the two texts are, and how many days lie between them.
    const similar = mostAlike.filter((r) => !copies.has(r.articleId)).slice(0, EVENT_CONTEXT_ARTICLES);
    const similarity = new Map(similar.map((r) => [r.articleId, r.reasons.textSimilarity]));
    const pageDate = article.publishedAt;
    const contextCache = new Map<string, ArticleContext>();
    const articleContext = (id: string): ArticleContext | undefined => {
      let context = contextCache.get(id);
      if (context) return context;
      const otherDate = this.articles.publishedAt(id);
      context = { textSimilarity: similarity.get(id) ?? 0 };
      if (pageDate && otherDate) {
        const days = daysBetween(pageDate, otherDate);
        if (Number.isFinite(days)) context.daysApart = days;
      }
      contextCache.set(id, context);
      return context;
    };
    const contextArticles = similar
      .filter((r) => { const days = articleContext(r.articleId)?.daysApart; return days === undefined || days <= EVENT_WINDOW_DAYS; })
      .map((r) => r.articleId);
    const quotes = matchQuotes(article.quotes, this.quoteIndex, {
      excludeArticleId: selfId,
      contextArticles,
      articleContext,
      onCandidate: options.onQuoteCandidate,
    });
    // Further copies of the page (its outlet's other addresses) are left out as the first is.
    if (copies.size > 1) for (const result of quotes) result.matches = result.matches.filter((m) => !copies.has(m.articleId));
    const sharedQuotesByArticle = new Map<string, number>();
    for (const result of quotes) {
      for (const articleId of new Set(result.matches.map((m) => m.articleId))) {
        sharedQuotesByArticle.set(articleId, (sharedQuotesByArticle.get(articleId) ?? 0) + 1);
      }
    }
    const related = this.relatedIndex
      .rank({ article, sharedQuotesByArticle, text }, { excludeId: selfId, limit: RELATED_LIMIT + copies.size })
      .filter((r) => !copies.has(r.articleId))
      .slice(0, RELATED_LIMIT);
    return { topic, quotes, related, elapsedMs: performance.now() - started };
  }

  /**
   * The index may hold the very article the reader is on (a saved copy, or a
   * seed that came from this page), even more than once (the outlet's mobile,
   * AMP or re-published address, read on another day). Its own quotes are not
   * "other outlets", so every copy is left out of every result. Copies are
   * every article at the page's address, and the article most like the page
   * with nearly all of its paragraphs the page's where no copy was found by
   * address or where it names no address itself; further copies are those with
   * nearly all paragraphs the page's on the page's own host (another outlet
   * that republished the text word for word is still another outlet). The
   * page's own copy comes first.
   */
  private findCopies(page: PageArticle, article: Article, mostAlike: RelatedArticle[]): Set<string> {
    const copies = new Set<string>();
    // Every article at the page's address: the indexed one and the reader's saved copy differ in text where the outlet edited the page since.
    if (page.url) for (const id of this.articles.idsForUrl(canonicalUrl(page.url))) copies.add(id);
    const pageParagraphs = new Set(paragraphHashes(article.paragraphs));
    if (pageParagraphs.size < 2) return copies;
    const pageHost = hostOf(page.url ? canonicalUrl(page.url) : undefined);
    mostAlike.forEach((candidate, rank) => {
      if (copies.has(candidate.articleId)) return;
      const keys = this.articles.paragraphHashes(candidate.articleId);
      if (!keys || keys.length === 0) return;
      const shared = keys.filter((k) => pageParagraphs.has(k)).length;
      if (shared / Math.min(keys.length, pageParagraphs.size) < SELF_SHARED_SHARE) return;
      const address = this.articles.canonicalUrl(candidate.articleId);
      const sameHost = pageHost !== undefined && hostOf(address) === pageHost;
      // One that names no address is a copy even beside copies found by URL: an indexed copy without one stays the page's own once the reader has saved the page.
      if (sameHost || (rank < SELF_CANDIDATES && (copies.size === 0 || address === undefined))) copies.add(candidate.articleId);
    });
    return copies;
  }
}

/** The host part of a canonical URL (`canonicalUrl`: host without "www.", "m." or "amp.", then the path). */
function hostOf(canonical: string | undefined): string | undefined {
  return canonical ? canonical.split('/')[0] : undefined;
}

function engineArticle(article: Article, origin: ArticleOrigin): EngineArticle {
  return { ...summarize(article), origin, paragraphHashes: paragraphHashes(article.paragraphs) };
}

function paragraphKey(paragraph: string): string {
  return normalizeText(paragraph).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Hashes of an article's long paragraphs, as compared when recognising the page's own copy. */
function paragraphHashes(paragraphs: readonly string[]): number[] {
  return paragraphs.map(paragraphKey).filter((p) => p.length > SELF_PARAGRAPH_MIN_CHARS).map(textHash);
}

/**
 * A 53-bit hash of a string (cyrb53): two 32-bit multiply-xor lanes. Two
 * different paragraphs share one with odds of about 1 in 10^15, so comparing
 * hashes decides as comparing the texts would.
 */
export function textHash(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The address of an article with what does not make it another page dropped: scheme, "www."/"m."/"amp.", query, fragment, a trailing slash or "/amp". */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    return (u.hostname.replace(/^(www|m|amp)\./, '') + u.pathname.replace(/\/(amp\/?)?$/, '')).toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}
