/**
 * The Library page's import against hostile files, as the index builder is
 * held in test/index-builder.test.ts: an address must be http(s) and a date
 * a real date wherever an article comes from (a record, an index file, a
 * saved page), every record is kept or refused with its reason, and, over
 * random records (fast-check), it never throws and never drops a good one.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentFromHtml } from '../lib/article/html';
import { buildIndex, serializeIndex } from '../lib/index/build';
import { readImportFile, type ImportFile } from '../lib/library/transfer';
import { importFiles } from '../lib/library/import-run';
import { LibraryStore } from '../lib/library/store';
import { goodArticleText } from '../scripts/make-hostile-fixtures';
import { loadFixtureSeeds } from './fixture-seeds';

const deps = { parseHtml: documentFromHtml };
const noPause = { yieldToPage: async () => {} };
const UNSAFE_URLS = ['javascript:alert(document.cookie)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd'];
const IMPOSSIBLE_DATES = ['2023-13-45', '2023-02-29', '2023-04-31', '2023-00-10'];

/** Every article and problem `readImportFile` makes of a file. */
function read(file: ImportFile) {
  const items = [...readImportFile(file, deps)];
  return {
    articles: items.flatMap((i) => ('article' in i ? [i.article] : [])),
    problems: items.flatMap((i) => ('problem' in i ? [i.problem] : [])),
  };
}

let stores = 0;

describe('the library import', () => {
  it('refuses a record with an address that is not http(s), or a date that does not exist, naming why', () => {
    const lines = [
      ...UNSAFE_URLS.map((url, i) => JSON.stringify({ url, text: goodArticleText(i) })),
      ...IMPOSSIBLE_DATES.map((publishedAt, i) => JSON.stringify({ publishedAt, text: goodArticleText(10 + i) })),
      JSON.stringify({ url: 'https://www.voi.id/berita/1', publishedAt: '2024-02-29', text: goodArticleText(20) }),
    ];
    const { articles, problems } = read({ name: 'hostile.jsonl', text: lines.join('\n') });
    expect(articles.map((a) => [a.url, a.publishedAt])).toEqual([['https://www.voi.id/berita/1', '2024-02-29']]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      ...UNSAFE_URLS.map((_, i) => [i + 1, 'badUrl']),
      ...IMPOSSIBLE_DATES.map((_, i) => [UNSAFE_URLS.length + i + 1, 'badDate']),
    ]);
  });

  it('keeps the text of an index file or a saved page that states an unsafe address or an impossible date, without them', () => {
    const [seed] = loadFixtureSeeds();
    const index = read({ name: 'index.json', text: serializeIndex(buildIndex([{ ...seed!, url: 'javascript:alert(1)', publishedAt: '2023-13-45' }])) });
    const page = read({
      name: 'page.html',
      text: `<!doctype html><html><head><title>NATO dukung Ukraina</title><meta property="og:url" content="javascript:alert(1)"><meta property="article:published_time" content="2023-13-45"></head><body><article><h1>NATO dukung Ukraina</h1>${goodArticleText(1).split('\n').slice(2).map((p) => `<p>${p}</p>`).join('').repeat(3)}</article></body></html>`,
    });
    for (const { articles, problems } of [index, page]) {
      expect(problems).toEqual([]);
      expect(articles).toHaveLength(1);
      expect(articles[0]!.paragraphs.length).toBeGreaterThan(0);
      expect(articles[0]!.url).toBeUndefined();
      expect(articles[0]!.publishedAt).toBeUndefined();
    }
  });

  it('over random records: never throws, keeps only safe addresses and real dates, keeps every good record whose text is new, counts everything', async () => {
    const good = fc.record({
      n: fc.nat(),
      url: fc.webUrl({ validSchemes: ['http', 'https'] }),
      publishedAt: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    }).map(({ n, ...rest }) => ({ text: goodArticleText(n), ...rest }));
    const any = fc.oneof(
      fc.jsonValue(),
      fc.record({
        text: fc.oneof(fc.string(), fc.constant(goodArticleText(0)), fc.jsonValue()),
        paragraphs: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
        url: fc.oneof(fc.webUrl(), fc.constantFrom(...UNSAFE_URLS), fc.string(), fc.jsonValue()),
        publishedAt: fc.oneof(fc.constantFrom(...IMPOSSIBLE_DATES), fc.string(), fc.jsonValue()),
        title: fc.oneof(fc.string(), fc.jsonValue()),
      }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(good.map((r) => ({ good: true, r })), any.map((r) => ({ good: false, r }))), { minLength: 1, maxLength: 8 }), async (records) => {
        const store = await LibraryStore.open(`library-import-hostile-${++stores}`);
        const file = { name: 'random.jsonl', text: records.map(({ r }) => JSON.stringify(r) ?? 'null').join('\n') };
        const report = await importFiles([file], store, { ...deps, ...noPause });
        const kept: { url?: string; publishedAt?: string }[] = [];
        for await (const batch of store.records()) kept.push(...batch.map((r) => r.article));
        for (const a of kept) {
          if (a.url !== undefined) expect(a.url).toMatch(/^https?:\/\/[^/]/);
          if (a.publishedAt !== undefined) expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        const keptUrls = new Set(kept.map((a) => a.url));
        // A good record is kept, unless an earlier record had the same text: that one is the library's copy, and this one is counted as a duplicate.
        records.forEach(({ good: isGood, r }, i) => {
          const text = (r as { text?: unknown } | null)?.text;
          const repeated = records.slice(0, i).some((earlier) => (earlier.r as { text?: unknown } | null)?.text === text);
          if (isGood && !repeated) expect(keptUrls.has(new URL((r as { url: string }).url).href)).toBe(true);
        });
        const read = report.imported + report.updated + report.duplicateUrl + report.duplicateText + report.duplicateBundled + report.rejected.length;
        expect(read).toBe(records.length);
        store.close();
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
