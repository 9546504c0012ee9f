import { describe, expect, it } from 'vitest';
import { articleFromParts } from '../lib/seed/parse';
import { QuoteIndex } from '../lib/match/quote-index';
import { matchQuotes } from '../lib/match/quote-match';
import { alignWords, MAX_ALIGNED_WORDS } from '../lib/match/align';
import type { Article } from '../lib/types';
import { canonicalSpeaker } from '../lib/quotes/speakers';
import { loadFixtureSeeds } from './fixture-seeds';

const seeds: Article[] = loadFixtureSeeds((name) => name.slice(0, 3));
const seed = (id: string) => seeds.find((a) => a.id === id)!;
const index = new QuoteIndex();
for (const a of seeds) index.add(a.id, a.quotes);

const matchesFor = (articleId: string, quoteStart: string) => {
  const article = seed(articleId);
  const results = matchQuotes(article.quotes, index, { excludeArticleId: articleId });
  return results.find((r) => r.quote.text.startsWith(quoteStart))!.matches;
};

describe('quote matching across the seeds', () => {
  it('matches "wilayah" and "tanah" as one reworded statement, with exactly that word changed', () => {
    const [m] = matchesFor('000', 'Semakin banyak wilayah');
    expect(m).toMatchObject({ articleId: '001', kind: 'reworded' });
    expect(m!.alignment.filter((o) => o.op !== 'same')).toEqual([{ op: 'changed', a: 'wilayah', b: 'tanah', difference: 'wording' }]);
  });

  it('matches a spelling variant (Lithuania / Lituania)', () => {
    const [m] = matchesFor('000', 'Pada KTT kami di Lithuania');
    expect(m!.kind).toBe('reworded');
    expect(m!.alignment.filter((o) => o.op !== 'same')).toEqual([{ op: 'changed', a: 'Lithuania', b: 'Lituania', difference: 'notation' }]);
  });

  it('matches a quote with a word added ("Orang Ukraina membuat kemajuan")', () => {
    const [m] = matchesFor('000', 'Ukraina membuat kemajuan');
    expect(m!.articleId).toBe('001');
    expect(m!.alignment.some((o) => o.op === 'b-only' && o.b === 'Orang')).toBe(true);
  });

  it("joins Biden's statement, printed as two quotes by TribunWow, into one split match", () => {
    const [m] = matchesFor('000', 'Kami telah memperkuat');
    expect(m!.kind).toBe('split');
    expect(m!.quoteIds).toHaveLength(2);
    expect(m!.text).toContain(' … ');
  });

  it('from the other side, marks both of TribunWow\'s quotes as parts of one split statement', () => {
    const [m] = matchesFor('001', 'Saya katakan lagi');
    expect(m).toMatchObject({ articleId: '000', kind: 'split' });
    expect(m!.quoteIds).toHaveLength(1);
  });

  it('does not match different statements by the same speaker on the same topic', () => {
    for (const id of ['002', '003', '004']) {
      const results = matchQuotes(seed(id).quotes, index, { excludeArticleId: id });
      expect(results.flatMap((r) => r.matches)).toEqual([]);
    }
  });
});

