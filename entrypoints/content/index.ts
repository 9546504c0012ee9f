/**
 * Jejak on a news page: decide cheaply whether this can be NATO/Ukraine
 * coverage (URL, title, metadata), and only then extract the article, ask the
 * background to analyse it, and offer the sidebar.
 *
 * Example pages: https://voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan
 *                https://wow.tribunnews.com/2023/06/14/kepala-nato-berharap-serangan-baru-ukraina
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import '../../components/sidebar/sidebar.css';
import { OUTLET_MATCH_PATTERNS, outletForHost } from '../../lib/outlets';
import { quickTopicCheck } from '../../lib/match/topic';
import { isOutletEnabled } from '../../lib/settings';
import type { AnalyzeResponse, RequestMessage, TabMessage } from '../../lib/messages';
import type { Quote } from '../../lib/types';
import { loadSettings, watchSettings } from '../../components/services/settings-store';
import { extractArticle, looksLikeListingUrl, pageSignals } from './extract';
import { findTextRange } from './find-text';
import { mountSidebar, type SidebarController } from './mount';

const HIGHLIGHT = 'jejak-quote';

export default defineContentScript({
  matches: [...OUTLET_MATCH_PATTERNS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    let sidebar: SidebarController | undefined;
    let runId = 0;

    const teardown = () => {
      sidebar?.remove();
      sidebar = undefined;
      void browser.runtime.sendMessage({ type: 'clear' } satisfies RequestMessage).catch(() => {});
    };

    const run = async (force: boolean) => {
      const id = ++runId;
      const settings = await loadSettings();
      const outlet = outletForHost(location.hostname);
      if (!force && (!outlet || !isOutletEnabled(settings, outlet.id))) return;
      const signals = pageSignals(document, location.href);
      if (!force && (looksLikeListingUrl(location.href) && !signals.isArticleType)) return;
      if (!force && quickTopicCheck(signals) === 'unlikely') return;
      // Full extraction waits for an idle moment, so the page's own work comes first.
      await new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 50)));
      if (id !== runId || ctx.isInvalid) return;
      const page = extractArticle(document, location.href);
      if (!page) return;
      const response = (await browser.runtime.sendMessage({ type: 'analyze', page, force } satisfies RequestMessage)) as AnalyzeResponse | undefined;
      if (id !== runId || ctx.isInvalid || !response) return;
      if (!response.analysis.topic.isCoverage && !force) return;
      const state = { status: 'ready' as const, data: response };
      if (sidebar) sidebar.setState(state);
      else sidebar = await mountSidebar(ctx, { initial: state, open: settings.autoOpen || force, onQuoteClick: highlightQuote });
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as TabMessage;
      if (m.type === 'toggle-sidebar') sidebar?.setOpen((o) => !o);
      else if (m.type === 'open-sidebar') sidebar?.setOpen(true);
      else if (m.type === 'run-once') void run(true).then(() => sidebar?.setOpen(true));
      return undefined;
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      teardown();
      void run(false);
    });
    const unwatch = watchSettings(() => {
      teardown();
      void run(false);
    });
    ctx.onInvalidated(unwatch);
    void run(false);
  },
});

function highlightQuote(quote: Quote): void {
  const range = findTextRange(document.body, quote.text.split('\n')[0]!);
  if (!range) return;
  range.startContainer.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    if (!document.getElementById('jejak-highlight-style')) {
      const style = document.createElement('style');
      style.id = 'jejak-highlight-style';
      style.textContent = `::highlight(${HIGHLIGHT}) { background-color: #ffe58a; color: #111; }`;
      document.head.append(style);
    }
    registry.set(HIGHLIGHT, new HighlightCtor(range));
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}

