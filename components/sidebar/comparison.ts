/**
 * One page quote against every other outlet's wording of it: the versions in
 * the order a reader compares them (the page's first, then the others, oldest
 * first), what kind of version each is in words, and the comparison as plain
 * text for a fact-check or a message ("Salin perbandingan").
 */
import type { Quote } from '../../lib/types';
import type { AlignmentOp, QuoteMatch } from '../../lib/match/types';
import type { ArticleSummary } from '../../lib/messages';
import { safeHttpUrl } from '../../lib/safe-url';
import { t, type MessageKey } from '../i18n';
import { formatDate } from '../format';

/** What the view knows of the article the reader is on. */
export interface PageInfo {
  url?: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
}

/** How one outlet's version stands against the page's, as a reader is told. */
export type VersionKind = 'identical' | 'notation' | 'reworded' | 'fragment' | 'split' | 'claim';

export const VERSION_LABELS: Record<VersionKind, { label: MessageKey; title?: MessageKey }> = {
  identical: { label: 'kind_identical' },
  notation: { label: 'kind_notation', title: 'kind_notation_title' },
  reworded: { label: 'kind_reworded' },
  fragment: { label: 'kind_fragment', title: 'kind_fragment_title' },
  split: { label: 'kind_split', title: 'kind_split_title' },
  claim: { label: 'kind_claim', title: 'kind_claim_title' },
};

/** An ellipsis an outlet wrote where it left words out ("…", "...", "[…]"). */
export const ELLIPSIS = /^\[?(?:…|\.{3})\]?$/;
const HAS_ELLIPSIS = /…|\.{3}/;

/** A difference a reader should see: not a word written another way, not an outlet's own ellipsis. */
function isRealDifference(op: AlignmentOp): boolean {
  if (op.op === 'same' || op.difference === 'notation') return false;
  return !(op.op === 'b-only' && ELLIPSIS.test(op.b.trim()));
}

/**
 * The engine's kind, told more exactly from the alignment: a changed claim
 * above all; a version that differs only in notation is the same words; a
 * version with an ellipsis (words left out) is never "identical".
 */
export function versionKind(match: Pick<QuoteMatch, 'kind' | 'alignment' | 'text'>): VersionKind {
  if (match.alignment.some((op) => op.difference === 'claim')) return 'claim';
  if (match.kind === 'split') return 'split';
  if (match.kind === 'fragment') return 'fragment';
  if (HAS_ELLIPSIS.test(match.text)) return 'fragment';
  if (match.kind === 'identical') return 'identical';
  if (match.alignment.length > 0 && !match.alignment.some(isRealDifference)) return 'notation';
  return 'reworded';
}

/** The matches in the order a reader compares them: oldest first, undated last. */
export function versionsByDate(matches: readonly QuoteMatch[], articles: Record<string, ArticleSummary>): QuoteMatch[] {
  const date = (match: QuoteMatch) => articles[match.articleId]?.publishedAt ?? '9999';
  return [...matches].sort((x, y) => date(x).localeCompare(date(y)));
}

/** Whether the other article came before the page, after it, or either (dates unknown). */
export function occasion(match: Pick<QuoteMatch, 'daysApart'>, other: ArticleSummary | undefined, page: PageInfo): { key: MessageKey; days: number } | undefined {
  if (match.daysApart === undefined) return undefined;
  const days = match.daysApart;
  if (!other?.publishedAt || !page.publishedAt) return { key: 'saidApart', days };
  return { key: other.publishedAt < page.publishedAt ? 'saidEarlier' : 'saidLater', days };
}

/** "wilayah → tanah", "+Orang", "−sangat": the differences a reader should see, in plain text. */
export function plainChanges(alignment: readonly AlignmentOp[]): string[] {
  return alignment.filter(isRealDifference).map((op) => {
    if (op.op === 'changed') return `${op.a} → ${op.b}`;
    if (op.op === 'a-only') return `−${op.a}`;
    return `+${op.b}`;
  });
}

/** The outlet a card names: the article's own, else "not named" in the UI language. */
export function outletLabel(summary: Pick<ArticleSummary, 'outlet'> | undefined): string {
  return summary?.outlet ?? t('unknownOutlet');
}

/**
 * The comparison as plain text: the quote and its speaker, then each
 * version with its outlet, date, wording, differences and address.
 */
export function comparisonText(
  quote: Quote,
  matches: readonly QuoteMatch[],
  articles: Record<string, ArticleSummary>,
  page: PageInfo,
): string {
  const blocks: string[] = [];
  const head = [`“${quote.text.replace(/\s*\n\s*/g, ' ')}”`];
  if (quote.speaker) head.push(t('comparisonSpeaker', [quote.speaker.name]));
  blocks.push(head.join('\n'));

  const pageLines = [[t('thisArticle'), page.outlet, page.publishedAt ? formatDate(page.publishedAt) : undefined].filter(Boolean).join(' · ')];
  pageLines.push(`“${quote.text.replace(/\s*\n\s*/g, ' ')}”`);
  if (safeHttpUrl(page.url)) pageLines.push(safeHttpUrl(page.url)!);
  blocks.push(pageLines.join('\n'));

  for (const match of versionsByDate(matches, articles)) {
    const summary = articles[match.articleId];
    const lines = [[outletLabel(summary), formatDate(summary?.publishedAt), t(VERSION_LABELS[versionKind(match)].label)].join(' · ')];
    lines.push(`“${match.text.replace(/\s*\n\s*/g, ' ')}”`);
    const changes = plainChanges(match.alignment);
    if (changes.length > 0 && match.kind !== 'identical') lines.push(t('comparisonChanges', [changes.join(', ')]));
    const when = occasion(match, summary, page);
    if (when) lines.push(t(when.days === 1 ? (`${when.key}_one` as MessageKey) : when.key, [when.days]));
    const url = safeHttpUrl(summary?.url);
    if (url) lines.push(url);
    blocks.push(lines.join('\n'));
  }
  blocks.push(t('comparisonFooter'));
  return blocks.join('\n\n');
}
