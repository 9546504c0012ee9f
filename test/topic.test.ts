import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPIC_THRESHOLD, detectTopic, lexiconPhraseTokens, quickTopicCheck } from '../lib/match/topic';
import type { PageArticle, TopicResult } from '../lib/match/types';
import { loadTopicSet, runTopicEvaluation, TOPIC_TARGETS } from '../scripts/eval/topic';
import { fixtureSeedNames, fixtureSeedText } from './fixture-seeds';

const FIXTURES = join(__dirname, 'fixtures', 'topic');

function fixture(name: string): PageArticle & { url: string; title: string } {
  const data = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as {
    title: string;
    url: string;
    paragraphs: string[];
  };
  return { title: data.title, url: data.url, paragraphs: data.paragraphs };
}

function evidenceFor(result: TopicResult, label: string) {
  return result.evidence.filter((e) => e.label === label);
}

/** Enough points to pass, and a veto naming `reason` is what stops the page. */
function expectVetoed(result: TopicResult, reason: RegExp, label?: string): void {
  expect(result.score, label).toBeGreaterThanOrEqual(DEFAULT_TOPIC_THRESHOLD);
  expect(result.isCoverage, label).toBe(false);
  expect(result.vetoes.join(' '), label).toMatch(reason);
}

describe('detectTopic: hard negatives are not coverage', () => {
  it.each([
    'negative/sport-timnas-ukraina-euro.json',
    'negative/sport-playoff-piala-dunia.json',
    'negative/sport-medvedev-tenis.json',
    'negative/sport-shakhtar-liga-champions.json',
    'negative/sport-svitolina-wimbledon.json',
  ])('sport with a Ukrainian or Russian team or player: %s', (name) => {
    const result = detectTopic(fixture(name));
    expect(result.isCoverage).toBe(false);
    expect(result.vetoes.join(' ')).toMatch(/sports/);
  });

  it('reads the tennis player Daniil Medvedev as a tennis player, not the Kremlin official', () => {
    const result = detectTopic(fixture('negative/sport-medvedev-tenis.json'));
    expect(evidenceFor(result, 'Dmitry Medvedev')).toEqual([]);
  });

  it.each([
    'negative/frontpage-kompas.json',
    'negative/tagpage-rusia-ukraina.json',
    'negative/indexpage-internasional.json',
    'negative/searchpage-nato.json',
  ])('front, tag, index and search pages full of headlines: %s', (name) => {
    const result = detectTopic(fixture(name));
    expect(result.isCoverage).toBe(false);
    expect(result.vetoes.join(' ')).toMatch(/many headlines/);
  });

  it('vetoes a tag page even though every headline on it is about the war', () => {
    const result = detectTopic(fixture('negative/tagpage-rusia-ukraina.json'));
    expect(result.score).toBeGreaterThan(DEFAULT_TOPIC_THRESHOLD);
    expect(result.isCoverage).toBe(false);
  });

  it.each([
    'negative/ekonomi-harga-bbm.json',
    'negative/ekonomi-inflasi-bps.json',
    'negative/ekonomi-harga-mi-instan.json',
    'negative/ekonomi-pupuk-petani.json',
    'negative/ekonomi-ihsg-rupiah.json',
  ])('domestic economy citing the war once: %s', (name) => {
    const result = detectTopic(fixture(name));
    expect(result.isCoverage).toBe(false);
    // It is the passing mention, not a veto, that keeps these out.
    expect(result.vetoes).toEqual([]);
    expect(result.score).toBeLessThan(DEFAULT_TOPIC_THRESHOLD / 2);
  });

  it.each([
    'negative/ekonomi-minyak-rusia-opec.json',
    'negative/ekonomi-gas-eropa.json',
    'negative/ekonomi-pertamina-impor-minyak.json',
  ])('economy news about Russian oil and gas: %s', (name) => {
    expect(detectTopic(fixture(name)).isCoverage).toBe(false);
  });

  it.each([
    'negative/dunia-gaza.json',
    'negative/dunia-sudan.json',
    'negative/dunia-pemilu-as.json',
    'negative/dunia-gempa-turki.json',
    'negative/dunia-korea-utara.json',
    'negative/dunia-taiwan-china.json',
  ])('other world news naming NATO or Russia once: %s', (name) => {
    expect(detectTopic(fixture(name)).isCoverage).toBe(false);
  });

  it.each(['negative/politik-prabowo-kampanye.json', 'negative/politik-jokowi-bela-prabowo.json'])(
    'Indonesian politics with the Prabowo peace proposal as a side remark: %s',
    (name) => {
      expect(detectTopic(fixture(name)).isCoverage).toBe(false);
    },
  );

  it('does not count a Gaza ceasefire or an article of Indonesian law as topic vocabulary', () => {
    const result = detectTopic({
      title: 'Gencatan Senjata di Gaza Kembali Gagal',
      paragraphs: [
        'Perundingan gencatan senjata antara Israel dan Hamas kembali gagal setelah serangan rudal dan drone berlanjut.',
        'Jaksa menjerat tersangka dengan Pasal 5 Undang-Undang Tindak Pidana Korupsi.',
        'Sanksi terhadap pelanggar aturan lalu lintas juga diperketat oleh aliansi pemerintah daerah.',
      ],
    });
    expect(result.evidence).toEqual([]);
    expect(result.score).toBe(0);
    expect(result.isCoverage).toBe(false);
  });

  it('does not count a page whose only signal is one name, however often it repeats', () => {
    const result = detectTopic({
      title: 'Ekonomi Rusia Tumbuh 3 Persen, Rusia Andalkan Ekspor ke Asia',
      paragraphs: [
        'Bank sentral Rusia melaporkan ekonomi Rusia tumbuh 3 persen pada kuartal kedua, didorong belanja rumah tangga di Rusia.',
        'Ekspor Rusia ke Asia naik tajam. Rusia kini menjual lebih banyak batu bara dan pupuk ke India dan China.',
        'Inflasi di Rusia bertahan di kisaran 7 persen, sementara rubel Rusia menguat terhadap dolar.',
        'Analis memperkirakan pertumbuhan Rusia melambat tahun depan karena suku bunga tinggi di Rusia.',
      ],
    });
    // Enough points to pass on repetition alone; the veto is what stops it.
    expectVetoed(result, /only one signal: Rusia/);
  });
});

