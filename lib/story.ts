/**
 * What an analysis amounts to for a reader: whether Jejak has anything to
 * show on the page at all, the story's timeline (the same event only, the
 * page's own article in its place), and the other coverage worth a line of
 * its own. The sidebar, the popup and the page script decide alike from it.
 */
import type { Analysis, RelatedArticle } from './match/types';
import type { ArticleSummary } from './messages';

/** Index articles on the page's own event: related coverage the engine labels
 * so, and articles that reported the page's quotes on the same occasion. */
export function sameEventIds(analysis: Pick<Analysis, 'quotes' | 'related'>): Set<string> {
  const ids = new Set<string>();
  const otherTopic = new Set<string>();
  for (const item of analysis.related) (item.label === 'same-event' ? ids : otherTopic).add(item.articleId);
  for (const result of analysis.quotes) {
    for (const match of result.matches) {
      // Words said again on another occasion (daysApart) tie the articles by speaker, not by event.
      if (match.daysApart === undefined && !otherTopic.has(match.articleId)) ids.add(match.articleId);
    }
  }
  return ids;
}

/** Page quotes that at least one other outlet reported. */
export function matchedQuoteCount(analysis: Pick<Analysis, 'quotes'>): number {
  return analysis.quotes.filter((result) => result.matches.length > 0).length;
}

/** Whether Jejak has something to show a reader: a quote another outlet
 * reported, or another outlet's article on the same event. Otherwise it
 * stays quiet (no launcher, no badge). */
export function hasFindings(analysis: Pick<Analysis, 'quotes' | 'related'>): boolean {
  return matchedQuoteCount(analysis) > 0 || analysis.related.some((item) => item.label === 'same-event');
}

/** One line of the story's timeline: an index article, or the article the reader is on. */
export type TimelineEntry = { kind: 'article'; summary: ArticleSummary } | { kind: 'page'; publishedAt?: string };

/** Undated articles sort last. */
const UNDATED = '9999-99-99';

/**
 * The same event's articles in date order, the page's own among them at its
 * date (last when it has none). Only articles the view has summaries of.
 */
export function storyTimeline(
  analysis: Pick<Analysis, 'quotes' | 'related'>,
  articles: Record<string, ArticleSummary>,
  page: { publishedAt?: string } = {},
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const id of sameEventIds(analysis)) {
    const summary = articles[id];
    if (summary) entries.push({ kind: 'article', summary });
  }
  const key = (entry: TimelineEntry) => (entry.kind === 'page' ? entry.publishedAt : entry.summary.publishedAt) ?? UNDATED;
  const id = (entry: TimelineEntry) => (entry.kind === 'page' ? '' : entry.summary.id);
  entries.sort((x, y) => key(x).localeCompare(key(y)) || id(x).localeCompare(id(y)));
  // The page goes after the articles of its own day: the reader is reading it now.
  const at = entries.findIndex((entry) => key(entry) > (page.publishedAt ?? UNDATED));
  const pageEntry: TimelineEntry = { kind: 'page', publishedAt: page.publishedAt };
  if (at < 0) entries.push(pageEntry);
  else entries.splice(at, 0, pageEntry);
  return entries;
}

/** Related coverage of other events, best first: each with a reason beyond
 * the time between the two (a shared quote, person or subject). */
export function otherCoverage(analysis: Pick<Analysis, 'quotes' | 'related'>): RelatedArticle[] {
  const story = sameEventIds(analysis);
  return analysis.related.filter(
    (item) =>
      !story.has(item.articleId) &&
      (item.reasons.sharedQuotes > 0 || item.reasons.sharedPeople.length > 0 || item.reasons.sharedTerms.length > 0),
  );
}