describe('quote matching on written cases', () => {
  const stoltenberg = (text: string, id = 'x') => articleFromParts({ id, paragraphs: [`"${text}," kata Stoltenberg.`] }).quotes;

  it('matches identical quotes whatever their quote marks and case', () => {
    const idx = new QuoteIndex();
    idx.add('a', stoltenberg('Kami akan mendukung Ukraina selama diperlukan', 'a'));
    const page = articleFromParts({ id: 'p', paragraphs: ['“KAMI akan mendukung Ukraina, selama diperlukan,” kata Jens Stoltenberg.'] }).quotes;
    expect(matchQuotes(page, idx)[0]!.matches[0]!.kind).toBe('identical');
  });

  it('matches a fragment cut with an ellipsis', () => {
    const idx = new QuoteIndex();
    idx.add('a', stoltenberg('Ukraina memiliki hak untuk membela diri dan untuk membebaskan tanah mereka sendiri dari pendudukan', 'a'));
    const page = stoltenberg('memiliki hak ... untuk membebaskan tanah mereka sendiri');
    expect(matchQuotes(page, idx)[0]!.matches[0]!.kind).toBe('fragment');
  });

  it('matches "saat" reworded as "ketika"', () => {
    const idx = new QuoteIndex();
    idx.add('a', stoltenberg('Kami harus memastikan Ukraina kuat saat perundingan dimulai', 'a'));
    const m = matchQuotes(stoltenberg('Kami harus memastikan Ukraina kuat ketika perundingan dimulai'), idx)[0]!.matches[0]!;
    expect(m.kind).toBe('reworded');
  });

  it('does not match a paraphrase or a quote sharing only a phrase', () => {
    const idx = new QuoteIndex();
    idx.add('a', stoltenberg('Dukungan terhadap Ukraina akan terus berlanjut sampai perang berakhir', 'a'));
    expect(matchQuotes(stoltenberg('Sekutu akan meningkatkan produksi amunisi untuk dukungan terhadap Ukraina tahun depan'), idx)[0]!.matches).toEqual([]);
    expect(matchQuotes(stoltenberg('Bantuan bagi Kyiv tidak akan berhenti hingga konflik selesai'), idx)[0]!.matches).toEqual([]);
  });

  it('does not match a quote whose place or kind of aid is swapped', () => {
    const idx = new QuoteIndex();
    idx.add('a', stoltenberg('NATO telah memutuskan untuk mengirim pasukan ke Rumania', 'a'));
    idx.add('b', stoltenberg('Kami akan terus memberikan dukungan kemanusiaan kepada Ukraina', 'b'));
    expect(matchQuotes(stoltenberg('NATO telah memutuskan untuk mengirim pasukan ke Polandia'), idx)[0]!.matches).toEqual([]);
    expect(matchQuotes(stoltenberg('Kami akan terus memberikan dukungan militer kepada Ukraina'), idx)[0]!.matches).toEqual([]);
  });

  it('does not call two quotes that share an opening and then diverge the same statement', () => {
    const idx = new QuoteIndex();
    idx.add('a', stoltenberg('Kami akan terus mendukung Ukraina dengan sistem pertahanan udara tambahan dari Jerman', 'a'));
    expect(matchQuotes(stoltenberg('Kami akan terus mendukung Ukraina selama diperlukan'), idx)[0]!.matches).toEqual([]);
  });

  it('still matches a quote whose last word is translated differently', () => {
    const idx = new QuoteIndex();
    idx.add('a', stoltenberg('Pada akhirnya setiap perang berakhir di meja perundingan dan Ukraina yang harus menentukan', 'a'));
    const [m] = matchQuotes(stoltenberg('Pada akhirnya setiap perang berakhir di meja perundingan dan Ukraina yang harus memutuskan'), idx)[0]!.matches;
    expect(m).toMatchObject({ kind: 'reworded' });
  });

  it('never matches a one-word quote, a term rather than a statement, even from the same speaker', () => {
    const idx = new QuoteIndex();
    const quote = (id: string, text: string) => ({ id: `${id}#q0`, text, speaker: canonicalSpeaker('Jens Stoltenberg'), range: { paragraph: 0, start: 0, endParagraph: 0, end: text.length } });
    idx.add('b', [quote('b', 'sulit')]);
    expect(matchQuotes([quote('p', 'sulit')], idx)[0]!.matches).toEqual([]);
  });

  it('forgets an article that is removed', () => {
    const idx = new QuoteIndex();
    idx.add('a', stoltenberg('Kami akan mendukung Ukraina selama diperlukan', 'a'));
    idx.remove('a');
    expect(matchQuotes(stoltenberg('Kami akan mendukung Ukraina selama diperlukan'), idx)[0]!.matches).toEqual([]);
    expect(idx.size).toBe(0);
  });

  it('aligns hostile input without failing', () => {
    expect(alignWords('', '').score).toBe(0);
    // A wordless text scores nothing but is still shown as written.
    const punctuation = alignWords('!!! ...', '"""');
    expect(punctuation.score).toBe(0);
    expect(punctuation.ops).toEqual([{ op: 'a-only', a: '!!! ...', b: '' }, { op: 'b-only', a: '', b: '"""' }]);
    const long = 'kata '.repeat(5_000);
    // A pasted page is aligned only up to MAX_ALIGNED_WORDS; the rest is shown unaligned, not dropped.
    const huge = alignWords(long, long);
    expect(huge.score).toBeCloseTo(MAX_ALIGNED_WORDS / 5_000);
    expect(huge.ops.at(-1)).toMatchObject({ op: 'b-only' });
    expect(huge.ops.at(-1)!.b.split(' ')).toHaveLength(5_000 - MAX_ALIGNED_WORDS);
  });
});
