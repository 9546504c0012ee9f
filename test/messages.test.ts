/**
 * Every receiver checks what it gets (lib/messages.ts): a reply the
 * background never should have given (a stopped background, storage junk
 * read back, a bug) is refused before anything shows it, and a message to a
 * page's scripts that is not one of theirs, well-formed, is ignored. The
 * background's side (requests, senders, rate limits) is
 * test/components/background.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MessageError, parseReply, parseTabMessage, send, type RequestType } from '../lib/messages';
import { analyzeResponse } from './components/fixtures/analysis';

/** What a receiver may be handed instead of a reply. */
const JUNK: unknown[] = [undefined, null, 0, 'ok', [], {}, { error: 42 }, { ok: 'yes' }, { __proto__: { ok: true } }, { error: 'x'.repeat(10_000) }];

/** One good reply per request: each must pass, so the refusals below are the schema's doing. */
const GOOD: { [K in RequestType]: unknown } = {
  analyze: analyzeResponse,
  'read-page': { ok: true },
  'show-sidebar': { ok: false, reason: 'no tab' },
  report: { ok: true },
  clear: { ok: true },
  'open-reader': { ok: true },
  'get-article': { article: { id: '001_b20bb185f5d74590', paragraphs: ['…'] } },
  'tab-status': { state: 'analyzed', title: 'Sekjen NATO', matchedQuotes: 4, related: 2 },
  'library-search': { results: [] },
  'library-changed': { ok: true },
  'save-page': { saved: 'added', id: 'lib_1' },
};

describe('replies', () => {
  it.each(Object.keys(GOOD) as RequestType[])('to "%s" are taken when well-formed and refused when junk', (type) => {
    expect(parseReply(type, GOOD[type])).toBe(GOOD[type]);
    // The same fields, inherited rather than its own (as from a polluted Object.prototype): not a reply.
    expect(parseReply(type, Object.create(GOOD[type] as object))).toBeUndefined();
    for (const junk of JUNK) {
      // An error reply is a well-formed answer to the requests that may fail.
      if (typeof junk === 'object' && junk !== null && 'error' in junk && typeof junk.error === 'string' && junk.error.length <= 2_000) continue;
      expect(parseReply(type, junk), `${type}: ${JSON.stringify(junk)?.slice(0, 40)}`).toBeUndefined();
    }
  });

  it('refuses a tab status the popup could not word: a count that is not a count, a title that is not text', () => {
    for (const status of [
      { state: 'analyzed', matchedQuotes: { evil: true }, related: '3' },
      { state: 'analyzed', matchedQuotes: -1, related: 0 },
      { state: 'analyzed', matchedQuotes: 1.5, related: 0 },
      { state: 'analyzed', matchedQuotes: 1, related: 0, title: { toString: 'x' } },
      { state: 'analyzed', matchedQuotes: 1, related: 0, libraryFull: [{ outlet: 3, count: 1 }] },
      { state: 'not-article' },
      { state: 'done' },
      Object.assign(Object.create({ matchedQuotes: 1, related: 1 }) as object, { state: 'analyzed' }),
    ]) {
      expect(parseReply('tab-status', status), JSON.stringify(status)).toBeUndefined();
    }
  });

  it('refuses an analysis whose articles or timeline are not summaries', () => {
    const broken = [
      { ...analyzeResponse, articles: { x: { id: 'x', lead: 5, quoteCount: 1 } } },
      { ...analyzeResponse, timeline: [{ id: '', lead: '', quoteCount: 0 }] },
      { ...analyzeResponse, analysis: { ...analyzeResponse.analysis, quotes: 'none' } },
    ];
    for (const reply of broken) expect(parseReply('analyze', reply)).toBeUndefined();
  });

  it('make `send` reject with a MessageError, never hand the caller junk', async () => {
    for (const junk of [undefined, { state: 'analyzed', matchedQuotes: 'undefined' }]) {
      await expect(send({ sendMessage: async () => junk }, { type: 'tab-status', tabId: 1 })).rejects.toBeInstanceOf(MessageError);
    }
    await expect(send({ sendMessage: async () => GOOD['tab-status'] }, { type: 'tab-status', tabId: 1 })).resolves.toEqual(GOOD['tab-status']);
  });
});

describe('messages to a page’s scripts', () => {
  it('are taken when they are one of theirs, well-formed, and ignored otherwise', () => {
    for (const message of [{ type: 'toggle-sidebar' }, { type: 'location-changed' }, { type: 'library-full', outlets: [{ outlet: 'VOI', count: 3 }] }, { type: 'page-kept', how: 'added', url: 'https://www.voi.id/berita/1' }]) {
      expect(parseTabMessage(message)).toEqual(message);
    }
    for (const junk of [null, 'toggle-sidebar', { type: 'analyze' }, { type: 'toString' }, { type: '__proto__' }, { type: 'library-full' }, { type: 'library-full', outlets: [{ outlet: 'VOI', count: 'x' }] },
      { type: 'library-full', outlets: Array.from({ length: 1_000 }, () => ({ outlet: 'VOI', count: 1 })) }, { type: 'page-kept', how: 'stolen', url: 'https://www.voi.id/' },
      { type: 'page-kept', how: 'added', url: 'x'.repeat(10_000) }]) {
      expect(parseTabMessage(junk), JSON.stringify(junk)?.slice(0, 40)).toBeUndefined();
    }
  });
});
