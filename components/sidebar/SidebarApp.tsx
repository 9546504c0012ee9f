/**
 * The sidebar a reader sees beside a news article: a small launcher at the
 * page edge and, when open, a resizable panel with the quotes other outlets
 * also reported (word by word), related coverage, the story's timeline and
 * any date conflicts. The content script mounts this in a shadow root and owns
 * the page side (margins, highlighting); this component owns only the view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quote } from '../../lib/types';
import type { AnalyzeResponse, ArticleSummary } from '../../lib/messages';
import type { PageQuoteResult, QuoteMatch, RelatedArticle, TopicResult } from '../../lib/match/types';
import { formatReasons } from '../../lib/match/related';
import { t, tCount, uiLanguage, type MessageKey } from '../i18n';
import { dateSortKey, describeDateConflict, formatDate, summarizeEvidence } from '../format';
import { openReader } from '../services/reader-link';
import { QuoteDiff } from './QuoteDiff';
import { Wordmark } from './Wordmark';

export type SidebarState =
  | { status: 'loading' }
  | { status: 'ready'; data: AnalyzeResponse }
  | { status: 'error'; message: string };

export interface SidebarProps {
  state: SidebarState;
  open: boolean;
  onOpenChange(open: boolean): void;
  onQuoteClick(quote: Quote): void;
  width: number;
  onWidthChange(width: number): void;
}

/** Narrower than this and quotes wrap every two words. */
export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;
/** The most of the window the sidebar may take. */
const MAX_SHARE = 0.5;
/** Keyboard resize step; Shift takes bigger steps. */
const STEP = 24;

export function clampWidth(width: number): number {
  // The article keeps at least half the window, also zoomed to 200 % or on
  // a small screen, where a fixed width would squeeze it to a column.
  const viewport = typeof window !== 'undefined' && window.innerWidth > 0 ? window.innerWidth : MAX_WIDTH / MAX_SHARE;
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(viewport * MAX_SHARE)));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

/** Page quotes that at least one other outlet reported. */
export function matchedQuoteCount(data: AnalyzeResponse): number {
  return data.analysis.quotes.filter((result) => result.matches.length > 0).length;
}

function launcherName(state: SidebarState): string {
  if (state.status === 'loading') return t('launcherLoading');
  if (state.status === 'error') return t('launcherError');
  const matched = matchedQuoteCount(state.data);
  // "0 matching quotes" reads like a fault; a page with none still has related coverage to offer.
  if (matched === 0) return tCount('launcherRelated', state.data.analysis.related.length);
  return tCount('launcherCount', matched);
}

export function SidebarApp({ state, open, onOpenChange, onQuoteClick, width, onWidthChange }: SidebarProps) {
  const launcherRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Focus moves into the panel only when the reader opened it; an automatic
  // open on page load must not steal focus from the page.
  const focusOnOpen = useRef(false);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open && !wasOpen.current && focusOnOpen.current) closeRef.current?.focus();
    if (!open && wasOpen.current) {
      // Return focus to the launcher when it was inside the panel (or lost with it), not when the reader is elsewhere on the page.
      const root = launcherRef.current?.getRootNode() as Document | ShadowRoot | undefined;
      const active = root?.activeElement ?? null;
      if (active === null || active === document.body || panelRef.current?.contains(active)) launcherRef.current?.focus();
    }
    focusOnOpen.current = false;
    wasOpen.current = open;
  }, [open]);

  const close = () => {
    // Focus the launcher before the panel unmounts, so focus never falls to the page's <body>.
    launcherRef.current?.focus();
    onOpenChange(false);
  };

  const count = state.status === 'ready' ? matchedQuoteCount(state.data) : undefined;

  return (
    <div class="jejak">
      <button
        ref={launcherRef}
        type="button"
        class="launcher"
        data-state={state.status}
        hidden={open}
        aria-label={launcherName(state)}
        aria-expanded={open}
        title={launcherName(state)}
        onClick={() => {
          focusOnOpen.current = true;
          onOpenChange(true);
        }}
      >
        <Wordmark compact />
        {state.status === 'loading' ? (
          <span class="launcher-spinner" aria-hidden="true" />
        ) : (
          count !== 0 && (
            <span class="launcher-count" aria-hidden="true">
              {count ?? '!'}
            </span>
          )
        )}
      </button>
      {open && (
        <aside
          ref={panelRef}
          class="panel"
          aria-label={t('panelLabel')}
          style={{ width: `${clampWidth(width)}px` }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <ResizeHandle width={clampWidth(width)} onWidthChange={(w) => onWidthChange(clampWidth(w))} />
          <header class="panel-header">
            <div class="brand">
              <Wordmark />
              <span class="tagline">{t('wordmarkTagline')}</span>
            </div>
            <button ref={closeRef} type="button" class="close" aria-label={t('close')} title={t('close')} onClick={close}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
              </svg>
            </button>
          </header>
          <div class="panel-body">
            <PanelContent state={state} onQuoteClick={onQuoteClick} />
          </div>
        </aside>
      )}
    </div>
  );
}

