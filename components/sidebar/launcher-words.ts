/**
 * What the launcher says, in message keys: its accessible name, the words
 * beside the mark while Jejak introduces itself, and its badge. One rule for
 * both launchers that show it: the sidebar's own (SidebarApp) and the one
 * the article script shows alone before the sidebar's script is loaded
 * (entrypoints/article/launcher.ts), each translating the keys its own way.
 */
import { matchedQuoteCount, sameEventIds } from '../../lib/story';
import type { MessageKey } from '../i18n';
import type { Translator } from '../translate';
import type { SidebarState } from './SidebarApp';

/** A message and, for one that counts something, the count (`$1`, and its `_one` form where the language has one). */
export interface Words {
  key: MessageKey;
  count?: number;
}

export interface LauncherWords {
  /** Its accessible name and tooltip. */
  name: Words;
  /** Words shown beside the mark, on the reader's first pages with findings. */
  label?: Words;
  /** Beside the mark otherwise: the number of matched quotes, '!' for an error, a spinner while loading; nothing for none. */
  badge?: number | '!' | 'spinner';
}

export function launcherWords(state: SidebarState, introduce: boolean): LauncherWords {
  if (state.status === 'loading') return { name: { key: 'launcherLoading' }, badge: 'spinner' };
  if (state.status === 'error') return { name: { key: 'launcherError' }, badge: '!' };
  const matched = matchedQuoteCount(state.data.analysis);
  const sameEvent = sameEventIds(state.data.analysis).size;
  // "0 quotes" reads like a fault: a page with none names the same event's coverage, or says there is none yet.
  const name: Words =
    matched > 0 ? { key: 'launcherCount', count: matched } : sameEvent > 0 ? { key: 'launcherRelated', count: sameEvent } : { key: 'launcherNothing' };
  const label: Words | undefined = !introduce
    ? undefined
    : matched > 0
      ? { key: 'launcherLabelQuotes', count: matched }
      : sameEvent > 0
        ? { key: 'launcherLabelRelated', count: sameEvent }
        : undefined;
  return label ? { name, label } : { name, badge: matched > 0 ? matched : undefined };
}

/** Words in the reader's language, through `translator`: the views' own messages, or the article script's few. */
export function sayWith(translator: Translator): (words: Words) => string {
  return (words) => (words.count === undefined ? translator.t(words.key) : translator.tCount(words.key, words.count));
}
