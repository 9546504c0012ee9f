/**
 * Quote matching as real outlets word things: each case is a pattern found in
 * real Indonesian coverage, written here as a made-up example. Every case
 * runs through the engine the extension uses, with two articles on one event
 * (same day, same story) unless the case is about time.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../lib/match/engine';
import { articleFromParts } from '../lib/seed/parse';
import type { PageQuoteResult } from '../lib/match/types';

/** Shared story text, so the two articles read as one event. */
const STORY = [
  'Sekretaris Jenderal NATO Jens Stoltenberg berbicara kepada wartawan di markas besar aliansi di Brussels setelah pertemuan para menteri pertahanan negara anggota.',
  'Pertemuan itu membahas bantuan pertahanan udara untuk Ukraina, produksi amunisi, dan rencana latihan bersama di wilayah timur aliansi.',
];

/** `before`: paragraphs between the story and the quote (another quote, a line of narrative). */
function engineWith(otherQuote: string, options: { date?: string; speaker?: string; before?: string[] } = {}): Engine {
  const engine = new Engine();
  engine.add(
    articleFromParts({
      id: 'other',
      url: 'https://other.example/berita/nato-menteri',
      title: 'NATO bahas bantuan pertahanan udara untuk Ukraina',
      publishedAt: options.date ?? '2025-03-04',
      paragraphs: [...STORY, ...(options.before ?? []), `"${otherQuote}," kata ${options.speaker ?? 'Stoltenberg'}.`],
    }),
  );
  return engine;
}

function matchOn(engine: Engine, pageQuote: string, date = '2025-03-04', speaker = 'Stoltenberg', before: string[] = []): PageQuoteResult {
  const analysis = engine.analyze(
    {
      url: 'https://page.example/internasional/stoltenberg-menteri-pertahanan',
      title: 'Stoltenberg: NATO tambah bantuan pertahanan udara bagi Ukraina',
      publishedAt: date,
      paragraphs: [...STORY.map((p) => p.replace('berbicara kepada wartawan', 'memberi keterangan pers')), ...before, `"${pageQuote}," ujar ${speaker}.`],
    },
    { force: true },
  );
  const result = analysis.quotes.find((r) => r.quote.text.startsWith(pageQuote.slice(0, 12)));
  if (!result) throw new Error(`page quote not extracted: ${pageQuote}`);
  return result;
}

