/**
 * One page through everything the extension does with it, as plain data for
 * a report (`npm run analyze`, docs/analyze.md): the engine's analysis
 * (topic, quotes and speakers, matches, related coverage), with the index
 * articles it refers to summarised as the sidebar gets them.
 */
import { formatReasons } from './match/related';
import type { AlignmentOp, DifferenceType, MatchEngine, PageArticle, QuoteMatchKind, RelatedLabel } from './match/types';
import type { ArticleSummary } from './messages';
import { buildResponse, topEvidence } from './response';

export interface ReportedArticle {
  articleId: string;
  outlet?: string;
  title?: string;
  /** The article's first sentence, when it has no title. */
  lead?: string;
  publishedAt?: string;
  url?: string;
}

export interface PageReport {
  page: { url?: string; title?: string; outlet?: string; publishedAt?: string; paragraphs: number };
  coverage: {
    isCoverage: boolean;
    score: number;
    threshold: number;
    /** The strongest topic signals: label and mentions. */
    evidence: { label: string; count: number }[];
    /** Why a page that names the topic still is not coverage. */
    vetoes: string[];
  };
  /** Every quote of the page, with the other outlets' wordings of it. Empty when the page is not coverage. */
  quotes: {
    text: string;
    speaker?: string;
    matches: (ReportedArticle & {
      kind: QuoteMatchKind;
      score: number;
      text: string;
      speaker?: string;
      /** Each word-level difference, typed as the sidebar types it. */
      changes: Change[];
      /** Days between the two articles, when the other wording is from another occasion (rule 2 of quote-match.ts). */
      daysApart?: number;
    })[];
  }[];
  related: (ReportedArticle & { label: RelatedLabel; score: number; reasons: string })[];
}

/** One difference between two wordings: `notation` (the same number or
 * name written another way), `wording` (a translator's choice) or `claim`
 * (a number, negation, name or contrasting word that really differs). */
export interface Change {
  type: DifferenceType;
  /** "wilayah → tanah", "−sangat" (only on this page), "+Orang" (only in the other wording). */
  change: string;
}

/** The word-level differences of a match, readably and typed. */
export function describeChanges(alignment: readonly AlignmentOp[]): Change[] {
  return alignment.flatMap((op): Change[] => {
    const type = op.difference ?? 'wording';
    if (op.op === 'changed') return [{ type, change: `${op.a} → ${op.b}` }];
    if (op.op === 'a-only') return [{ type, change: `−${op.a}` }];
    if (op.op === 'b-only') return [{ type, change: `+${op.b}` }];
    return [];
  });
}

/** A change as the terminal report prints it: claims stand out, notation is marked as such. */
function formatChange(c: Change): string {
  return c.type === 'wording' ? c.change : `${c.type === 'claim' ? 'CLAIM' : 'notation'} ${c.change}`;
}

function reported(articleId: string, summary: ArticleSummary | undefined): ReportedArticle {
  return { articleId, outlet: summary?.outlet, title: summary?.title, lead: summary?.title ? undefined : summary?.lead, publishedAt: summary?.publishedAt, url: summary?.url };
}

export function reportPage(engine: MatchEngine, page: PageArticle): PageReport {
  const { analysis, articles } = buildResponse(engine.analyze(page), (id) => engine.getArticle(id));
  const { topic } = analysis;
  return {
    page: { url: page.url, title: page.title, outlet: page.outlet, publishedAt: page.publishedAt, paragraphs: page.paragraphs.length },
    coverage: { isCoverage: topic.isCoverage, score: topic.score, threshold: topic.threshold, evidence: topEvidence(topic.evidence), vetoes: topic.vetoes },
    quotes: analysis.quotes.map(({ quote, matches }) => ({
      text: quote.text,
      speaker: quote.speaker?.name,
      matches: matches.map((m) => ({
        ...reported(m.articleId, articles[m.articleId]),
        kind: m.kind,
        score: m.score,
        text: m.text,
        speaker: m.speaker?.name,
        changes: describeChanges(m.alignment),
        ...(m.daysApart !== undefined ? { daysApart: m.daysApart } : {}),
      })),
    })),
    related: analysis.related.map((r) => ({
      ...reported(r.articleId, articles[r.articleId]),
      label: r.label,
      score: r.score,
      reasons: formatReasons(r.reasons, 'en'),
    })),
  };
}

function articleLine(a: ReportedArticle): string {
  return [a.outlet ?? a.articleId, a.publishedAt].filter(Boolean).join(' · ');
}

/** The report as a reader reads it in a terminal. */
export function formatPageReport(report: PageReport): string {
  const { page, coverage } = report;
  const lines: string[] = [page.title ?? '(no title)', [page.outlet ?? 'outlet unknown', page.publishedAt ?? 'date unknown', page.url].filter(Boolean).join(' · ')];
  const signals = coverage.evidence.map((e) => `${e.label} ×${e.count}`).join(', ');
  const vetoes = coverage.vetoes.length ? `; vetoed: ${coverage.vetoes.join('; ')}` : '';
  lines.push(`Coverage: ${coverage.isCoverage ? 'yes' : 'no'} (score ${coverage.score.toFixed(1)}, needs ${coverage.threshold}${vetoes})${signals ? ` — ${signals}` : ''}`);
  if (!coverage.isCoverage) {
    lines.push('Not NATO or Russia-Ukraine war coverage: Jejak stays out of sight on this page.');
    return lines.join('\n');
  }
  const matched = report.quotes.filter((q) => q.matches.length > 0).length;
  lines.push('', `Quotes: ${report.quotes.length}, ${matched} reported by other outlets`);
  report.quotes.forEach((q, i) => {
    lines.push(`  ${i + 1}. "${q.text.replace(/\n/g, ' ')}" — ${q.speaker ?? 'speaker unknown'}`);
    for (const m of q.matches) {
      const changes = m.changes.length ? ` [${m.changes.map(formatChange).join(', ')}]` : '';
      const earlier = m.daysApart !== undefined ? ` (another occasion, ${m.daysApart} day${m.daysApart === 1 ? '' : 's'} apart)` : '';
      lines.push(`     ${articleLine(m)} · ${m.kind}${earlier}: "${m.text.replace(/\n/g, ' ')}"${changes}`);
    }
  });
  lines.push('', `Related coverage: ${report.related.length || 'none'}`);
  for (const r of report.related) {
    lines.push(`  - ${r.label === 'same-event' ? 'same event' : 'same topic'} · ${articleLine(r)} · ${r.title ?? r.lead ?? ''}`);
    if (r.reasons) lines.push(`    ${r.reasons}`);
  }
  return lines.join('\n');
}