describe('detectTopic: pages that name the war throughout but are about something else', () => {
  it('vetoes a price story that names the invasion as the cause (economic frame)', () => {
    const result = detectTopic(fixture('negative/ekonomi-gandum-invasi.json'));
    // The war is in the title and the lead: the score alone would pass it.
    expectVetoed(result, /economy/);
  });

  it('keeps a war report that also talks about grain and prices', () => {
    const result = detectTopic({
      title: 'Rudal Rusia Hantam Pelabuhan Odesa, Ekspor Gandum Ukraina Terhenti',
      paragraphs: [
        'Rudal dan drone Rusia menghantam terminal gandum di Pelabuhan Odesa pada Rabu dini hari, menewaskan dua pekerja, kata gubernur setempat.',
        'Presiden Zelensky menyebut serangan itu upaya Kremlin menghentikan ekspor pangan Ukraina lewat Laut Hitam.',
        'Harga gandum di bursa Chicago naik 4 persen setelah kabar serangan tersebut.',
        'Angkatan Udara Ukraina mengatakan pertahanan udara menembak jatuh 20 dari 31 drone yang diluncurkan dari Krimea.',
      ],
    });
    expect(result.vetoes).toEqual([]);
    expect(result.isCoverage).toBe(true);
  });

  it('vetoes a state visit to the Kremlin that never touches the war (bilateral frame)', () => {
    const result = detectTopic(fixture('negative/bilateral-kunjungan-kremlin.json'));
    expectVetoed(result, /Russia without the war/);
    // Putin, the Kremlin, Lavrov and Moscow: more than one name, so it is not
    // the one-signal veto that stops it.
    expect(result.vetoes.join(' ')).not.toMatch(/only one signal/);
  });

  it('vetoes a joint naval exercise, reading "kapal perang" as a warship, not a war', () => {
    const result = detectTopic(fixture('negative/bilateral-latihan-laut.json'));
    expect(evidenceFor(result, 'perang')).toEqual([]);
    expect(result.isCoverage).toBe(false);
    expect(result.vetoes.join(' ')).not.toMatch(/only one signal/);
    expect(result.vetoes.join(' ')).toMatch(/Russia without the war/);
  });

  it('keeps war news told from Moscow, and a leader carrying a message from Kyiv to the Kremlin', () => {
    const address = detectTopic({
      title: 'Putin Umumkan Mobilisasi, Kremlin Panggil 300.000 Tentara Cadangan',
      paragraphs: [
        'Presiden Rusia Vladimir Putin mengumumkan mobilisasi parsial dalam pidato televisi dari Kremlin, Rabu pagi waktu Moskow.',
        'Putin mengatakan Rusia akan memakai segala cara untuk melindungi wilayahnya dan menuduh Barat ingin menghancurkan Rusia.',
        'Juru bicara Kremlin Dmitry Peskov mengatakan panggilan dimulai hari itu juga di seluruh Rusia.',
        'Menteri Pertahanan Rusia menyebut tentara cadangan akan dikirim ke wilayah yang diduduki di Ukraina timur.',
        'Di Moskow dan St. Petersburg, polisi menahan ratusan orang yang memprotes keputusan Putin.',
      ],
    });
    expect(address.vetoes).toEqual([]);
    expect(address.isCoverage).toBe(true);
    expect(detectTopic(fixture('positive/jokowi-bertemu-putin.json')).isCoverage).toBe(true);
  });

  it('vetoes a page where Ukraine and Russia are only where people come from (places without the war)', () => {
    for (const name of ['negative/imigrasi-deportasi-wna.json', 'negative/catur-grandmaster-kharkiv.json']) {
      const result = detectTopic(fixture(name));
      expectVetoed(result, /places without the war/, name);
    }
  });

  it('keeps a short war report that names only places besides the fighting', () => {
    const result = detectTopic({
      title: 'Ledakan Guncang Kyiv dan Kharkiv Dini Hari',
      paragraphs: [
        'Sejumlah ledakan mengguncang Kyiv dan Kharkiv pada Kamis dini hari setelah Rusia melancarkan serangan rudal.',
        'Pemerintah kota Kyiv meminta warga tetap berada di tempat perlindungan hingga sirene berhenti.',
        'Di Kharkiv, serangan merusak jaringan listrik dan dua gedung apartemen di timur kota.',
      ],
    });
    expect(result.vetoes).toEqual([]);
    expect(result.isCoverage).toBe(true);
  });

  it('keeps talks, refugees and grain ships of the war, which name places and no fighting', () => {
    const pages = [
      {
        title: 'Delegasi Rusia dan Ukraina Bertemu di Istanbul',
        paragraphs: [
          'Delegasi Rusia dan delegasi Ukraina bertemu selama dua jam di Istanbul, Turki, pada Senin.',
          'Rusia dan Ukraina sepakat menukar 1.000 tahanan dalam beberapa hari ke depan, kata tuan rumah Turki.',
          'Pertemuan berikutnya di Istanbul belum dijadwalkan.',
        ],
      },
      {
        title: 'Ribuan Warga Ukraina Mengungsi ke Polandia',
        paragraphs: [
          'Ribuan warga Ukraina dari Kharkiv dan Kyiv mengungsi ke Polandia sepanjang pekan ini.',
          'Petugas perbatasan Polandia mencatat antrean panjang di pos lintas batas Medyka.',
          'Sebagian besar pengungsi adalah perempuan dan anak-anak dari Kharkiv.',
        ],
      },
      {
        title: 'Kapal Gandum Tinggalkan Odesa',
        paragraphs: [
          'Tiga kapal gandum meninggalkan pelabuhan Odesa di Ukraina pada Selasa pagi menuju Istanbul.',
          'Kapal-kapal itu membawa sekitar 90.000 ton gandum dan jagung dari Ukraina untuk pembeli di Mesir dan Turki.',
          'Pelabuhan Odesa kembali sibuk setelah koridor gandum dibuka lagi.',
        ],
      },
    ];
    for (const page of pages) {
      const result = detectTopic(page);
      expect(result.vetoes, page.title).toEqual([]);
      expect(result.isCoverage, page.title).toBe(true);
    }
  });

  it('counts Belarus and Lukashenko as Russia\'s side when weighing a page about Russia (bilateral frame)', () => {
    const result = detectTopic(fixture('negative/ulang-tahun-putin-hadiah.json'));
    expectVetoed(result, /Russia without the war/);
  });

  it('vetoes the comments view of a post about the war', () => {
    const result = detectTopic(fixture('negative/komentar-tulisan-blog.json'));
    expectVetoed(result, /comments view/);
  });

  it('reads an article written in one-sentence paragraphs with subheadings as an article, not a list of headlines', () => {
    const result = detectTopic(fixture('positive/lima-poin-pidato-zelensky.json'));
    expect(result.vetoes).toEqual([]);
    expect(result.isCoverage).toBe(true);
  });
});

