/**
 * "Selalu jalankan Jejak di situs ini" in the toolbar popup, on a site
 * outside the built-in outlets: one press asks the browser for that one
 * site's permission, and says what came of it.
 */
import { t } from '../i18n';

export type AlwaysRunState = 'offer' | 'asking' | 'granted' | 'denied' | { failed: string };

export interface AlwaysRunSiteProps {
  host: string;
  state: AlwaysRunState;
  /** Must call `permissions.request` at once: browsers grant only inside the reader's click. */
  onAllow(): void;
}

export function AlwaysRunSite({ host, state, onAllow }: AlwaysRunSiteProps) {
  if (state === 'granted') {
    return (
      <p class="always-run always-run-on" role="status">
        {t('alwaysRunOn', [host])}
      </p>
    );
  }
  return (
    <div class="always-run">
      <button type="button" class="always-run-button" disabled={state === 'asking'} onClick={onAllow}>
        {t('alwaysRun')}
      </button>
      <p class={typeof state === 'object' || state === 'denied' ? 'always-run-problem' : 'always-run-hint'} role="status">
        {typeof state === 'object' ? t('alwaysRunFailed', [host, state.failed]) : state === 'denied' ? t('alwaysRunDenied', [host]) : t('alwaysRunHint', [host])}
      </p>
    </div>
  );
}
