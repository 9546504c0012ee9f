/**
 * The evidence quote matching weighs, on made-up wordings of the kinds real
 * translators produce: one word in two affixed forms, one English word
 * rendered two ways, quotes that share one whole sentence.
 */
import { describe, expect, it } from 'vitest';
import { alignmentWords, alignWords, wordSimilarity } from '../lib/match/align';
import { partWays, quoteContent, sentenceCover, sharedContent, verbatimRun } from '../lib/match/quote-features';
import { roots } from '../lib/text/morphology';

const content = (text: string) => quoteContent(alignmentWords(text));
const shared = (a: string, b: string) => sharedContent(content(a), content(b));

describe('roots of an affixed word', () => {
  it('reads a word both with and without a suffix the stemmer takes one way only', () => {
    // The stemmer reads "gertakan" as gerta + -kan; it is also gertak + -an.
    expect(roots('gertakan')).toContain('gertak');
    expect(roots('menggertak')).toContain('gertak');
  });

  it('puts back the consonant a nasal prefix swallowed', () => {
    expect(roots('menusuk')).toContain('tusuk');
    expect(roots('penulis')).toContain('tulis');
    expect(roots('menargetkan')).toContain('target');
    expect(roots('menyerang')).toContain('serang');
    expect(roots('kepemimpinan')).toContain('pimpin');
  });

  it('leaves out readings too short to tell words apart', () => {
    // pe- + "rang" would meet se- + "rang"
    expect(roots('perang')).not.toContain('rang');
    expect(roots('serang')).not.toContain('rang');
  });
});

describe('content words two wordings share', () => {
  it('counts one word in two affixed forms as shared', () => {
    expect(shared('ini bukan gertakan', 'saya tidak menggertak')).toBe(1);
    expect(shared('serangan itu tusukan dari belakang', 'mereka menusuk kami')).toBe(1);
  });

  it("counts two translators' renderings of one word as shared", () => {
    expect(shared('integritas wilayah kami terancam', 'integritas teritorial kami dalam bahaya')).toBe(3);
    expect(shared('dia pikir Barat terpecah', 'dia menduga Barat terbagi')).toBe(3);
    expect(shared('ini tikaman di punggung kami', 'ini tusukan dari belakang')).toBe(2);
  });

  it('counts a place name spelled after Russian or Ukrainian as one word', () => {
    expect(shared('Itulah sebabnya saya mengunjungi Kiev dan Moskwa', 'Karena itu saya mengunjungi Kyiv dan Moskow')).toBe(3);
    const a = 'Saya pergi ke Kiev lalu ke Moskwa pekan ini';
    const b = 'Saya pergi ke Kyiv lalu ke Moskow pekan ini';
    expect(sentenceCover(alignmentWords(a), alignmentWords(b))).toBe(1);
  });

  it('does not share words that only look alike', () => {
    expect(shared('perang', 'serang')).toBe(0);
  });
});

describe('quotes that share one whole sentence', () => {
  const a = 'Menjaga pelabuhan ini adalah tugas yang sangat penting bagi kami. Saya berterima kasih kepada semua relawan atas bantuan mereka.';
  const b = 'Kota pesisir ini selalu menjadi pintu masuk perdagangan kawasan. Menjaga pelabuhan ini adalah tugas yang sangat penting bagi kami.';

  it('scores the shared sentence, not the whole quotes', () => {
    expect(sentenceCover(alignmentWords(a), alignmentWords(b))).toBe(1);
    const other = 'Kota pesisir ini selalu menjadi pintu masuk perdagangan kawasan. Kami akan menambah anggaran pertahanan tahun depan.';
    expect(sentenceCover(alignmentWords(a), alignmentWords(other))).toBeLessThan(0.5);
  });

  it('does not take two outlets quoting different next sentences for statements that part ways', () => {
    const x = 'Kesabaran membawa hasil. Tidak ada bukti yang lebih jelas daripada kemenangan besar tim nasional kita di turnamen musim ini.';
    const y = 'Kesabaran akan membawa hasil. Banyak orang dahulu ragu bahwa kota kecil seperti kami sanggup sampai di panggung dunia.';
    expect(partWays(alignWords(x, y), alignmentWords(x), alignmentWords(y))).toBe(false);
    // Mid-sentence, the same opening going two ways is two statements.
    const p = 'Kami akan terus mendukung Ukraina dengan sistem pertahanan udara tambahan dari Jerman';
    const q = 'Kami akan terus mendukung Ukraina selama diperlukan oleh rakyatnya';
    expect(partWays(alignWords(p, q), alignmentWords(p), alignmentWords(q))).toBe(true);
  });
});

describe('a stretch two quotes share word for word', () => {
  const run = (a: string, b: string) => verbatimRun(alignmentWords(a), alignmentWords(b));

  it('counts nothing for the few words any two quotes on one event share', () => {
    // "petani dan nelayan kami": four words
    expect(run('Mulai besok, petani dan nelayan kami akan mendapat bantuan', 'Pemerintah memastikan petani dan nelayan kami mendapat pupuk')).toBe(0);
  });

  it('grows with a longer stretch taken from one rendering, inside different openings', () => {
    const a = 'Dengan anggaran yang terbatas, kami akan membangun kembali setiap jembatan yang mereka runtuhkan';
    const b = 'Ketika musim hujan tiba, kami akan membangun kembali setiap jembatan yang mereka runtuhkan di desa itu';
    // "kami akan membangun kembali setiap jembatan yang mereka runtuhkan": nine words
    expect(run(a, b)).toBeCloseTo(5 / 6);
    expect(run(a, 'Ketika musim hujan tiba, kami akan membangun kembali setiap jembatan')).toBeCloseTo(2 / 6);
  });

  it('reads affixed forms, numbers and transliterated names as the same word', () => {
    expect(run('kami mendukung Kiev dengan dua sistem baru', 'mereka dukung Kyiv dengan 2 sistem baru')).toBeCloseTo(2 / 6);
  });
});

describe('word by word alignment of two renderings', () => {
  const word = (w: string) => alignmentWords(w)[0]!;

  it('lays one word in two affixed forms, or two renderings of one word, over each other, below one stem', () => {
    expect(wordSimilarity(word('gertakan'), word('menggertak'))).toBeGreaterThan(0);
    expect(wordSimilarity(word('wilayah'), word('teritorial'))).toBeGreaterThan(0);
    expect(wordSimilarity(word('wilayah'), word('teritorial'))).toBeLessThan(wordSimilarity(word('dibebaskan'), word('membebaskan')));
    expect(wordSimilarity(word('perang'), word('serang'))).toBe(0);
  });

  it('lays a compound written with a hyphen over the same compound written apart', () => {
    expect(wordSimilarity(word('memecah-belah'), word('memecah'))).toBeGreaterThan(0);
    const a = alignWords('melemahkan, memecah-belah, dan menghancurkan negara kami', 'Barat ingin melemahkan, memecah belah, dan menghancurkan Rusia');
    expect(a.samePairs + a.variantPairs).toBeGreaterThanOrEqual(4);
  });

  it('aligns more of two translations that differ in such words', () => {
    const a = alignWords('integritas wilayah negara kami terancam dan kami memakai semua cara', 'integritas teritorial negara kami dalam bahaya dan kami menggunakan semua sarana');
    expect(a.variantPairs).toBeGreaterThanOrEqual(3);
  });
});