describe('detectTopic: coverage of many kinds is recognised', () => {
  it.each([
    ['positive/ktt-nato-vilnius.json', 'nato'],
    ['positive/finlandia-gabung-nato.json', 'nato'],
    ['positive/ktt-nato-den-haag.json', 'nato'],
    ['positive/bakhmut-jatuh.json', 'ukraineWar'],
    ['positive/paket-bantuan-himars.json', 'ukraineWar'],
    ['positive/perundingan-istanbul.json', 'ukraineWar'],
    ['positive/serangan-drone-kyiv.json', 'ukraineWar'],
    ['positive/pltn-zaporizhzhia.json', 'ukraineWar'],
    ['positive/jokowi-ke-kyiv.json', 'ukraineWar'],
    ['positive/medvedev-ancaman-nuklir.json', 'ukraineWar'],
  ] as const)('%s is coverage, mainly of %s', (name, mainTopic) => {
    const result = detectTopic(fixture(name));
    expect(result.isCoverage).toBe(true);
    expect(result.vetoes).toEqual([]);
    const other = mainTopic === 'nato' ? 'ukraineWar' : 'nato';
    expect(result.topics[mainTopic]).toBeGreaterThan(result.topics[other]);
  });

  it('keeps a war report about athletes killed at the front, despite its sports words', () => {
    const result = detectTopic({
      title: 'Ratusan Atlet Ukraina Tewas di Medan Perang',
      paragraphs: [
        'Kementerian Pemuda dan Olahraga Ukraina mencatat lebih dari 400 atlet dan pelatih tewas sejak invasi Rusia pada Februari 2022.',
        'Banyak di antaranya bergabung dengan angkatan bersenjata dan gugur di garis depan di Donbas dan Zaporizhzhia.',
        'Stadion di Kharkiv dan Mariupol hancur akibat serangan rudal Rusia, kata Menteri Matviy Bidnyi.',
        'Presiden Zelensky meminta Komite Olimpiade Internasional tetap melarang atlet Rusia tampil di Olimpiade.',
        'Kremlin menyebut larangan itu diskriminatif.',
      ],
    });
    expect(result.vetoes).toEqual([]);
    expect(result.isCoverage).toBe(true);
  });

  it('recognises the Kremlin official Dmitry Medvedev', () => {
    const result = detectTopic(fixture('positive/medvedev-ancaman-nuklir.json'));
    expect(evidenceFor(result, 'Dmitry Medvedev').length).toBeGreaterThan(0);
  });

  it('reads each seed article, split into lines, as coverage', () => {
    // Raw page text, every non-empty line a paragraph and no title: judged from body text only.
    const names = fixtureSeedNames();
    expect(names).toHaveLength(5);
    for (const name of names) {
      const paragraphs = fixtureSeedText(name).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
      expect(detectTopic({ paragraphs }).isCoverage, name).toBe(true);
    }
  });
});

