import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../lib/index/build';
import { createEngine } from '../lib/match/engine';
import { formatReasons, RelatedIndex, weightedTerms } from '../lib/match/related';
import { stem } from '../lib/text/tokens';
import { articleFromParts } from '../lib/seed/parse';
import type { Article, Quote } from '../lib/types';
import { loadFixtureSeeds } from './fixture-seeds';

function article(
  id: string,
  parts: { title?: string; paragraphs: string[]; publishedAt?: string; people?: [string, string][]; quotes?: Quote[] },
): Article {
  return {
    id,
    source: {},
    citedSources: [],
    authors: [],
    dates: [],
    title: parts.title,
    publishedAt: parts.publishedAt,
    paragraphs: parts.paragraphs,
    quotes: parts.quotes ?? [],
    entities: (parts.people ?? []).map(([personId, name]) => ({ id: personId, name, kind: 'person' as const, count: 1 })),
    warnings: [],
  };
}

const STOLTENBERG: [string, string] = ['jens-stoltenberg', 'Stoltenberg'];
const BIDEN: [string, string] = ['joe-biden', 'Biden'];

const whiteHouse = article('white-house-a', {
  title: 'Stoltenberg di Gedung Putih: Ukraina Membuat Kemajuan dalam Serangan Balasan',
  publishedAt: '2023-06-13',
  people: [STOLTENBERG, BIDEN],
  paragraphs: [
    'JAKARTA - Sekretaris Jenderal NATO Jens Stoltenberg mengatakan Ukraina sedang membuat kemajuan dalam serangan balasan untuk memukul mundur Rusia, saat bertemu Presiden Joe Biden di Gedung Putih.',
    '"Ukraina membuat kemajuan, membuat kemajuan," katanya di Ruang Oval.',
    'Stoltenberg datang jelang KTT NATO di Vilnius, Lithuania, bulan Juli.',
    'Biden mengatakan komitmen Amerika Serikat terhadap Pasal 5 NATO sangat kokoh dan sayap timur aliansi telah diperkuat.',
  ],
});

const whiteHouseOtherOutlet = article('white-house-b', {
  title: 'Kepala NATO Berharap Serangan Balasan Ukraina Buat Rusia Mau Bernegosiasi',
  publishedAt: '2023-06-14',
  people: [STOLTENBERG, BIDEN],
  paragraphs: [
    'Sekretaris Jenderal NATO Jens Stoltenberg mengatakan kepada Presiden Amerika Serikat Joe Biden di Gedung Putih bahwa Ukraina membuat kemajuan.',
    '"Orang Ukraina membuat kemajuan, membuat kemajuan," katanya.',
    'Stoltenberg berkunjung menjelang KTT NATO di Vilnius, ibu kota Lituania, dan menyebut serangan balasan sebagai cara mendapatkan pengaruh negosiasi.',
  ],
});

const washingtonSummit = article('washington-summit', {
  title: 'NATO Siapkan Paket Dukungan Jangka Panjang untuk Ukraina di KTT Washington',
  publishedAt: '2024-07-05',
  people: [STOLTENBERG],
  paragraphs: [
    'Sekretaris Jenderal NATO Jens Stoltenberg mengatakan para kepala negara akan menyetujui paket dukungan substansial untuk Ukraina pada KTT Washington pekan depan.',
    'Aliansi akan mengambil alih koordinasi bantuan keamanan internasional dan pelatihan bagi angkatan bersenjata Ukraina.',
    'Anggota NATO juga akan terus menyediakan sistem pertahanan udara dan amunisi.',
  ],
});

const football = article('football', {
  title: 'Persib Tundukkan Persija 2-1 di Stadion Gelora Bandung Lautan Api',
  publishedAt: '2023-06-13',
  paragraphs: [
    'Persib Bandung menang 2-1 atas Persija Jakarta dalam lanjutan Liga 1 di Stadion Gelora Bandung Lautan Api, Selasa malam.',
    'Gol kemenangan dicetak David da Silva pada menit ke-78 setelah menerima umpan silang dari sayap kanan.',
    'Pelatih Persib mengatakan para pemain tampil disiplin dan suporter memberikan dukungan luar biasa sepanjang pertandingan.',
  ],
});

const gaza = article('gaza', {
  title: 'Serangan Udara Israel Hantam Kamp Pengungsi di Gaza',
  publishedAt: '2023-06-13',
  paragraphs: [
    'Serangan udara Israel menghantam kamp pengungsi Jabalia di Jalur Gaza, menewaskan sedikitnya 30 orang, kata pejabat kesehatan Palestina.',
    'Badan PBB untuk pengungsi Palestina menyerukan gencatan senjata kemanusiaan agar bantuan makanan dan obat-obatan bisa masuk.',
    'Warga Gaza mengatakan rumah sakit kewalahan menampung korban luka.',
  ],
});

