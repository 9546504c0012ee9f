import { describe, expect, it } from 'vitest';
import { QuoteIndex } from '../lib/match/quote-index';
import type { Quote } from '../lib/types';
import { corpusSourceFromSeeds, SyntheticCorpus } from '../scripts/bench/corpus';
import { loadFixtureSeeds } from './fixture-seeds';

const seeds = loadFixtureSeeds();
const corpus = new SyntheticCorpus(corpusSourceFromSeeds(seeds), 120);
const articles = Array.from({ length: 120 }, (_, i) => corpus.article(i));

const range = { paragraph: 2, start: 1, endParagraph: 3, end: 40 };
/** Quotes a stored library may hold besides the usual shape: another id, no range, a field more, a speaker with a field more, an empty text. */
const unusual: Quote[] = [
  { id: 'imported-7', text: 'Kami tidak akan mundur satu langkah pun dari Kyiv', speaker: { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', asWritten: 'Zelensky' }, range },
  { id: 'odd#q1', text: 'Aliansi akan terus mendukung Ukraina selama diperlukan' } as Quote,
  { id: 'odd#q2', text: 'Perang ini harus diakhiri lewat perundingan', cue: 'ujarnya', range, note: 'kept' } as Quote,
  { id: 'odd#q3', text: 'Kami siap', speaker: { id: 'mark-rutte', name: 'Mark Rutte', asWritten: 'Rutte', role: 'Sekjen NATO' }, range } as Quote,
  { id: 'odd#q4', text: '', cue: 'katanya', range },
];

function build(): QuoteIndex {
  const index = new QuoteIndex();
  for (const a of articles) index.add(a.id, a.quotes);
  index.add('odd', unusual, { url: 'https://www.example.id/odd', outlet: 'Contoh' });
  return index;
}

/** Stored and loaded back as IndexedDB would: through a structured clone. */
const reloaded = (index: QuoteIndex) => QuoteIndex.fromSnapshot(structuredClone(index.snapshot()));

const queries = [...articles.slice(0, 40).flatMap((a) => a.quotes.map((q) => q.text)), ...unusual.map((q) => q.text)];
const answers = (index: QuoteIndex) => queries.map((q) => index.candidates(q, { excludeArticleId: articles[3]!.id, excludeUrl: 'http://example.id/odd/' }));

describe('quote index snapshot', () => {
  it('gives every quote back exactly as it was indexed, whatever its shape', () => {
    const loaded = reloaded(build());
    expect(loaded.articleQuotes('odd')).toStrictEqual(unusual.map((quote, order) => ({ articleId: 'odd', quote, order, meta: { url: 'https://www.example.id/odd', outlet: 'Contoh' } })));
    for (const a of articles.slice(0, 20)) expect(loaded.articleQuotes(a.id).map((e) => e.quote)).toStrictEqual(a.quotes);
    expect(loaded.size).toBe(build().size);
  });

  it('finds the same candidates, in the same order, as the index it was taken from', () => {
    const original = build();
    const loaded = reloaded(original);
    const expected = answers(original);
    expect(expected.filter((c) => c.length > 0).length).toBeGreaterThan(30);
    expect(answers(loaded)).toStrictEqual(expected);
  });

  it('keeps answering the same after removing and adding on a loaded index, and through a second snapshot', () => {
    const original = build();
    const loaded = reloaded(original);
    for (const index of [original, loaded]) {
      for (const a of articles.slice(10, 30)) index.remove(a.id);
      index.remove('odd');
      index.add(articles[12]!.id, articles[50]!.quotes);
      index.add('odd', unusual.slice(1));
    }
    expect(loaded.has(articles[11]!.id)).toBe(false);
    expect(loaded.size).toBe(original.size);
    expect(answers(loaded)).toStrictEqual(answers(original));
    expect(answers(reloaded(loaded))).toStrictEqual(answers(original));
    expect(reloaded(loaded).articleQuotes('odd').map((e) => e.quote)).toStrictEqual(unusual.slice(1));
  });
});

describe('quote lookup', () => {
  it('keeps the first candidates of the whole order, most shared word pairs first and the earlier indexed among equals, when many tie', () => {
    // Every fifth quote shares all three word pairs of the query, the others two: the odd ones the first two,
    // the even ones the last two (so the lookup meets the even ones last, though they are indexed among the odd).
    const index = new QuoteIndex();
    for (let i = 0; i < 300; i++) {
      const text = i % 5 === 0 ? `Kami akan terus mendukung kota nomor ${i}` : i % 2 ? `Kami akan terus berjuang demi kota nomor ${i}` : `Mereka akan terus mendukung kota nomor ${i}`;
      index.add(`a${i}`, [{ id: `a${i}#q0`, text, range }]);
    }
    const query = 'Kami akan terus mendukung';
    const everything = index.candidates(query, { limit: Infinity });
    expect(everything).toHaveLength(300);
    for (const limit of [1, 40, 60, 61, 62, 100, 299]) {
      const first = index.candidates(query, { limit });
      expect(first.map((c) => c.entry.quote.id)).toEqual(everything.slice(0, limit).map((c) => c.entry.quote.id));
    }
    expect(index.candidates(query, { limit: 40 }).map((c) => c.sharedKeys)).toEqual(new Array(40).fill(3));
    expect(index.candidates(query, { limit: 62 }).slice(-2).map((c) => c.entry.quote.id)).toEqual(['a1#q0', 'a2#q0']);
    expect(index.candidates(query, { limit: 62 }).at(-1)).toMatchObject({ sharedKeys: 2, everyKey: false });
  });
});
