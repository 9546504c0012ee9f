/**
 * Translated strings for every view, in the reader's language
 * (components/translate.ts), read from the same files the browser reads
 * (`public/_locales/<lang>/messages.json`), bundled with the views. The
 * browser is asked once, for its language; asking it for each string
 * (`i18n.getMessage`) cost the sidebar about 4 ms of main thread on every
 * coverage page.
 */
// The files as text of key → message (their descriptions left out at build time, scripts/messages-plugin.ts), parsed when a view first needs one.
import TEXTS from 'virtual:jejak-messages';
import { makeTranslator, uiLanguage } from './translate';

export { languageFor, uiLanguage, type MessageKey, type UiLanguage } from './translate';

export const { t, tCount } = makeTranslator(TEXTS);

/** BCP 47 tag for Intl formatting in the UI language. */
export function uiLocale(): string {
  return uiLanguage() === 'en' ? 'en-US' : 'id-ID';
}