function indexOf(...articles: Article[]): RelatedIndex {
  const index = new RelatedIndex();
  for (const a of articles) index.add(a);
  return index;
}

describe('RelatedIndex.rank', () => {
  it('puts the other report of the same White House meeting first, labeled same event, with readable reasons', () => {
    const index = indexOf(whiteHouseOtherOutlet, washingtonSummit, football, gaza);
    const results = index.rank({ article: whiteHouse, sharedQuotesByArticle: new Map([['white-house-b', 1]]) });
    expect(results[0]?.articleId).toBe('white-house-b');
    expect(results[0]?.label).toBe('same-event');
    expect(results[0]?.reasons).toMatchObject({ sharedQuotes: 1, daysApart: 1 });
    expect(results[0]?.reasons.sharedPeople).toEqual(['Stoltenberg', 'Biden']);
    // Reasons show words as written, not stems ("kemajuan", not "maju").
    expect(results[0]?.reasons.sharedTerms).toContain('kemajuan');
  });

  it('labels a NATO article a year later on the same topic, not the same event', () => {
    const index = indexOf(washingtonSummit, football, gaza);
    const results = index.rank({ article: whiteHouse });
    expect(results.map((r) => r.articleId)).toEqual(['washington-summit']);
    expect(results[0]?.label).toBe('same-topic');
    expect(results[0]?.reasons.daysApart).toBe(388);
  });

  it('does not return a football report or Gaza news for a NATO summit article', () => {
    const index = indexOf(football, gaza);
    expect(index.rank({ article: washingtonSummit })).toEqual([]);
    expect(index.rank({ article: whiteHouse })).toEqual([]);
  });

  it('returns an article that shares a quote even when the text around it differs', () => {
    const index = indexOf(football);
    const results = index.rank({ article: whiteHouse, sharedQuotesByArticle: new Map([['football', 2]]) });
    expect(results.map((r) => r.articleId)).toEqual(['football']);
    expect(results[0]?.reasons.sharedQuotes).toBe(2);
  });

  it('leaves out the excluded article and respects the limit', () => {
    const thirdOutlet = { ...whiteHouseOtherOutlet, id: 'white-house-c' };
    const index = indexOf(whiteHouse, whiteHouseOtherOutlet, thirdOutlet, football, gaza);
    expect(index.rank({ article: whiteHouse })[0]?.articleId).toBe('white-house-a');
    const ids = index.rank({ article: whiteHouse }, { excludeId: 'white-house-a' }).map((r) => r.articleId);
    expect(ids).toEqual(['white-house-b', 'white-house-c']);
    expect(index.rank({ article: whiteHouse }, { excludeId: 'white-house-a', limit: 1 })).toHaveLength(1);
  });

  it('weighs a word in the title more than the same word in the tail of the body', () => {
    const filler = Array.from({ length: 9 }, (_, i) => `Paragraf latar ${i} tentang cuaca, lalu lintas dan harga pangan di pasar kota.`);
    const inTitle = article('in-title', { title: 'Rudal Hipersonik Kinzhal Dicegat', paragraphs: [...filler] });
    const inTail = article('in-tail', { title: 'Kabar Kota Hari Ini', paragraphs: [...filler, 'Rudal hipersonik Kinzhal dicegat.'] });
    const query = article('q', { paragraphs: ['Rudal hipersonik Kinzhal dicegat di atas Kyiv.'] });
    const results = indexOf(inTail, inTitle, football, gaza).rank({ article: query });
    expect(results.map((r) => r.articleId)).toEqual(['in-title', 'in-tail']);
    expect(results[0]!.reasons.textSimilarity).toBeGreaterThan(results[1]!.reasons.textSimilarity);
  });

  it('returns nothing from an empty index, and nothing for an article without content words', () => {
    expect(new RelatedIndex().rank({ article: whiteHouse })).toEqual([]);
    const empty = article('empty', { paragraphs: ['', '...', 'dan yang di itu'] });
    const index = indexOf(whiteHouseOtherOutlet, empty);
    expect(index.size).toBe(2);
    expect(index.rank({ article: empty })).toEqual([]);
    expect(index.rank({ article: whiteHouse }).map((r) => r.articleId)).toEqual(['white-house-b']);
  });
});

