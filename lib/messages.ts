/**
 * Messages between the page (content script), the background (where the one
 * index and engine live) and extension pages (popup, options, reader).
 * Plain data only: everything crossing this boundary is structured-cloned.
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
}

export interface AnalyzeResponse {
  analysis: Analysis;
  /** Summaries of every index article the analysis refers to, by id. */
  articles: Record<string, ArticleSummary>;
  /** Articles on the same story in date order (the related ones plus any with matched quotes). */
  timeline: ArticleSummary[];
}

export type RequestMessage =
  /** Content script → background: analyse the article on this tab; the background also sets the tab's badge. */
  | {
      type: 'analyze';
      page: PageArticle;
      /** Analyse even if the topic test says no: the reader asked for Jejak on this page. */
      force?: boolean;
    }
  /** First-look script → background: this page may be coverage; inject the full content script into it. */
  | { type: 'read-page' }
  /** Content script → background: this tab is no longer an article (SPA navigation away); clear the badge. */
  | { type: 'clear' }
  /** Reader page → background: the full indexed article. */
  | { type: 'get-article'; id: string }
  /** Popup → background: what Jejak found on the active tab. */
  | { type: 'tab-status'; tabId: number }
  /** Sidebar → background: open an index article in the reader page, in a new tab
   * (content scripts cannot open extension pages themselves in every browser). */
  | { type: 'open-reader'; id: string };

export type TabStatus =
  | { state: 'idle' }
  | { state: 'not-article'; reason: string }
  | { state: 'not-topic'; title?: string }
  | { state: 'analyzed'; title?: string; matchedQuotes: number; related: number };

/** Background → content script. */
export type TabMessage =
  | { type: 'toggle-sidebar' }
  | { type: 'open-sidebar' }
  /** The toolbar button on a site outside the outlet list: run once on this page. */
  | { type: 'run-once' };

export type GetArticleResponse = { article: Article } | { error: string };