describe('detectTopic: evidence', () => {
  const page: PageArticle = {
    title: 'Zelenskyy Bertemu Sekjen NATO di Kiev',
    description: 'Pertemuan membahas keanggotaan NATO bagi Ukraina.',
    paragraphs: [
      'Presiden Ukraina Volodymyr Zelenskyy menerima Sekretaris Jenderal Pakta Pertahanan Atlantik Utara Mark Rutte di Kyiv, Senin.',
      'Keduanya membahas pertahanan udara menjelang musim dingin dan perang Rusia-Ukraina yang memasuki tahun keempat.',
      'Rutte kemudian mengunjungi garis depan di dekat Bakhmut bersama komandan setempat.',
      'Kremlin belum berkomentar atas kunjungan tersebut.',
    ],
  };
  const result = detectTopic(page);

  it('places each signal in the zone where it was found', () => {
    expect(evidenceFor(result, 'Zelensky').map((e) => e.zone)).toContain('title');
    expect(evidenceFor(result, 'Zelensky').map((e) => e.zone)).toContain('lead');
    expect(evidenceFor(result, 'Bakhmut').map((e) => e.zone)).toEqual(['body']);
    expect(evidenceFor(result, 'Kremlin').map((e) => e.zone)).toEqual(['body']);
    // The description is part of the lead, like the first two paragraphs.
    expect(evidenceFor(result, 'keanggotaan NATO').map((e) => e.zone)).toEqual(['lead']);
  });

  it('folds spelling variants and long forms into one label', () => {
    const kyiv = evidenceFor(result, 'Kyiv');
    expect(kyiv.find((e) => e.zone === 'title')?.count).toBe(1); // "Kiev"
    expect(kyiv.find((e) => e.zone === 'lead')?.count).toBe(1); // "Kyiv"
    // "Volodymyr Zelenskyy" is one mention, not two.
    expect(evidenceFor(result, 'Zelensky').find((e) => e.zone === 'lead')?.count).toBe(1);
    // "Pakta Pertahanan Atlantik Utara" is NATO.
    expect(evidenceFor(result, 'NATO').find((e) => e.zone === 'lead')?.count).toBe(2);
    // "perang Rusia-Ukraina" names both countries.
    expect(evidenceFor(result, 'Rusia').length).toBeGreaterThan(0);
  });

  it('weighs the title above the body', () => {
    const inTitle = detectTopic({ title: 'Serangan di Bakhmut', paragraphs: ['Laporan singkat dari lapangan pagi ini.', 'Tidak ada rincian lain.'] });
    const inBody = detectTopic({ title: 'Laporan pagi ini', paragraphs: ['Laporan singkat dari lapangan pagi ini.', 'Tidak ada rincian lain.', 'Serangan di Bakhmut.'] });
    expect(evidenceFor(inTitle, 'Bakhmut')[0]!.weight).toBeGreaterThan(evidenceFor(inBody, 'Bakhmut')[0]!.weight);
  });

  it('lists the strongest signals first and reports both topics', () => {
    const weights = result.evidence.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(result.topics.nato).toBeGreaterThan(0);
    expect(result.topics.ukraineWar).toBeGreaterThan(0);
    expect(result.isCoverage).toBe(true);
  });

  it('honours a reader-chosen threshold and reports it', () => {
    expect(result.threshold).toBe(DEFAULT_TOPIC_THRESHOLD);
    const strict = detectTopic(page, { threshold: result.score + 1 });
    expect(strict.threshold).toBe(result.score + 1);
    expect(strict.isCoverage).toBe(false);
    expect(detectTopic(page, { threshold: result.score }).isCoverage).toBe(true);
  });
});

