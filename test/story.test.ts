import { describe, expect, it } from 'vitest';
import { hasFindings, otherCoverage, sameEventIds, storyTimeline } from '../lib/story';
import { analyzeResponse, emptyResponse } from './components/fixtures/analysis';

const { analysis, articles } = analyzeResponse;

describe('what an analysis amounts to for a reader', () => {
  it('has something to show with a reported quote or an article on the same event, and nothing with coverage of other events only', () => {
    expect(hasFindings(analysis)).toBe(true);
    expect(hasFindings(emptyResponse.analysis)).toBe(false);
    const otherEventsOnly = { ...emptyResponse.analysis, related: analysis.related.filter((r) => r.label === 'same-topic') };
    expect(otherEventsOnly.related).toHaveLength(3);
    expect(hasFindings(otherEventsOnly)).toBe(false);
    const sameEventOnly = { ...emptyResponse.analysis, related: analysis.related.filter((r) => r.label === 'same-event') };
    expect(hasFindings(sameEventOnly)).toBe(true);
  });

  it('takes the same words said on another occasion for another event', () => {
    const quotes = analysis.quotes.map((result) => ({ ...result, matches: result.matches.map((m) => ({ ...m, articleId: 'far', daysApart: 400 })) }));
    expect(sameEventIds({ quotes, related: [] }).size).toBe(0);
    expect(sameEventIds({ quotes: analysis.quotes, related: [] })).toEqual(new Set(['001_b20bb185f5d74590']));
  });

  it('puts this article in the timeline at its date, after the articles of its own day, and last when undated', () => {
    const kinds = (page: { publishedAt?: string }) => storyTimeline(analysis, articles, page).map((e) => (e.kind === 'page' ? 'page' : e.summary.id));
    expect(kinds({ publishedAt: '2023-06-14' })).toEqual(['001_b20bb185f5d74590', 'page']);
    expect(kinds({ publishedAt: '2023-06-01' })).toEqual(['page', '001_b20bb185f5d74590']);
    expect(kinds({})).toEqual(['001_b20bb185f5d74590', 'page']);
  });

  it('keeps other coverage to items with a reason beyond the time between', () => {
    const related = [
      ...analysis.related,
      { articleId: 'dated-only', score: 0.2, label: 'same-topic' as const, reasons: { sharedQuotes: 0, sharedPeople: [], daysApart: 2, textSimilarity: 0.1, sharedTerms: [] } },
    ];
    expect(otherCoverage({ quotes: analysis.quotes, related }).map((r) => r.articleId)).toEqual([
      '004_ed26206d9a183108',
      '002_48468e831883892f',
      '003_043be2cf66e89dc0',
    ]);
  });
});
