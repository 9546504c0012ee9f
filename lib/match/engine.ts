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
import type { Analysis, MatchEngine, PageArticle } from './types';
import { articleFromParts } from '../seed/parse';
import { detectTopic } from './topic';
import { QuoteIndex } from './quote-index';
import { matchQuotes, type MatchQuotesOptions } from './quote-match';
import type { ArticleContext } from './quote-features';
import { daysBetween } from '../dates';
import { RelatedIndex } from './related';
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

export class Engine implements MatchEngine {
  private readonly articles = new Map<string, Article>();
  private readonly urls = new Map<string, string>();
  private readonly quoteIndex = new QuoteIndex();
  private readonly relatedIndex = new RelatedIndex();

  get size(): number {
    return this.articles.size;
  }

  add(article: Article): void {
    if (this.articles.has(article.id)) this.remove(article.id);
    this.articles.set(article.id, article);
    if (article.url) this.urls.set(canonicalUrl(article.url), article.id);
    this.quoteIndex.add(article.id, article.quotes);
    this.relatedIndex.add(article);
  }

  remove(id: string): void {
    const article = this.articles.get(id);
    if (!article) return;
    this.articles.delete(id);
    if (article.url) this.urls.delete(canonicalUrl(article.url));
    this.quoteIndex.remove(id);
    this.relatedIndex.remove(id);
  }

  getArticle(id: string): Article | undefined {
    return this.articles.get(id);
  }

  allArticles(): IterableIterator<Article> {
    return this.articles.values();
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
    const selfId = this.findSelf(page, article);
    // What the engine knows of each indexed article relative to the page:
    // how alike the two texts are, and how many days lie between them.
    const similar = this.relatedIndex.rank({ article }, { excludeId: selfId, limit: EVENT_CONTEXT_ARTICLES });
    const similarity = new Map(similar.map((r) => [r.articleId, r.reasons.textSimilarity]));
    const pageDate = article.publishedAt;
    const contextCache = new Map<string, ArticleContext>();
    const articleContext = (id: string): ArticleContext | undefined => {
      let context = contextCache.get(id);
      if (context) return context;
      const other = this.articles.get(id);
      const otherDate = other?.publishedAt;
      context = { textSimilarity: similarity.get(id) ?? 0 };
      if (pageDate && otherDate) { const days = daysBetween(pageDate, otherDate); if (Number.isFinite(days)) context.daysApart = days; }
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
    const sharedQuotesByArticle = new Map<string, number>();
    for (const result of quotes) {
      for (const articleId of new Set(result.matches.map((m) => m.articleId))) {
        sharedQuotesByArticle.set(articleId, (sharedQuotesByArticle.get(articleId) ?? 0) + 1);
      }
    }
    const related = this.relatedIndex.rank({ article, sharedQuotesByArticle }, { excludeId: selfId, limit: 10 });
    return { topic, quotes, related, elapsedMs: performance.now() - started };
  }

  /**
   * The index may hold the very article the reader is on (a saved copy, or a
   * seed that came from this page). Its own quotes are not "other outlets", so
   * it is left out of every result: found by URL, or failing that by nearly
   * all of its paragraphs being the page's.
   */
  private findSelf(page: PageArticle, article: Article): string | undefined {
    if (page.url) {
      const byUrl = this.urls.get(canonicalUrl(page.url));
      if (byUrl) return byUrl;
    }
    const pageParagraphs = new Set(article.paragraphs.map(paragraphKey).filter((p) => p.length > 40));
    if (pageParagraphs.size < 2) return undefined;
    for (const candidate of this.relatedIndex.rank({ article }, { limit: 3 })) {
      const other = this.articles.get(candidate.articleId);
      if (!other) continue;
      const keys = other.paragraphs.map(paragraphKey).filter((p) => p.length > 40);
      const shared = keys.filter((k) => pageParagraphs.has(k)).length;
      if (keys.length > 0 && shared / Math.min(keys.length, pageParagraphs.size) >= 0.8) return other.id;
    }
    return undefined;
  }
}

function paragraphKey(paragraph: string): string {
  return normalizeText(paragraph).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    return (u.hostname.replace(/^(www|m|amp)\./, '') + u.pathname.replace(/\/(amp\/?)?$/, '')).toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}