describe('the lexicon', () => {
  it('is written so that its quick phrase splitting reads every phrase as the article tokenizer does', () => {
    const disagreeing = lexiconPhraseTokens().filter(({ fast, full }) => fast.join('|') !== full.join('|'));
    expect(disagreeing).toEqual([]);
  });
});

describe('quickTopicCheck', () => {
  it('passes over pages with no topic name at all', () => {
    expect(
      quickTopicCheck({
        url: 'https://www.kompas.com/tren/read/2024/01/10/070000465/prakiraan-cuaca-bmkg',
        title: 'Prakiraan Cuaca BMKG: Hujan Lebat di Sejumlah Wilayah',
        description: 'BMKG memprakirakan hujan lebat di Jawa Barat.',
      }),
    ).toBe('unlikely');
    expect(quickTopicCheck({})).toBe('unlikely');
  });

  it('keeps any page with a topic name in its URL slug, title, description or keywords as a candidate', () => {
    expect(quickTopicCheck({ url: 'https://news.example.co.id/2024/rusia-serang-kyiv-dini-hari' })).not.toBe('unlikely');
    expect(quickTopicCheck({ title: 'Harga Minyak Naik, Rusia Pangkas Produksi' })).toBe('possible');
    expect(quickTopicCheck({ description: 'Kunjungan Putin ke Beijing dibahas.' })).not.toBe('unlikely');
    expect(quickTopicCheck({ keywords: 'ekonomi, Pakta Pertahanan Atlantik Utara, pertahanan' })).not.toBe('unlikely');
    expect(quickTopicCheck({ section: 'Internasional', title: 'Zelenskiy Tiba di Washington' })).not.toBe('unlikely');
  });

  it('is conservative with sports pages: a candidate, never likely', () => {
    expect(
      quickTopicCheck({
        url: 'https://www.bola.net/euro/timnas-ukraina-comeback-kalahkan-slovakia',
        title: 'Timnas Ukraina Comeback Kalahkan Slovakia di Euro 2024',
      }),
    ).toBe('possible');
    expect(quickTopicCheck({ title: 'Daniil Medvedev Melaju ke Final Australian Open' })).toBe('possible');
  });

  it('leaves a national team in an outlet\'s sports section alone, without reading the body', () => {
    expect(
      quickTopicCheck({
        url: 'https://sport.detik.com/sepakbola/euro-2024/d-7401234/timnas-ukraina-tekuk-slovakia-jaga-asa-ke-babak-16-besar',
        title: 'Timnas Ukraina Tekuk Slovakia, Jaga Asa ke Babak 16 Besar Euro',
      }),
    ).toBe('unlikely');
    expect(quickTopicCheck({ url: 'https://www.cnnindonesia.com/olahraga/20240620-timnas-rusia-dilarang-tampil', title: 'Timnas Rusia Masih Dilarang Tampil di Kualifikasi' })).toBe('unlikely');
    // A sports page whose headline is about the war itself is still read.
    expect(
      quickTopicCheck({
        url: 'https://sport.detik.com/sepakbola/d-7401299/rudal-rusia-hantam-kharkiv-jelang-laga-shakhtar',
        title: 'Rudal Rusia Hantam Kharkiv Dini Hari',
      }),
    ).not.toBe('unlikely');
  });

  it('calls clear topic headlines likely', () => {
    expect(quickTopicCheck({ title: 'Zelensky Temui Sekjen NATO di Kyiv' })).toBe('likely');
    expect(
      quickTopicCheck({
        title: 'Jerman Setuju Kirim Tank Leopard 2',
        description: 'Berlin akan mengirim tank ke Ukraina untuk menghadapi serangan Rusia.',
      }),
    ).toBe('likely');
  });

  it('never skips a page of the labeled positives', () => {
    for (const item of loadTopicSet().filter((i) => i.positive && i.page.title)) {
      expect(quickTopicCheck({ url: item.page.url, title: item.page.title }), item.file).not.toBe('unlikely');
    }
  });

  it('ignores values that are not strings instead of failing', () => {
    const odd = { title: 42, url: null, description: ['NATO'] } as unknown as Parameters<typeof quickTopicCheck>[0];
    expect(quickTopicCheck(odd)).toBe('unlikely');
    expect(quickTopicCheck({ url: 'not a url %E0%A4%A rusia' })).toBe('possible');
  });
});