describe('quote matching on real-shaped wordings', () => {
  it('matches two independent translations of one sentence that share about half their words', () => {
    const engine = engineWith('NATO akan memberi jaminan keamanan yang kuat bagi Kyiv setelah perang');
    const [m] = matchOn(engine, 'NATO akan membuat Kyiv lebih aman dan kuat setelah perang').matches;
    expect(m).toMatchObject({ articleId: 'other', kind: 'reworded' });
    expect(m!.alignment.some((op) => op.difference === 'wording')).toBe(true);
  });

  it('matches two quotes of one speech that share one whole sentence and go on differently', () => {
    const engine = engineWith('Kota pesisir ini selalu menjadi pintu masuk perdagangan kawasan sejak ratusan tahun lalu. Menjaga pelabuhan ini adalah tugas yang tidak pernah saya anggap ringan');
    const [m] = matchOn(engine, 'Menjaga pelabuhan ini adalah tugas yang tidak pernah saya anggap ringan. Saya berterima kasih kepada semua relawan atas bantuan mereka, dan kepada pendahulu saya atas kerja kerasnya').matches;
    expect(m).toMatchObject({ articleId: 'other' });
  });

  it('matches two outlets that took one rendering of a sentence and opened it differently', () => {
    // Nine words word for word ("kami akan … mereka runtuhkan"); the openings share nothing.
    const engine = engineWith('Dengan anggaran yang terbatas dan cuaca yang buruk di utara, kami akan membangun kembali setiap jembatan yang mereka runtuhkan');
    const [m] = matchOn(engine, 'Bila sekutu kami meminta bantuan lagi, kami akan membangun kembali setiap jembatan yang mereka runtuhkan').matches;
    expect(m).toMatchObject({ articleId: 'other' });
  });

  it("reads two translators' renderings of one word as the same word", () => {
    const engine = engineWith('Jika keutuhan wilayah kami terancam, kami akan memakai semua cara untuk melindungi rakyat, ini bukan gertakan');
    const [m] = matchOn(engine, 'Ketika keutuhan teritorial dalam bahaya, kami menggunakan segala sarana guna membela warga. Saya tidak menggertak').matches;
    expect(m).toMatchObject({ articleId: 'other' });
  });

  it('reads a number in any notation as one number, and shows the difference as notation', () => {
    const engine = engineWith('Setiap sekutu harus membelanjakan dua persen dari PDB untuk pertahanan');
    const [m] = matchOn(engine, 'Setiap sekutu harus membelanjakan 2 persen dari PDB untuk pertahanan').matches;
    expect(m).toBeDefined();
    const changed = m!.alignment.filter((op) => op.op !== 'same');
    expect(changed).toEqual([expect.objectContaining({ a: '2', b: 'dua', difference: 'notation' })]);
  });

  it('does not take a negation a translator doubles or moves for a dropped one', () => {
    const engine = engineWith('Kami tidak akan pernah mengakui aneksasi wilayah Ukraina oleh Rusia');
    expect(matchOn(engine, 'Kami tak akan mengakui aneksasi wilayah Ukraina oleh Rusia').matches).toHaveLength(1);
  });

  it('turns down a negation added where the rest agrees', () => {
    const engine = engineWith('Kami akan mengirim pasukan darat ke Ukraina tahun ini');
    expect(matchOn(engine, 'Kami tidak akan mengirim pasukan darat ke Ukraina tahun ini').matches).toEqual([]);
  });

  it('reads a city and its country as one place, but two countries as a changed claim', () => {
    const engine = engineWith('Para menteri akan bertemu lagi di Den Haag bulan depan untuk membahas paket bantuan');
    expect(matchOn(engine, 'Para menteri akan bertemu lagi di Belanda bulan depan untuk membahas paket bantuan').matches).toHaveLength(1);
    expect(matchOn(engine, 'Para menteri akan bertemu lagi di Polandia bulan depan untuk membahas paket bantuan').matches).toEqual([]);
  });

  it('turns down a changed number however alike the rest', () => {
    const engine = engineWith('Kami akan melatih lima brigade baru Ukraina di Polandia');
    expect(matchOn(engine, 'Kami akan melatih tujuh brigade baru Ukraina di Polandia').matches).toEqual([]);
  });

  it("matches a two-word fragment inside the same speaker's longer quote on the same event", () => {
    const engine = engineWith('Menunda bantuan pertahanan udara sekarang akan menjadi kesalahan besar bagi seluruh aliansi');
    const [m] = matchOn(engine, 'kesalahan besar').matches;
    expect(m).toMatchObject({ articleId: 'other', kind: 'fragment' });
  });

  it('matches a short quote when one outlet gives the speaker in full and the other only the surname', () => {
    const engine = engineWith('Api di kilang itu sudah padam, tetapi kilang itu terbakar hebat semalaman', { speaker: 'Gubernur Samara Vyacheslav Fedorishchev' });
    const [m] = matchOn(engine, 'kilang itu terbakar hebat', undefined, 'Fedorishchev').matches;
    expect(m).toMatchObject({ articleId: 'other', kind: 'fragment' });
  });

  it("does not pair the same two words with another speaker's quote", () => {
    const engine = engineWith('Menunda bantuan pertahanan udara sekarang akan menjadi kesalahan besar bagi seluruh aliansi', { speaker: 'Presiden Prancis Emmanuel Macron' });
    expect(matchOn(engine, 'kesalahan besar').matches).toEqual([]);
  });

  it('does not pair a stock phrase said again months later, but says when long identical words were said earlier', () => {
    const stock = 'Kami akan mendukung Ukraina selama yang diperlukan';
    expect(matchOn(engineWith(stock, { date: '2024-07-10' }), stock, '2025-03-04').matches).toEqual([]);
    const long = 'Kami akan mendukung Ukraina selama yang diperlukan karena keamanan Eropa dipertaruhkan di sana';
    const [m] = matchOn(engineWith(long, { date: '2024-07-10' }), long, '2025-03-04').matches;
    expect(m).toMatchObject({ kind: 'identical', daysApart: 237 });
  });

  it('never matches a single quoted word, even from the same speaker', () => {
    const engine = new Engine();
    const article = (id: string, paragraph: string) =>
      articleFromParts({ id, url: `https://${id}.example/berita`, publishedAt: '2025-03-04', title: 'NATO bahas bantuan pertahanan udara untuk Ukraina', paragraphs: [...STORY, paragraph] });
    engine.add(article('other', 'Stoltenberg menyebut langkah Moskow itu "eskalasi", kata juru bicaranya.'));
    const page = article('page', 'Langkah Moskow itu, menurut Stoltenberg, adalah "eskalasi".');
    const analysis = engine.analyze({ ...page, paragraphs: page.paragraphs }, { force: true });
    expect(analysis.quotes.flatMap((r) => r.matches)).toEqual([]);
  });
});

