/**
 * The toolbar popup: what Jejak found on this tab, and the one action that
 * makes sense there — open the sidebar, or run Jejak once on a site outside
 * the outlet list.
 */
import type { TabStatus } from '../../lib/messages';
import { t, tCount } from '../i18n';
import { FootprintMark } from '../FootprintMark';
import { libraryFullText } from '../save/full-message';
import { AlwaysRunSite, type AlwaysRunSiteProps } from '../sites/AlwaysRunSite';

export type RunState = { state: 'ready' } | { state: 'running' } | { state: 'failed'; message: string };

export interface PopupViewProps {
  /** undefined while the background has not answered yet. */
  status: TabStatus | undefined;
  /** False on pages no extension may script (browser pages, extension stores). */
  canRun: boolean;
  run: RunState;
  shortcut?: string;
  onOpenSidebar(): void;
  onRunHere(): void;
  onOpenOptions(): void;
  /** On a site outside the built-in outlets: "Selalu jalankan Jejak di situs ini". */
  alwaysRun?: AlwaysRunSiteProps;
}

/** A quote another outlet reported, or another outlet's article on the same event: the sidebar has something to show. */
function hasSomething(status: Extract<TabStatus, { state: 'analyzed' }>): boolean {
  return status.matchedQuotes > 0 || status.related > 0;
}

function statusText(status: TabStatus, canRun: boolean): string {
  switch (status.state) {
    case 'analyzed':
      if (!hasSomething(status)) return t('popupNothing');
      // Each count its own sentence, so each takes its own singular or plural.
      return [
        status.matchedQuotes > 0 ? tCount('popupQuotes', status.matchedQuotes) : '',
        status.related > 0 ? tCount('popupEvent', status.related) : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'not-article':
      return t('popupNotArticle');
    case 'not-topic':
      return t('popupNotTopic');
    case 'idle':
      return canRun ? t('popupIdle') : t('popupCannotRun');
  }
}

export function PopupView({ status, canRun, run, shortcut, onOpenSidebar, onRunHere, onOpenOptions, alwaysRun }: PopupViewProps) {
  return (
    <main class="popup">
      <header class="popup-header">
        <FootprintMark class="popup-mark" />
        <h1 class="popup-title">{t('popupTitle')}</h1>
      </header>
      {status === undefined ? (
        <p class="popup-status" role="status">
          …
        </p>
      ) : (
        <>
          <p class={`popup-status popup-status-${status.state}`} role="status">
            {statusText(status, canRun)}
          </p>
          {status.state === 'analyzed' &&
            (hasSomething(status) ? (
              <button type="button" class="popup-primary" onClick={onOpenSidebar}>
                {t('popupOpenSidebar')}
              </button>
            ) : (
              <p class="popup-hint">{t('popupGrowLibrary')}</p>
            ))}
          {status.state === 'idle' && canRun && (
            <>
              <button type="button" class="popup-primary" disabled={run.state === 'running'} onClick={onRunHere}>
                {run.state === 'running' ? t('popupRunning') : t('popupRunHere')}
              </button>
              <p class="popup-hint">{t('popupRunHereHint')}</p>
            </>
          )}
          {status.state === 'analyzed' && status.libraryFull && (
            <p class="popup-error" role="alert">
              {libraryFullText(status.libraryFull)}
            </p>
          )}
          {run.state === 'failed' && (
            <p class="popup-error" role="alert">
              {t('popupRunFailed', [run.message])}
            </p>
          )}
        </>
      )}
      {alwaysRun && <AlwaysRunSite {...alwaysRun} />}
      <footer class="popup-footer">
        <button type="button" class="popup-link" onClick={onOpenOptions}>
          {t('popupOptions')}
        </button>
        {shortcut && <span class="popup-shortcut">{t('popupShortcut', [shortcut])}</span>}
      </footer>
    </main>
  );
}