describe('detectTopic: hostile input', () => {
  it('answers "not coverage" for an empty page', () => {
    for (const page of [{ paragraphs: [] }, { title: '', description: '', url: '', paragraphs: ['', '   ', '\n'] }]) {
      const result = detectTopic(page);
      expect(result).toMatchObject({ isCoverage: false, score: 0, evidence: [], vetoes: [] });
    }
  });

  it('rejects malformed pages with a clear error', () => {
    expect(() => detectTopic({} as PageArticle)).toThrow(/paragraphs must be an array/);
    expect(() => detectTopic({ paragraphs: ['ok', 7] } as unknown as PageArticle)).toThrow(/paragraphs\[1\]/);
    expect(() => detectTopic(null as unknown as PageArticle)).toThrow(TypeError);
    expect(() => detectTopic({ paragraphs: [] }, { threshold: Number.NaN })).toThrow(/threshold/);
  });

  it('completes on a 100,000-word page and still judges it by its content', () => {
    const war = fixture('positive/serbuan-kursk.json').paragraphs.join(' ');
    const warWords = war.split(/\s+/).length;
    const paragraphs: string[] = [];
    let total = 0;
    while (total < 100_000) {
      paragraphs.push(war);
      total += warWords;
    }
    const huge = detectTopic({ title: 'Pasukan Ukraina Masuk Kursk', paragraphs });
    expect(huge.isCoverage).toBe(true);
    const oneParagraph = detectTopic({ paragraphs: [Array.from({ length: 100_000 }, (_, i) => `kata${i % 97}`).join(' ')] });
    expect(oneParagraph.isCoverage).toBe(false);
    expect(oneParagraph.score).toBe(0);
  });

  it('copes with odd characters and markup-like text', () => {
    const result = detectTopic({
      title: '<script>alert(1)</script> \u0000\uFFFF',
      paragraphs: ['💥💥 NATO!!!', '\u202E Kyiv \u200B Zelensky', 'Rusia'.repeat(1000)],
    });
    expect(Number.isFinite(result.score)).toBe(true);
  });
});

describe('the labeled evaluation set', () => {
  it('has at least 60 written articles with 25 positives and 35 negatives', () => {
    const fixtures = loadTopicSet().filter((i) => !/(^|\/)seeds\//.test(i.file));
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    expect(fixtures.filter((i) => i.positive).length).toBeGreaterThanOrEqual(25);
    expect(fixtures.filter((i) => !i.positive).length).toBeGreaterThanOrEqual(35);
  });

  it('meets the precision and recall targets at the default threshold', () => {
    const evaluation = runTopicEvaluation();
    expect(evaluation.precision).toBeGreaterThanOrEqual(TOPIC_TARGETS.precision);
    expect(evaluation.recall).toBeGreaterThanOrEqual(TOPIC_TARGETS.recall);
    expect(evaluation.passed).toBe(true);
  });
});
