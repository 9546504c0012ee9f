/**
 * The views' strings come from the browser's own i18n object (no polyfill:
 * the sidebar's script carries none), in the reader's language, with the
 * Indonesian file answering where no browser does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

interface FakeChrome { runtime: { id: string }; i18n: { getMessage: ReturnType<typeof vi.fn> } }

/** components/i18n.ts as the extension loads it, with `chrome` as Chromium gives it to a content script. */
async function loadWithBrowser(messages: Record<string, string>): Promise<{ i18n: typeof import('../../components/i18n'); chrome: FakeChrome }> {
  const chrome: FakeChrome = {
    runtime: { id: 'jejak' },
    i18n: { getMessage: vi.fn((key: string, subs?: string[]) => (messages[key] ?? '').replace(/\$(\d)/g, (_, d: string) => subs?.[Number(d) - 1] ?? '')) },
  };
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
  it("shows the browser's answer in the reader's language, substitutions filled", async () => {
    const { i18n } = await loadWithBrowser({ popupTitle: 'Jejak (English)', popupQuotes: '$1 quotes also reported' });
    expect(i18n.t('popupTitle')).toBe('Jejak (English)');
    expect(i18n.t('popupQuotes', [3])).toBe('3 quotes also reported');
  });

  it('asks the browser once for a string shown again and again, and every time for one with a count in it', async () => {
    const { i18n, chrome } = await loadWithBrowser({ popupTitle: 'Jejak (English)', popupQuotes: '$1 quotes also reported' });
    for (let i = 0; i < 5; i++) expect(i18n.t('popupTitle')).toBe('Jejak (English)');
    expect(chrome.i18n.getMessage.mock.calls.filter(([key]) => key === 'popupTitle')).toHaveLength(1);
    expect(i18n.t('popupQuotes', [1])).toBe('1 quotes also reported');
    expect(i18n.t('popupQuotes', [2])).toBe('2 quotes also reported');
  });

  it('falls back to the Indonesian file for a key the browser does not know, and where there is no browser', async () => {
    const { i18n } = await loadWithBrowser({});
    const indonesian = (await import('../../public/_locales/id/messages.json')).default;
    expect(i18n.t('popupTitle')).toBe(indonesian.popupTitle.message);
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    vi.resetModules();
    const bare = await import('../../components/i18n');
    expect(bare.t('popupTitle')).toBe(indonesian.popupTitle.message);
  });
});
