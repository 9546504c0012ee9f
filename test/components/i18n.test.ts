/**
 * The views' strings in the reader's language, chosen as the browser chooses
 * an extension's language, from the same message files the browser reads,
 * with one question to the browser (its UI language) and none per string.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import indonesian from '../../public/_locales/id/messages.json';
import english from '../../public/_locales/en/messages.json';

interface FakeChrome { runtime: { id: string }; i18n: { getUILanguage: ReturnType<typeof vi.fn> } }

/** components/i18n.ts as the extension loads it, with `chrome` as Chromium gives it to a content script. */
async function loadWithBrowser(language: string): Promise<{ i18n: typeof import('../../components/i18n'); chrome: FakeChrome }> {
  const chrome: FakeChrome = { runtime: { id: 'jejak' }, i18n: { getUILanguage: vi.fn(() => language) } };
  // WXT's test setup puts its fake `browser` on the global; Chromium has none.
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', chrome);
  vi.resetModules();
  return { i18n: await import('../../components/i18n'), chrome };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('translated strings', () => {
  it('speaks English in an English browser, substitutions filled, asking the browser only for its language, once', async () => {
    const { i18n, chrome } = await loadWithBrowser('en-US');
    for (let i = 0; i < 5; i++) expect(i18n.t('popupTitle')).toBe(english.popupTitle.message);
    expect(i18n.t('popupQuotes', [3])).toBe(english.popupQuotes.message.replace('$1', '3'));
    expect(i18n.uiLanguage()).toBe('en');
    expect(chrome.i18n.getUILanguage).toHaveBeenCalledTimes(1);
  });

  it('uses the singular English has for a count of one', async () => {
    const { i18n } = await loadWithBrowser('en-GB');
    expect(i18n.tCount('popupQuotes', 1)).toBe(english.popupQuotes_one.message.replace('$1', '1'));
    expect(i18n.tCount('popupQuotes', 2)).toBe(english.popupQuotes.message.replace('$1', '2'));
  });

  it('speaks Indonesian in an Indonesian browser, in any language Jejak has no file for, and where there is no browser', async () => {
    expect((await loadWithBrowser('id')).i18n.t('popupTitle')).toBe(indonesian.popupTitle.message);
    expect((await loadWithBrowser('ms-MY')).i18n.t('popupTitle')).toBe(indonesian.popupTitle.message);
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    vi.resetModules();
    const bare = await import('../../components/i18n');
    expect(bare.t('popupTitle')).toBe(indonesian.popupTitle.message);
    expect(bare.uiLanguage()).toBe('id');
  });

  it('reads a browser language tag as the browser picks between Jejak’s two', async () => {
    const { languageFor } = await import('../../components/i18n');
    expect(['en', 'en-US', 'en_GB', 'EN'].map(languageFor)).toEqual(['en', 'en', 'en', 'en']);
    expect(['id', 'id-ID', 'ms', 'eng', 'de', '', undefined].map(languageFor)).toEqual(['id', 'id', 'id', 'id', 'id', 'id', 'id']);
  });
});