describe('RelatedIndex incremental updates', () => {
  it('adds and removes articles, and results follow', () => {
    const index = indexOf(football, gaza);
    expect(index.rank({ article: whiteHouse })).toEqual([]);
    index.add(whiteHouseOtherOutlet);
    expect(index.rank({ article: whiteHouse }).map((r) => r.articleId)).toEqual(['white-house-b']);
    index.remove('white-house-b');
    expect(index.size).toBe(2);
    expect(index.rank({ article: whiteHouse })).toEqual([]);
    index.remove('not-there');
    expect(index.size).toBe(2);
  });

  it('keeps IDF exact: a term gets rarer as articles without it arrive, and removal restores it', () => {
    const index = indexOf(whiteHouseOtherOutlet, washingtonSummit);
    const before = index.idf('kinzhal');
    const stoltenbergBefore = index.idf('stoltenberg');
    index.add(football);
    index.add(gaza);
    expect(index.idf('stoltenberg')).toBeGreaterThan(stoltenbergBefore);
    index.remove('football');
    index.remove('gaza');
    expect(index.idf('stoltenberg')).toBeCloseTo(stoltenbergBefore, 12);
    expect(index.idf('kinzhal')).toBeCloseTo(before, 12);
  });

  it('ranks exactly like a fresh index after many additions and removals (including compaction)', () => {
    const churn = Array.from({ length: 120 }, (_, i) =>
      article(`churn-${i}`, {
        title: `Berita ${i}: NATO, Ukraina dan Stoltenberg di Brussels`,
        paragraphs: [
          `Laporan nomor ${i} membahas dukungan NATO untuk Ukraina, bantuan keamanan, amunisi, pertahanan udara dan pelatihan pasukan di Polandia.`,
          `Topik tambahan ${i % 7}: gandum, energi, sanksi, pengungsi, diplomasi, perundingan, Laut Hitam, Krimea, Kharkiv dan Zaporizhzhia.`,
        ],
      }),
    );
    const churned = indexOf(football, gaza, ...churn, whiteHouseOtherOutlet, washingtonSummit);
    for (const a of churn) churned.remove(a.id);
    churned.add(churn[0]!);
    const fresh = indexOf(football, gaza, whiteHouseOtherOutlet, washingtonSummit, churn[0]!);
    const query = { article: whiteHouse, sharedQuotesByArticle: new Map([['white-house-b', 1]]) };
    const a = churned.rank(query);
    const b = fresh.rank(query);
    expect(a.map((r) => r.articleId)).toEqual(b.map((r) => r.articleId));
    a.forEach((r, i) => expect(r.score).toBeCloseTo(b[i]!.score, 6));
  });
});

describe('RelatedIndex text similarities found once', () => {
  it('ranks the same with them passed in, and finds them anew once the index has changed', () => {
    const index = indexOf(football, gaza, whiteHouseOtherOutlet);
    const text = index.textSimilarities(whiteHouse);
    const shared = new Map([['washington-summit', 1]]);
    expect(index.rank({ article: whiteHouse, text })).toEqual(index.rank({ article: whiteHouse }));
    // After an article arrives, what was found before is stale: the new one must be ranked too.
    index.add(washingtonSummit);
    const stale = index.rank({ article: whiteHouse, sharedQuotesByArticle: shared, text });
    expect(stale).toEqual(index.rank({ article: whiteHouse, sharedQuotesByArticle: shared }));
    expect(stale.map((r) => r.articleId)).toContain('washington-summit');
  });
});

describe('RelatedIndex snapshot', () => {
  it('loaded back through a structured clone, ranks as the index it was taken from, before and after both change', () => {
    const churn = Array.from({ length: 30 }, (_, i) =>
      article(`churn-${i}`, {
        title: `Berita ${i}: NATO dan Ukraina`,
        paragraphs: [`Laporan nomor ${i} membahas dukungan NATO untuk Ukraina dan pertahanan udara di Polandia.`],
        people: [STOLTENBERG],
      }),
    );
    const original = indexOf(football, gaza, ...churn, whiteHouseOtherOutlet);
    for (const a of churn.slice(0, 10)) original.remove(a.id);
    const loaded = RelatedIndex.fromSnapshot(structuredClone(original.snapshot()));
    const query = { article: whiteHouse, sharedQuotesByArticle: new Map([['churn-20', 1]]) };
    expect(loaded.size).toBe(original.size);
    expect(loaded.rank(query)).toEqual(original.rank(query));
    for (const index of [original, loaded]) {
      index.add(washingtonSummit);
      index.remove('churn-15');
    }
    expect(loaded.rank(query)).toEqual(original.rank(query));
    expect(loaded.idf('stoltenberg')).toBe(original.idf('stoltenberg'));
  });
});

