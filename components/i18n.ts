/**
 * Translated strings for every view. In the extension they come from the
 * browser (`public/_locales/<lang>/messages.json`, chosen by the browser's
 * language, Indonesian by default). Where the browser cannot answer — unit
 * tests in Node, or a key the browser does not know — the Indonesian file is
 * read directly, so a view always shows real words, never a key name.
 */
// The browser's own object, not the polyfill: the sidebar's script shows these strings and carries no polyfill.
import { ext } from '../entrypoints/article/page-api';
import indonesian from '../public/_locales/id/messages.json';

type MessageFile = Record<string, { message: string; description?: string }>;
const fallbackMessages: MessageFile = indonesian;

export type MessageKey = keyof typeof indonesian;
export type UiLanguage = 'id' | 'en';

/**
 * The browser's answers for messages without substitutions, by key: a page's
 * language does not change under it, and the sidebar asks for the same few
 * dozen labels on every render (each answer a call into the browser). One
 * entry per message key at most.
 */
const plainMessages = new Map<string, string>();

function fromBrowser(key: string, substitutions: string[]): string {
  if (substitutions.length === 0) {
    const known = plainMessages.get(key);
    if (known !== undefined) return known;
  }
  try {
    const message = ext.i18n.getMessage(key, substitutions) ?? '';
    if (message && substitutions.length === 0) plainMessages.set(key, message);
    return message;
  } catch {
    // Outside the extension (unit tests in Node) there is no browser object; the fallback file answers instead.
    return '';
  }
}

function fromFallback(key: string, substitutions: string[]): string {
  const entry = fallbackMessages[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\d)/g, (whole, digit: string) => substitutions[Number(digit) - 1] ?? whole);
}

/** The message `key` in the reader's language, with `$1`…`$9` filled from `substitutions`. */
export function t(key: MessageKey, substitutions: Array<string | number> = []): string {
  const subs = substitutions.map(String);
  return fromBrowser(key, subs) || fromFallback(key, subs) || key;
}

/** Like `t`, but picks the `_one` form for a count of 1 where the language has one (English does, Indonesian does not). */
export function tCount(key: MessageKey, count: number, more: Array<string | number> = []): string {
  const singular = `${key}_one`;
  if (count === 1 && singular in fallbackMessages) return t(singular as MessageKey, [count, ...more]);
  return t(key, [count, ...more]);
}

/** The language the views are shown in: the one whose messages file the browser picked. */
export function uiLanguage(): UiLanguage {
  return t('lang') === 'en' ? 'en' : 'id';
}

/** BCP 47 tag for Intl formatting in the UI language. */
export function uiLocale(): string {
  return uiLanguage() === 'en' ? 'en-US' : 'id-ID';
}
