/**
 * What views are given about an analysis: the index articles it refers to,
 * summarised, and the story's timeline. The background answers the sidebar
 * with it, and `npm run analyze` prints it.
 */
import type { Article } from './types';
import type { Analysis, TopicEvidence } from './match/types';
import type { AnalyzeResponse, ArticleSummary } from './messages';
import { sameEventIds } from './story';
import type { EngineArticle } from './match/engine';

/** The first sentence of an article, for lists where it has no title. */
export function leadSentence(article: Pick<Article, 'paragraphs'>, maxLength = 220): string {
  const first = article.paragraphs.find((p) => p.trim().length > 0)?.trim() ?? '';
  // A sentence ends at . ! ? followed by a space and a capital or quote; "(NATO)" or "A.S." inside does not end it.
  const end = /[.!?]["”’]?(?=\s+["“‘(]?[A-Z])/.exec(first);
  const sentence = end ? first.slice(0, end.index + end[0].length) : first;
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.lastIndexOf(' ', maxLength - 1);
  return `${sentence.slice(0, cut > 0 ? cut : maxLength - 1)}…`;
}

/** What a view is told of an article: its known fields only, and its lead sentence. */
export function summarize(article: Article): ArticleSummary {
  const summary: ArticleSummary = { id: article.id, lead: leadSentence(article), quoteCount: article.quotes.length };
  if (article.title) summary.title = article.title;
  if (article.outlet) summary.outlet = article.outlet;
  if (article.publishedAt) summary.publishedAt = article.publishedAt;
  if (article.url) summary.url = article.url;
  if (article.dateConflict) summary.dateConflict = article.dateConflict;
  return summary;
}

/** A summary from what the engine keeps of an article (no text needed): the same fields, less how it recognises the page's own copy. */
export function summarizeEntry(entry: EngineArticle): ArticleSummary {
  const { paragraphHashes: _ownCopyHashes, ...summary } = entry;
  return summary;
}

/** Every index article the analysis refers to, summarised, and the timeline of the page's event (undated articles last). */
export function buildResponse(analysis: Analysis, getArticle: (id: string) => Article | undefined): AnalyzeResponse {
  return buildResponseFrom(analysis, (id) => {
    const article = getArticle(id);
    return article && summarize(article);
  });
}

/** The same, from summaries: an engine that keeps a library's articles without their text still has these. */
export function buildResponseFrom(analysis: Analysis, summaryOf: (id: string) => ArticleSummary | undefined): AnalyzeResponse {
  const ids = new Set<string>();
  for (const result of analysis.quotes) for (const match of result.matches) ids.add(match.articleId);
  for (const item of analysis.related) ids.add(item.articleId);
  const articles: Record<string, ArticleSummary> = {};
  for (const id of ids) {
    const summary = summaryOf(id);
    if (summary) articles[id] = summary;
  }
  const story = sameEventIds(analysis);
  const timeline = Object.values(articles).filter((summary) => story.has(summary.id)).sort(
    (x, y) => (x.publishedAt ?? '9999').localeCompare(y.publishedAt ?? '9999') || x.id.localeCompare(y.id),
  );
  return { analysis, articles, timeline };
}

export function matchedQuotes(analysis: Analysis): number {
  return analysis.quotes.filter((result) => result.matches.length > 0).length;
}

/** The topic test's strongest signals: one per label, its mentions summed, by weight. */
export function topEvidence(evidence: readonly TopicEvidence[], max = 6): { label: string; count: number }[] {
  const byLabel = new Map<string, { count: number; weight: number }>();
  for (const item of evidence) {
    const seen = byLabel.get(item.label) ?? { count: 0, weight: 0 };
    seen.count += item.count;
    seen.weight += item.weight;
    byLabel.set(item.label, seen);
  }
  return [...byLabel.entries()]
    .sort((x, y) => y[1].weight - x[1].weight)
    .slice(0, max)
    .map(([label, { count }]) => ({ label, count }));
}