function ResizeHandle({ width, onWidthChange }: { width: number; onWidthChange(width: number): void }) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class="resize-handle"
      data-dragging={dragging ? 'true' : undefined}
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resize')}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      onPointerDown={(event) => {
        drag.current = { startX: event.clientX, startWidth: width };
        setDragging(true);
        (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
        event.preventDefault();
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        // The panel sits at the right edge: dragging its left edge leftwards widens it.
        onWidthChange(drag.current.startWidth + (drag.current.startX - event.clientX));
      }}
      onPointerUp={() => {
        drag.current = null;
        setDragging(false);
      }}
      onPointerCancel={() => {
        drag.current = null;
        setDragging(false);
      }}
      onKeyDown={(event) => {
        const step = event.shiftKey ? STEP * 4 : STEP;
        const next =
          event.key === 'ArrowLeft'
            ? width + step
            : event.key === 'ArrowRight'
              ? width - step
              : event.key === 'Home'
                ? MIN_WIDTH
                : event.key === 'End'
                  ? MAX_WIDTH
                  : undefined;
        if (next === undefined) return;
        event.preventDefault();
        onWidthChange(next);
      }}
    />
  );
}

function PanelContent({ state, onQuoteClick }: { state: SidebarState; onQuoteClick(quote: Quote): void }) {
  if (state.status === 'loading') {
    return (
      <div class="state" role="status">
        <span class="spinner" aria-hidden="true" />
        <p class="state-title">{t('loading')}</p>
        <p class="state-hint">{t('loadingHint')}</p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="state state-error" role="alert">
        <p class="state-title">{t('errorTitle')}</p>
        <p class="state-hint">{state.message}</p>
      </div>
    );
  }
  const { data } = state;
  return (
    <>
      <WhySection topic={data.analysis.topic} />
      <QuotesSection data={data} onQuoteClick={onQuoteClick} />
      <RelatedSection data={data} />
      <TimelineSection data={data} />
      <p class="panel-footer">{t('footer', [Math.max(1, Math.round(data.analysis.elapsedMs))])}</p>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  const headingId = `jejak-${id}-heading`;
  return (
    <section class={`section section-${id}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function WhySection({ topic }: { topic: TopicResult }) {
  const { terms, where } = summarizeEvidence(topic.evidence);
  return (
    <Section id="why" title={t('whyHeading')}>
      {!topic.isCoverage && <p class="note">{t('notCoverage')}</p>}
      {terms.length > 0 && (
        <>
          <ul class="evidence-terms">
            {terms.map(({ label, count }) => (
              <li key={label} class="evidence-term">
                {label}
                {count > 1 && (
                  <span class="evidence-count" title={t('timesMentioned', [String(count)])}>
                    <span aria-hidden="true"> ×</span>
                    <span class="visually-hidden">, {t('timesMentioned', [String(count)])}</span>
                    <span aria-hidden="true">{count}</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
          {where && <p class="evidence">{where}</p>}
        </>
      )}
    </Section>
  );
}

function outletName(summary: ArticleSummary | undefined): string {
  return summary?.outlet ?? t('unknownOutlet');
}

function QuotesSection({ data, onQuoteClick }: { data: AnalyzeResponse; onQuoteClick(quote: Quote): void }) {
  const results = data.analysis.quotes;
  const matched = results.filter((result) => result.matches.length > 0);
  const unmatched = results.length - matched.length;
  return (
    <Section id="quotes" title={t('quotesHeading')}>
      {results.length === 0 ? (
        <p class="empty">{t('quotesNone')}</p>
      ) : matched.length === 0 ? (
        <p class="empty">{t('quotesEmpty')}</p>
      ) : (
        <>
          <p class="legend" aria-hidden="true">
            <del class="diff-removed">abc</del> {t('diffLegendRemoved')} · <ins class="diff-added">abc</ins>{' '}
            {t('diffLegendAdded')} · <span class="diff-notation">abc</span> {t('diffLegendNotation')}
          </p>
          <ol class="quote-list">
            {matched.map((result) => (
              <PageQuote key={result.quote.id} result={result} articles={data.articles} onQuoteClick={onQuoteClick} />
            ))}
          </ol>
        </>
      )}
      {unmatched > 0 && matched.length > 0 && <p class="muted">{tCount('quotesUnmatched', unmatched)}</p>}
    </Section>
  );
}

function PageQuote({
  result,
  articles,
  onQuoteClick,
}: {
  result: PageQuoteResult;
  articles: Record<string, ArticleSummary>;
  onQuoteClick(quote: Quote): void;
}) {
  const { quote, matches } = result;
  const outlets = new Set(matches.map((match) => articles[match.articleId]?.outlet ?? match.articleId));
  return (
    <li class="quote-card">
      <div class="quote-meta">
        <span class="eyebrow">{t('onThisPage')}</span>
        <span class="quote-count">{tCount('otherOutlets', outlets.size)}</span>
      </div>
      <button type="button" class="page-quote" title={t('pageQuoteShow')} onClick={() => onQuoteClick(quote)}>
        <span class="quote-text">“{quote.text}”</span>
      </button>
      <p class="speaker">
        {quote.speaker ? <span class="speaker-name">{quote.speaker.name}</span> : <span class="muted">{t('speakerUnknown')}</span>}
        {quote.cue && <span class="speaker-cue"> · {quote.cue}</span>}
      </p>
      <p class="eyebrow matched-in">{t('matchedIn')}</p>
      <ul class="match-list">
        {matches.map((match) => (
          <MatchItem key={`${match.articleId}:${match.quoteIds.join(',')}`} match={match} summary={articles[match.articleId]} />
        ))}
      </ul>
    </li>
  );
}

const KIND_KEYS: Record<QuoteMatch['kind'], MessageKey> = {
  identical: 'kind_identical',
  reworded: 'kind_reworded',
  fragment: 'kind_fragment',
  split: 'kind_split',
};

function MatchItem({ match, summary }: { match: QuoteMatch; summary: ArticleSummary | undefined }) {
  return (
    <li class="match">
      <div class="match-head">
        <span class="outlet">{outletName(summary)}</span>
        <span class="date">{formatDate(summary?.publishedAt)}</span>
        <span class={`kind kind-${match.kind}`}>{t(KIND_KEYS[match.kind])}</span>
      </div>
      <blockquote class="match-text">
        {match.kind === 'identical' ? match.text : <QuoteDiff alignment={match.alignment} fallbackText={match.text} />}
      </blockquote>
      {match.speaker && <p class="speaker speaker-small">{match.speaker.asWritten || match.speaker.name}</p>}
      {summary?.dateConflict && <DateConflictNote summary={summary} />}
      <ArticleLinks summary={summary} articleId={match.articleId} />
    </li>
  );
}

function DateConflictNote({ summary }: { summary: ArticleSummary }) {
  if (!summary.dateConflict) return null;
  return (
    <p class="warning">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 1.5l7 13H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
        <path d="M8 6.5v3.5M8 12v.5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      <span>{describeDateConflict(summary.dateConflict)}</span>
    </p>
  );
}

function ArticleLinks({ summary, articleId }: { summary: ArticleSummary | undefined; articleId: string }) {
  return (
    <p class="links">
      <button type="button" class="link-button" onClick={() => void openReader(articleId)}>
        {t('openReader')}
        <span class="visually-hidden"> {t('opensNewTab')}</span>
      </button>
      {summary?.url && (
        <a class="link" href={summary.url} target="_blank" rel="noopener noreferrer">
          {t('openOriginal')} <span aria-hidden="true">↗</span>
          <span class="visually-hidden"> {t('opensNewTab')}</span>
        </a>
      )}
    </p>
  );
}

function headline(summary: ArticleSummary | undefined, articleId: string): string {
  return summary?.title || summary?.lead || articleId;
}

function RelatedSection({ data }: { data: AnalyzeResponse }) {
  const related = data.analysis.related;
  return (
    <Section id="related" title={t('relatedHeading')}>
      {related.length === 0 ? (
        <p class="empty">{t('relatedEmpty')}</p>
      ) : (
        <ul class="related-list">
          {related.map((item) => (
            <RelatedItem key={item.articleId} item={item} summary={data.articles[item.articleId]} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function RelatedItem({ item, summary }: { item: RelatedArticle; summary: ArticleSummary | undefined }) {
  const reasons = formatReasons(item.reasons, uiLanguage());
  return (
    <li class="related">
      <div class="match-head">
        <span class="outlet">{outletName(summary)}</span>
        <span class="date">{formatDate(summary?.publishedAt)}</span>
        <span class={`badge badge-${item.label}`}>{t(item.label === 'same-event' ? 'label_same_event' : 'label_same_topic')}</span>
      </div>
      <h3 class={summary?.title ? 'related-title' : 'related-title related-lead'}>
        <button type="button" class="title-button" onClick={() => void openReader(item.articleId)}>
          {headline(summary, item.articleId)}
          <span class="visually-hidden"> {t('opensNewTab')}</span>
        </button>
      </h3>
      {reasons && <p class="reasons">{reasons}</p>}
      {summary?.dateConflict && <DateConflictNote summary={summary} />}
      {summary?.url && (
        <p class="links">
          <a class="link" href={summary.url} target="_blank" rel="noopener noreferrer">
            {t('openOriginal')} <span aria-hidden="true">↗</span>
            <span class="visually-hidden"> {t('opensNewTab')}</span>
          </a>
        </p>
      )}
    </li>
  );
}

function TimelineSection({ data }: { data: AnalyzeResponse }) {
  // The background sends the timeline in date order; sorting again keeps the view right if it ever does not.
  const timeline = [...data.timeline].sort((x, y) => dateSortKey(x.publishedAt).localeCompare(dateSortKey(y.publishedAt)));
  return (
    <Section id="timeline" title={t('timelineHeading')}>
      {timeline.length === 0 ? (
        <p class="empty">{t('timelineEmpty')}</p>
      ) : (
        <ol class="timeline">
          {timeline.map((summary) => (
            <li key={summary.id} class="timeline-item">
              <span class="timeline-date">{formatDate(summary.publishedAt)}</span>
              <span class="outlet">{outletName(summary)}</span>
              <button type="button" class="title-button timeline-title" onClick={() => void openReader(summary.id)}>
                {headline(summary, summary.id)}
                <span class="visually-hidden"> {t('opensNewTab')}</span>
              </button>
              {summary.dateConflict && <DateConflictNote summary={summary} />}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
