/**
 * "Simpan ke Jejak" in the sidebar: keeps the article the reader is on in
 * their library, whatever its topic, and says what became of it: saved,
 * updated, already there, or refused (the page is not an article, or the
 * browser's storage for Jejak is full, with what to delete). The article
 * script owns the saving (it has the page read); this owns only the view.
 */
import type { OutletCounts } from '../../lib/messages';
import { t } from '../i18n';
import { libraryFullText } from './full-message';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; how: 'added' | 'updated' | 'duplicate' }
  | { status: 'full'; outlets: OutletCounts }
  | { status: 'failed'; reason: 'not-article' | 'error' };

export interface SaveToJejakProps {
  state: SaveState;
  onSave(): void;
}

function message(state: SaveState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'saving':
      return t('saveSaving');
    case 'saved':
      return t(state.how === 'added' ? 'saveAdded' : state.how === 'updated' ? 'saveUpdated' : 'saveDuplicate');
    case 'full':
      return libraryFullText(state.outlets);
    case 'failed':
      return t(state.reason === 'not-article' ? 'saveNotArticle' : 'saveFailed');
  }
}

export function SaveToJejak({ state, onSave }: SaveToJejakProps) {
  const done = state.status === 'saved';
  const problem = state.status === 'full' || state.status === 'failed';
  const text = message(state);
  return (
    <div class={`save-to-jejak${problem ? ' save-problem' : ''}`}>
      <button type="button" class="save-button" aria-pressed={done} disabled={state.status === 'saving'} onClick={() => state.status !== 'saving' && onSave()}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          {done ? (
            <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
          ) : (
            <path d="M4 2.5h8v11l-4-3-4 3z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
          )}
        </svg>
        <span>{done ? t('saveDone') : t('saveToJejak')}</span>
      </button>
      <p class="save-message" role={problem ? 'alert' : 'status'}>
        {text}
      </p>
    </div>
  );
}
