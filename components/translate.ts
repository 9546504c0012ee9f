/**
 * Jejak's messages in the reader's language, from message texts handed in:
 * every view's (components/i18n.ts, all of them) and the article script's
 * launcher (entrypoints/article/launcher.ts, its own few), which carries no
 * others. The language is chosen as the browser chooses an extension's (its
 * UI language: English for any English, Indonesian, the extension's default,
 * for any other); a key missing in English is read from the Indonesian
 * text, so a view always shows real words, never a key name. Outside the
 * extension (unit tests in Node) the views speak Indonesian.
 */
// The browser's own object, not the polyfill: the sidebar's and article scripts show these strings and carry no polyfill.
import { ext } from '../entrypoints/article/page-api';

type MessageFile = Record<string, string | undefined>;

export type MessageKey = keyof typeof import('../public/_locales/id/messages.json');
export type UiLanguage = 'id' | 'en';
/** Each language's messages as the text of a key → message object (scripts/messages-plugin.ts). */
export type MessageTexts = Record<UiLanguage, string>;

/** The language of a browser UI language tag ("en-US", "id", "ms"), as the browser picks among Jejak's two. */
export function languageFor(browserLanguage: string | undefined): UiLanguage {
  return /^en(?:[-_]|$)/i.test(browserLanguage ?? '') ? 'en' : 'id';
}

let chosen: UiLanguage | undefined;

/** The language the views are shown in. */
export function uiLanguage(): UiLanguage {
  if (chosen) return chosen;
  let browserLanguage: string | undefined;
  try {
    browserLanguage = ext.i18n.getUILanguage();
  } catch {
    // Outside the extension (unit tests in Node) there is no browser object: the default language.
  }
  return (chosen = languageFor(browserLanguage));
}

export interface Translator {
  /** The message `key` in the reader's language, with `$1`…`$9` filled from `substitutions`. */
  t(key: MessageKey, substitutions?: Array<string | number>): string;
  /** Like `t`, but picks the `_one` form for a count of 1 where the language has one (English does, Indonesian does not). */
  tCount(key: MessageKey, count: number, more?: Array<string | number>): string;
}

/** Messages from `texts`, each language's parsed when first needed. */
export function makeTranslator(texts: MessageTexts): Translator {
  const parsed: Partial<Record<UiLanguage, MessageFile>> = {};
  const messages = (language: UiLanguage): MessageFile => (parsed[language] ??= JSON.parse(texts[language]) as MessageFile);
  const t = (key: MessageKey, substitutions: Array<string | number> = []): string => {
    const message = messages(uiLanguage())[key] ?? messages('id')[key];
    if (message === undefined) return key;
    const subs = substitutions.map(String);
    return message.replace(/\$(\d)/g, (whole, digit: string) => subs[Number(digit) - 1] ?? whole);
  };
  const tCount = (key: MessageKey, count: number, more: Array<string | number> = []): string => {
    const singular = `${key}_one`;
    if (count === 1 && messages('id')[singular]) return t(singular as MessageKey, [count, ...more]);
    return t(key, [count, ...more]);
  };
  return { t, tCount };
}