describe('the one quote of a speaker each article has left', () => {
  // Two outlets report one press conference, each quoting Stoltenberg twice;
  // the second quotes are two loose translations of one sentence.
  const SHARED = 'Aliansi akan mengirim lebih banyak sistem pertahanan udara ke Ukraina tahun ini';
  const PAGE_SECOND = 'Kami tidak boleh membiarkan agresor menang di medan perang, karena harga kekalahan jauh lebih mahal';
  const OTHER_SECOND = 'Penyerang jangan sampai berjaya di garis depan, sebab kalau kita kalah ongkosnya akan berlipat ganda';
  const secondQuoteMatches = (otherFirst: string) => {
    const engine = engineWith(OTHER_SECOND, { before: [`"${otherFirst}," kata Stoltenberg.`, 'Ia juga menyinggung jalannya perang.'] });
    return matchOn(engine, PAGE_SECOND, undefined, undefined, [`"${SHARED}," ujar Stoltenberg.`, 'Menurut dia, perang belum akan berakhir.']).matches;
  };

  it('matches a loose translation that is the only quote of its speaker left unmatched on both sides, once the two articles share a statement', () => {
    expect(secondQuoteMatches(SHARED)).toEqual([expect.objectContaining({ articleId: 'other', quoteIds: ['other#q1'] })]);
  });

  it("matches the translation where another speaker's short aside looks closer to the page quote", () => {
    // "terjadi pada" makes the aside look the closest; the model takes the translation.
    const engine = engineWith('Keseleo lidah biasa terjadi pada semua orang, dan jika Anda mengamati, Anda akan menemukan cukup banyak', {
      before: [`"${SHARED}," kata Stoltenberg.`, '"Itu terjadi pada saya juga," kata Presiden Finlandia Alexander Stubb.'],
    });
    const result = matchOn(engine, 'Salah ucap bisa terjadi pada siapa saja, dan kalau Anda mencari, Anda akan menemukan banyak sekali', undefined, undefined, [
      `"${SHARED}," ujar Stoltenberg.`,
      'Ia juga ditanya soal salah sebut nama.',
    ]);
    expect(result.matches).toEqual([expect.objectContaining({ articleId: 'other', quoteIds: ['other#q2'] })]);
  });

  it('does not pair the quotes left over where the two articles share no statement', () => {
    expect(secondQuoteMatches('Pabrik amunisi di Eropa harus bekerja siang dan malam sebelum musim dingin tiba')).toEqual([]);
  });
});