describe('formatReasons', () => {
  const reasons = { sharedQuotes: 2, sharedPeople: ['Stoltenberg', 'Biden'], daysApart: 1, textSimilarity: 0.6, sharedTerms: ['kemajuan'] };

  it('speaks Indonesian and English', () => {
    expect(formatReasons(reasons, 'id')).toBe('2 kutipan sama · Stoltenberg, Biden · selisih 1 hari');
    expect(formatReasons(reasons, 'en')).toBe('2 shared quotes · Stoltenberg, Biden · 1 day apart');
  });

  it('uses singulars, same day, and falls back to shared words when nothing else is known', () => {
    expect(formatReasons({ ...reasons, sharedQuotes: 1, sharedPeople: [], daysApart: 0 }, 'en')).toBe('1 shared quote · same day');
    const bare = { sharedQuotes: 0, sharedPeople: [], textSimilarity: 0.2, sharedTerms: ['rudal', 'kinzhal'] };
    expect(formatReasons(bare, 'id')).toBe('sama-sama membahas rudal, kinzhal');
    expect(formatReasons(bare, 'en')).toBe('both about rudal, kinzhal');
  });

  it('never gives the time between two articles as the only reason', () => {
    expect(formatReasons({ ...reasons, sharedQuotes: 0, sharedPeople: [], daysApart: 3 }, 'en')).toBe('both about kemajuan · 3 days apart');
    expect(formatReasons({ ...reasons, sharedQuotes: 0, sharedPeople: [], daysApart: 3, sharedTerms: [] }, 'id')).toBe('');
  });
});

describe('related coverage on the seed articles', () => {
  // The engine's index: the five seeds (the test copy, see fixture-seeds.ts)
  // among off-topic news; each seed is then the page a reader is on.
  const seeds = loadFixtureSeeds();
  const negatives = join(import.meta.dirname, 'fixtures/topic/negative');
  const offTopic = readdirSync(negatives)
    // Pages that list NATO headlines are about the topic: no error to return them.
    .filter((f) => f.endsWith('.json') && !/^(?:frontpage|indexpage|searchpage|tagpage)-/.test(f))
    .map((f) => {
      const data = JSON.parse(readFileSync(join(negatives, f), 'utf8')) as { title?: string; paragraphs?: string[] };
      return articleFromParts({ id: `off:${f.replace(/\.json$/, '')}`, title: data.title, paragraphs: data.paragraphs ?? [] });
    });
  const engine = createEngine(buildIndex([...seeds, ...offTopic]));
  const relatedOf = (prefix: string) => {
    const seed = seeds.find((a) => a.id.startsWith(prefix))!;
    const page = { title: seed.title, outlet: seed.outlet, publishedAt: seed.publishedAt, paragraphs: seed.paragraphs };
    return engine.analyze(page, { force: true }).related.map((r) => ({ id: r.articleId.slice(0, 3), label: r.label, all: r.articleId }));
  };
  const position = (from: string, to: string) => relatedOf(from).findIndex((r) => r.id === to);

  it('finds 000 and 001 the same event, each the other\'s first result', () => {
    expect(relatedOf('000')[0]).toMatchObject({ id: '001', label: 'same-event' });
    expect(relatedOf('001')[0]).toMatchObject({ id: '000', label: 'same-event' });
  });

  it('puts 002 and 004 in each other\'s top two, and relates 003 and 004', () => {
    expect(position('002', '004')).toBeGreaterThanOrEqual(0);
    expect(position('002', '004')).toBeLessThan(2);
    expect(position('004', '002')).toBeGreaterThanOrEqual(0);
    expect(position('004', '002')).toBeLessThan(2);
    expect(position('003', '004')).toBeGreaterThanOrEqual(0);
    expect(position('004', '003')).toBeGreaterThanOrEqual(0);
  });

  it('returns no off-topic article for a seed, and never the seed itself', () => {
    for (const seed of seeds) {
      const related = relatedOf(seed.id.slice(0, 3));
      expect(related.filter((r) => r.all.startsWith('off:')), seed.id).toEqual([]);
      expect(related.map((r) => r.all)).not.toContain(seed.id);
    }
  });
});

describe('the terms an article is ranked by', () => {
  it('leave out link lines and other furniture an article imported as stored still holds', () => {
    const terms = weightedTerms({
      title: 'Stoltenberg bertemu Biden di Gedung Putih',
      paragraphs: ['Sekjen NATO membahas bantuan untuk Ukraina.', 'Baca juga: Harga cabai naik jelang Lebaran', 'Baca selengkapnya tentang pertandingan sepak bola di aplikasi kami', 'Penulis: Fulan'],
    });
    expect(terms.has(stem('ukraina'))).toBe(true);
    for (const word of ['cabai', 'pertandingan', 'fulan']) expect(terms.has(stem(word))).toBe(false);
  });
});
