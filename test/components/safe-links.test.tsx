// @vitest-environment jsdom
/**
 * An index article's address and date are checked again where they are
 * shown: a `javascript:` or `data:` address is never a link in the sidebar,
 * and a date that does not exist is shown as no date.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { formatDate } from '../../components/format';
import { safeHttpUrl } from '../../lib/safe-url';
import { realIsoDate } from '../../lib/iso-date';
import type { AnalyzeResponse } from '../../lib/messages';
import { analyzeResponse } from './fixtures/analysis';

afterEach(() => cleanup());

const HOSTILE_URLS = ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/x', 'https:'];

describe('safe values', () => {
  it('passes only http(s) addresses', () => {
    for (const url of HOSTILE_URLS) expect(safeHttpUrl(url), url).toBeUndefined();
    expect(safeHttpUrl('https://www.voi.id/berita/1')).toBe('https://www.voi.id/berita/1');
    expect(safeHttpUrl('http://Kompas.com/a b')).toBe('http://kompas.com/a%20b');
  });

  it('passes only dates that exist', () => {
    for (const date of ['2023-13-45', '2023-02-29', '2023-04-31', '2023-00-01', '0000-01-01', 'kemarin']) expect(realIsoDate(date), date).toBeUndefined();
    expect(realIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(realIsoDate('2023-06-14T10:00:00Z')).toBe('2023-06-14');
    expect(formatDate('2023-13-45', 'en')).not.toMatch(/2024|2023/);
  });
});

describe('the sidebar', () => {
  it('renders no link for an index article whose address is not http(s)', () => {
    for (const url of HOSTILE_URLS) {
      const articles = Object.fromEntries(Object.entries(analyzeResponse.articles).map(([id, a]) => [id, { ...a, url }]));
      const data: AnalyzeResponse = { ...analyzeResponse, articles, timeline: analyzeResponse.timeline.map((a) => ({ ...a, url })) };
      const { container } = render(
        <SidebarApp state={{ status: 'ready', data }} open onOpenChange={() => {}} onQuoteClick={() => {}} width={400} onWidthChange={() => {}} />,
      );
      const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((h) => !/^https?:\/\//.test(h)), url).toEqual([]);
      cleanup();
    }
  });

  it('still links an http(s) address', () => {
    const { container } = render(
      <SidebarApp state={{ status: 'ready', data: analyzeResponse }} open onOpenChange={() => {}} onQuoteClick={() => {}} width={400} onWidthChange={() => {}} />,
    );
    expect([...container.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('https://wow.tribunnews.com/'))).toBe(true);
  });
});
