/**
 * Translated strings for every view, in the reader's language: Indonesian
 * or English, chosen as the browser chooses an extension's language (its UI
 * language: English for any English, Indonesian, the extension's default,
 * for any other), and read from the same files the browser reads
 * (`public/_locales/<lang>/messages.json`), bundled with the views. The
 * browser is asked once, for its language; asking it for each string
 * (`i18n.getMessage`) cost the sidebar about 4 ms of main thread on every
 * coverage page. A key missing in English is read from the Indonesian file,
 * so a view always shows real words, never a key name. Outside the
 * extension (unit tests in Node) the views speak Indonesian.
 */
// The browser's own object, not the polyfill: the sidebar's script shows these strings and carries no polyfill.
import { ext } from '../entrypoints/article/page-api';
// The files as text of key → message (their descriptions left out at build time, scripts/messages-plugin.ts), parsed when a view first needs one.
import TEXTS from 'virtual:jejak-messages';

type MessageFile = Record<string, string | undefined>;

export type MessageKey = keyof typeof import('../public/_locales/id/messages.json');
export type UiLanguage = 'id' | 'en';

const parsed: Partial<Record<UiLanguage, MessageFile>> = {};
const messages = (language: UiLanguage): MessageFile => (parsed[language] ??= JSON.parse(TEXTS[language]) as MessageFile);

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

/** The message `key` in the reader's language, with `$1`…`$9` filled from `substitutions`. */
export function t(key: MessageKey, substitutions: Array<string | number> = []): string {
  const message = messages(uiLanguage())[key] ?? messages('id')[key];
  if (message === undefined) return key;
  const subs = substitutions.map(String);
  return message.replace(/\$(\d)/g, (whole, digit: string) => subs[Number(digit) - 1] ?? whole);
}

/** Like `t`, but picks the `_one` form for a count of 1 where the language has one (English does, Indonesian does not). */
export function tCount(key: MessageKey, count: number, more: Array<string | number> = []): string {
  const singular = `${key}_one`;
  if (count === 1 && messages('id')[singular]) return t(singular as MessageKey, [count, ...more]);
  return t(key, [count, ...more]);
}

/** BCP 47 tag for Intl formatting in the UI language. */
export function uiLocale(): string {
  return uiLanguage() === 'en' ? 'en-US' : 'id-ID';
}
