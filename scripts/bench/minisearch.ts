/**
 * MiniSearch against RelatedIndex on one corpus and one set of queries.
 *
 * MiniSearch gets the same text processing (relatedTerms: stopwords, numbers,
 * Snowball stems), the same field weights (title 3, lead 2, body 1) and the
 * same query: the 40 terms RelatedIndex itself searches with. Differences are
 * then down to the scoring (BM25+ per field vs. BM25 over weighted terms plus
 * people and dates) and the data structures.
 */
import MiniSearch from 'minisearch';
import { RelatedIndex, relatedTerms } from '../../lib/match/related';
import { normalizeText, words } from '../../lib/text/tokens';
import type { Article } from '../../lib/types';
import { repeat, time } from './measure';

interface SearchDoc {
  id: string;
  title: string;
  lead: string;
  body: string;
}

export interface MiniSearchComparison {
  articles: number;
  queries: number;
  related: { buildMs: number; queryMedianMs: number; queryP95Ms: number; sameStoryAt5: number };
  minisearch: { buildMs: number; jsonBytes: number; queryMedianMs: number; queryP95Ms: number; sameStoryAt5: number };
  /** Mean share of RelatedIndex's top 5 that MiniSearch's top 5 also holds. */
  overlapAt5: number;
}

const LINK_PARAGRAPH = /^\s*(baca juga|simak juga|lihat juga|baca selengkapnya)\b/i;

function toSearchDoc(a: Article): SearchDoc {
  const body = a.paragraphs.filter((p) => !LINK_PARAGRAPH.test(p));
  return { id: a.id, title: a.title ?? '', lead: body.slice(0, 2).join('\n'), body: body.slice(2).join('\n') };
}

/**
 * @param storyOf the generator's story of an article id, the ground truth for
 *   "same story" precision.
 */
export function compareWithMiniSearch(
  articles: Article[],
  queryArticles: Article[],
  storyOf: (id: string) => number | undefined,
): MiniSearchComparison {
  const related = new RelatedIndex();
  const relatedBuild = time(() => {
    for (const a of articles) related.add(a);
  });

  const miniSearch = new MiniSearch<SearchDoc>({
    fields: ['title', 'lead', 'body'],
    // The same words and stems RelatedIndex sees.
    tokenize: (text) => words(normalizeText(text)),
    processTerm: (term) => relatedTerms(term)[0]?.stem ?? null,
    searchOptions: { boost: { title: 3, lead: 2 }, combineWith: 'OR' },
  });
  const miniBuild = time(() => miniSearch.addAll(articles.map(toSearchDoc)));
  const jsonBytes = Buffer.byteLength(JSON.stringify(miniSearch));

  const queries = queryArticles.map((a) => ({ article: a, terms: related.queryTerms(a) }));
  const relatedTop = new Map<string, string[]>();
  const miniTop = new Map<string, string[]>();
  const relatedTiming = repeat(queries.length, (i) => {
    const q = queries[i % queries.length]!;
    relatedTop.set(q.article.id, related.rank({ article: q.article }, { excludeId: q.article.id, limit: 5 }).map((r) => r.articleId));
  });
  const miniTiming = repeat(queries.length, (i) => {
    const q = queries[i % queries.length]!;
    const hits = miniSearch.search(
      { combineWith: 'OR', queries: q.terms },
      // Query terms are stems already.
      { tokenize: (s) => [s], processTerm: (t) => t },
    );
    miniTop.set(q.article.id, hits.filter((h) => h.id !== q.article.id).slice(0, 5).map((h) => String(h.id)));
  });

  let overlap = 0;
  let relatedSame = 0;
  let miniSame = 0;
  let relatedCount = 0;
  let miniCount = 0;
  for (const q of queries) {
    const story = storyOf(q.article.id);
    const a = relatedTop.get(q.article.id) ?? [];
    const b = miniTop.get(q.article.id) ?? [];
    if (a.length > 0) overlap += a.filter((id) => b.includes(id)).length / a.length;
    relatedSame += a.filter((id) => storyOf(id) === story).length;
    miniSame += b.filter((id) => storyOf(id) === story).length;
    relatedCount += a.length;
    miniCount += b.length;
  }
  return {
    articles: articles.length,
    queries: queries.length,
    related: {
      buildMs: relatedBuild.ms,
      queryMedianMs: relatedTiming.median,
      queryP95Ms: relatedTiming.p95,
      sameStoryAt5: relatedCount ? relatedSame / relatedCount : 0,
    },
    minisearch: {
      buildMs: miniBuild.ms,
      jsonBytes,
      queryMedianMs: miniTiming.median,
      queryP95Ms: miniTiming.p95,
      sameStoryAt5: miniCount ? miniSame / miniCount : 0,
    },
    overlapAt5: overlap / queries.length,
  };
}
