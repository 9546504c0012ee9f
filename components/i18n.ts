/**
 * Translated strings for every view. In the extension they come from the
 * browser (`public/_locales/<lang>/messages.json`, chosen by the browser's
 * language, Indonesian by default). Where the browser cannot answer — unit
 * tests in Node, or a key the browser does not know — the Indonesian file is
 * read directly, so a view always shows real words, never a key name.
 */
import { browser } from 'wxt/browser';
import indonesian from '../public/_locales/id/messages.json';

type MessageFile = Record<string, { message: string; description?: string }>;
const fallbackMessages: MessageFile = indonesian;

export type MessageKey = keyof typeof indonesian;
export type UiLanguage = 'id' | 'en';

function fromBrowser(key: string, substitutions: string[]): string {
  try {
    // WXT types getMessage for its own generated keys only; ours come from messages.json.
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string | undefined;
    return getMessage(key, substitutions) ?? '';
  } catch {
    // Test doubles of `browser` throw for i18n; the fallback file answers instead.
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
