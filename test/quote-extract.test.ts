/**
 * Quote extraction and speaker attribution, one test per rule of
 * lib/quotes/extract.ts. Every sentence here is made up for the test, in the
 * patterns Indonesian news uses.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotesWithWarnings } from '../lib/quotes/extract';
import { canonicalSpeaker, resolveOffice, sameSpeaker } from '../lib/quotes/speakers';

const extract = (paragraphs: string[], publishedAt?: string) => extractQuotesWithWarnings(paragraphs, 't', { publishedAt }).quotes;
const pairs = (paragraphs: string[], publishedAt?: string) => extract(paragraphs, publishedAt).map((q) => [q.speaker?.id, q.text]);

describe('cues after the quote', () => {
  it('knows the less common verbs of speaking, with and without -nya', () => {
    const verbs = ['kenang', 'sambung', 'balas', 'jawab', 'janji', 'imbuh', 'tutur', 'papar', 'seru', 'pungkas', 'ungkap', 'tulis', 'terang', 'lanjut', 'cetus', 'timpal'];
    for (const verb of verbs) {
      expect(pairs([`"Kami akan tetap membantu para petani di desa," ${verb} Stoltenberg.`]), verb).toEqual([['jens-stoltenberg', 'Kami akan tetap membantu para petani di desa']]);
      expect(pairs(['Stoltenberg tiba di Oslo pada pagi hari.', `"Jalan ke pelabuhan masih ditutup," ${verb}nya.`]), `${verb}nya`).toEqual([['jens-stoltenberg', 'Jalan ke pelabuhan masih ditutup']]);
    }
  });

  it('reads misspelt and clipped -nya cues as the current speaker', () => {
    expect(pairs(['Rutte berbicara di depan wartawan.', '"Anggaran pertahanan harus naik tahun depan," sambungya.', '"Kita tidak punya waktu lagi," katany']))
      .toEqual([['mark-rutte', 'Anggaran pertahanan harus naik tahun depan'], ['mark-rutte', 'Kita tidak punya waktu lagi']]);
  });

  it('takes a lone -nya word after a comma-closed quote as the cue', () => {
    expect(pairs(['Zelensky berpidato di alun-alun kota.', '"Jangan lupakan mereka yang gugur di garis depan," pesannya.']))
      .toEqual([['volodymyr-zelensky', 'Jangan lupakan mereka yang gugur di garis depan']]);
  });

  it('does not take a news agency after the verb for the speaker', () => {
    expect(pairs(['Rutte mengatakan kepada anggota parlemen bahwa aliansi "siap menghadapi musim dingin yang berat," sebut kantor berita Reuters.']))
      .toEqual([['mark-rutte', 'siap menghadapi musim dingin yang berat']]);
  });

  it('gives a name right after a comma-closed quote the words', () => {
    expect(pairs(['"Ini adalah hari yang baik bagi kedua negara kami," Menteri Luar Negeri AS Antony Blinken, dikutip media lokal, Jumat.']))
      .toEqual([['antony-blinken', 'Ini adalah hari yang baik bagi kedua negara kami']]);
  });

  it('attributes a written statement to the organisation behind it', () => {
    expect(pairs([
      'Para pemimpin NATO bertemu di Den Haag.',
      '"Sekutu akan meningkatkan belanja pertahanan secara bertahap," kata dokumen itu.',
      '"Bantuan akan tiba sebelum akhir bulan," kata pernyataan dari Gedung Putih.',
    ])).toEqual([['nato', 'Sekutu akan meningkatkan belanja pertahanan secara bertahap'], ['gedung-putih', 'Bantuan akan tiba sebelum akhir bulan']]);
  });
});

describe('cues before the quote', () => {
  it('reads a name before any verb of speaking, and a colon after it', () => {
    expect(pairs(['Wartawan bertanya soal gencatan senjata. Biden menjawab: "Belum ada kesepakatan apa pun."'])).toEqual([['joe-biden', 'Belum ada kesepakatan apa pun.']]);
    expect(pairs(['Zelensky menulis di Telegram: "Malam ini langit kota kami tenang."'])).toEqual([['volodymyr-zelensky', 'Malam ini langit kota kami tenang.']]);
    expect(pairs(['Macron dengan tenang menjawab, "Kita lihat saja besok."'])).toEqual([['emmanuel-macron', 'Kita lihat saja besok.']]);
  });

  it('takes the agent of a passive verb of speaking', () => {
    expect(pairs(['Pertanyaan itu dijawab Scholz dengan kalimat, "Jerman akan tetap berdiri bersama Ukraina".'])).toEqual([['olaf-scholz', 'Jerman akan tetap berdiri bersama Ukraina']]);
  });

  it('never makes a name inside the quote the speaker', () => {
    expect(pairs(['Rutte berkata: "Saya berterima kasih kepada Presiden Erdogan atas dukungannya."', '"Kerja sama ini sangat berharga," tambahnya.']))
      .toEqual([['mark-rutte', 'Saya berterima kasih kepada Presiden Erdogan atas dukungannya.'], ['mark-rutte', 'Kerja sama ini sangat berharga']]);
  });

  it('gives a verb after "dengan" to the subject of the sentence', () => {
    expect(pairs(['Stoltenberg menutup rapat itu.', 'Ia memuji Rutte dengan mengatakan Belanda adalah sekutu yang setia.', '"Dia adalah pemimpin yang kuat," tambahnya.']))
      .toEqual([['jens-stoltenberg', 'Dia adalah pemimpin yang kuat']]);
  });
});

describe('who the current speaker is', () => {
  it('gives the second quote after a cue to the same speaker', () => {
    expect(pairs(['"Pelabuhan sudah dibuka kembali," kata Blinken di Kyiv. "Kapal pertama berangkat besok."']))
      .toEqual([['antony-blinken', 'Pelabuhan sudah dibuka kembali'], ['antony-blinken', 'Kapal pertama berangkat besok.']]);
  });

  it('gives -nya to whoever spoke last, not to the last person named', () => {
    expect(pairs([
      '"Kami tidak akan mundur," kata Zelensky.',
      'Pernyataan itu muncul sehari setelah Putin mengunjungi Mariupol.',
      '"Setiap kota akan kami bangun kembali," ujarnya.',
    ])).toEqual([['volodymyr-zelensky', 'Kami tidak akan mundur'], ['volodymyr-zelensky', 'Setiap kota akan kami bangun kembali']]);
  });

  it('follows a speaker named a paragraph earlier', () => {
    expect(pairs(['Presiden Finlandia Sauli Niinisto mengatakan, ia sudah menelepon Presiden Erdogan pagi itu.', '"Kami menandatangani dokumen itu bersama," terangnya.']))
      .toEqual([['sauli-niinisto', 'Kami menandatangani dokumen itu bersama']]);
  });

  it('counts people the article shows to be people, not only the gazetteer', () => {
    expect(pairs(['Perdana Menteri Islandia Katrin Haraldsdottir menyambut keputusan itu.', '"Ini kabar baik untuk kawasan utara," katanya.']))
      .toEqual([['katrin-haraldsdottir', 'Ini kabar baik untuk kawasan utara']]);
  });

  it('reads a name with "von", "van" or "der" in it as one name', () => {
    expect(pairs(['"Eropa akan membayar bagiannya," kata Ursula von der Leyen.'])).toEqual([['ursula-von-der-leyen', 'Eropa akan membayar bagiannya']]);
    expect(pairs(['Presiden Komisi Eropa Ursula von der Leyen tiba di Kyiv.', 'Ia mengatakan, "Kami bersama kalian."'])).toEqual([['ursula-von-der-leyen', 'Kami bersama kalian.']]);
  });

  it('reads initials and a title\'s abbreviation inside a name after the cue', () => {
    expect(pairs(['"Eropa harus membayar lebih," kata Wakil Presiden AS J.D. Vance.'])).toEqual([['jd-vance', 'Eropa harus membayar lebih']]);
    expect(pairs(['"Kami bangga pada aliansi ini," kata Joseph R. Biden.'])).toEqual([['joe-biden', 'Kami bangga pada aliansi ini']]);
  });

  it('does not run a name across the end of a sentence', () => {
    const [quote] = extract(['Rudal itu jatuh di dekat perbatasan Polandia. Moskwa menyebut tuduhan itu "sama sekali tidak berdasar".']);
    expect(quote?.speaker?.name).toBe('Moskwa');
    expect(pairs(['Putin bertemu Kim Jong Un. Putin mengatakan, "Kerja sama kita akan terus tumbuh."'])).toEqual([['vladimir-putin', 'Kerja sama kita akan terus tumbuh.']]);
  });

  it('reads a misspelt known surname as that person', () => {
    expect(pairs(['"Rencana itu tidak masuk akal bagi kami," ujar Reznikof.'])).toEqual([['oleksii-reznikov', 'Rencana itu tidak masuk akal bagi kami']]);
  });
});

describe('offices instead of names', () => {
  it('reads an office followed by "itu" as the current speaker', () => {
    expect(pairs(['"Kami siap berunding kapan saja," kata Kristersson.', '"Tetapi tidak dengan syarat seperti ini," kata perdana menteri Swedia itu.', '"Musim dingin akan berat," ujar mantan Perdana Menteri Belanda itu.']))
      .toEqual([['ulf-kristersson', 'Kami siap berunding kapan saja'], ['ulf-kristersson', 'Tetapi tidak dengan syarat seperti ini'], ['ulf-kristersson', 'Musim dingin akan berat']]);
  });

  it('resolves an office to whoever held it on the publication date', () => {
    expect(pairs(['"Aliansi ini lebih kuat dari sebelumnya," tulis Sekjen NATO.'], '2023-05-02')).toEqual([['jens-stoltenberg', 'Aliansi ini lebih kuat dari sebelumnya']]);
    expect(pairs(['"Aliansi ini lebih kuat dari sebelumnya," tulis Sekjen NATO.'], '2025-05-02')).toEqual([['mark-rutte', 'Aliansi ini lebih kuat dari sebelumnya']]);
    expect(resolveOffice('Sekretaris Jenderal NATO', { date: '2024-09-30' })?.id).toBe('jens-stoltenberg');
    expect(resolveOffice('Sekjen NATO', { date: '2024-10-01' })?.id).toBe('mark-rutte');
  });

  it('reads "sang" and an office as the current speaker, after the quote or before it', () => {
    expect(pairs(['Jenderal Christopher Cavoli meninjau pangkalan udara di Rzeszow.', '"Pangkalan ini siap menerima pesawat baru," kata sang jenderal.']))
      .toEqual([['christopher-cavoli', 'Pangkalan ini siap menerima pesawat baru']]);
    expect(pairs(['Rutte tiba di Den Haag pada Senin pagi.', 'Sang sekjen kemudian berkata, "Kita tidak boleh lengah."']))
      .toEqual([['mark-rutte', 'Kita tidak boleh lengah.']]);
    expect(pairs(['Zelensky tiba di Odesa.', 'Sang presiden Ukraina berkata, "Kami akan bertahan."'])).toEqual([['volodymyr-zelensky', 'Kami akan bertahan.']]);
  });

  it('gives "sang" and an office only to someone who may hold it', () => {
    // The last speaker is no president; the president named is.
    expect(pairs(['Stoltenberg bertemu Zelensky di Kyiv.', '"Kami akan bertahan," kata sang presiden.'])).toEqual([['volodymyr-zelensky', 'Kami akan bertahan']]);
    // A form of address, or an office nobody named holds: no speaker, so no quote.
    expect(pairs(['Stoltenberg tiba di Kyiv.', '"Kami akan bertahan," kata sang ibu.'])).toEqual([]);
    expect(pairs(['Stoltenberg tiba di Kyiv.', '"Kami akan bertahan," kata sang juru bicara.'])).toEqual([]);
  });

  it('without a date, resolves an office to the holder the article named', () => {
    expect(pairs(['Kanselir Jerman Olaf Scholz tiba di Vilnius.', 'Wartawan menanyakan soal tank.', 'Lalu ada jeda panjang.', '"Keputusan ada di tangan kami," papar Kanselir']))
      .toEqual([['olaf-scholz', 'Keputusan ada di tangan kami']]);
    expect(pairs(['"Rusia tidak akan menyerah," papar Presiden Rusia.'])).toEqual([['vladimir-putin', 'Rusia tidak akan menyerah']]);
  });
});

describe('one speaker written two ways', () => {
  const same = (a: string, b: string) => sameSpeaker(canonicalSpeaker(a), canonicalSpeaker(b));

  it('takes a bare surname for the full name another outlet gives', () => {
    expect(same('Vyacheslav Fedorishchev', 'Fedorishchev')).toBe(true);
    expect(same('Gubernur Vyacheslav Fedorishchev', 'Vyacheslav Fedorishchev')).toBe(true);
  });

  it('reads a known person whose given name is spelt another way, but not someone else of that surname', () => {
    expect(canonicalSpeaker('Valeriy Gerasimov').id).toBe('valery-gerasimov');
    expect(canonicalSpeaker('Kanselir Jerman Olaf Scholz').id).toBe('olaf-scholz');
    expect(canonicalSpeaker('Hunter Biden')).toMatchObject({ id: 'hunter-biden', name: 'Hunter Biden' });
    expect(canonicalSpeaker('Jill Biden').id).toBe('jill-biden');
    expect(canonicalSpeaker('Menlu Rusia Lavrov').id).toBe('sergei-lavrov');
    expect(canonicalSpeaker('Komisi Eropa von der Leyen').id).toBe('ursula-von-der-leyen');
  });

  it('keeps two full names apart however alike, and a surname too short to tell', () => {
    expect(same('Hunter Biden', 'Joe Biden')).toBe(false);
    expect(same('Andrii Kovalenko', 'Oleksandr Kovalenko')).toBe(false);
    expect(same('Li', 'Li Qiang')).toBe(false);
    expect(same('Murza', 'Vladimir Kara-Murza')).toBe(false);
  });

  it('never takes a country or a body for the surname of a longer name', () => {
    expect(same('Rusia', 'Kedutaan Besar Rusia')).toBe(false);
    expect(same('Kremlin', 'Istana Kremlin')).toBe(false);
  });
});

describe('marks', () => {
  it('reads single marks as quotes but never an apostrophe inside a word', () => {
    expect(pairs(["Retno Marsudi mengatakan bahwa diplomasi akan menjadi 'jalan keluar satu-satunya' bagi kawasan.", "Wapres Ma'ruf Amin hadir di Jum'at pagi."]))
      .toEqual([['retno-marsudi', 'jalan keluar satu-satunya']]);
  });

  it('treats a mark between a space and a word, with more marks to come, as a new opening', () => {
    const { quotes, warnings } = extractQuotesWithWarnings(['Putin mengatakan; "langkah itu adalah "kekeliruan besar" dan "pukulan dari dalam".'], 't');
    expect(quotes.map((q) => q.text)).toEqual(['kekeliruan besar', 'pukulan dari dalam']);
    expect(warnings).toHaveLength(1);
  });
});

describe('statements and phrases', () => {
  it('counts a partial quote that carries the speaker\'s claim', () => {
    expect(pairs(['Blinken mengatakan bahwa Swedia "kembali ke keluarga" lama.', 'Dia mengatakan kota itu "berjalan lancar" dan warga menyebut bantuan itu sebagai "hadiah yang sangat berarti".']))
      .toEqual([['antony-blinken', 'kembali ke keluarga'], ['antony-blinken', 'berjalan lancar'], ['antony-blinken', 'hadiah yang sangat berarti']]);
    expect(pairs(['Macron mengatakan persatuan akan menjadi "kompas bersama" Eropa.'])).toEqual([['emmanuel-macron', 'kompas bersama']]);
  });

  it('does not count one quoted word', () => {
    expect(pairs(['Putin menyebut tindakan itu sebagai "kekacauan".', '"Sulit," kata Biden.'])).toEqual([]);
  });

  it('does not count a two-word term or scare quote', () => {
    expect(pairs(['Zelensky meminta dunia menghentikan "invasi Rusia" di wilayahnya.', 'Putin mengatakan "langkah keras" akan diambil terhadap para pemberontak.'])).toEqual([]);
  });

  it('does not count a term named by "yang disebut", a title in capitals or a form of address', () => {
    expect(pairs([
      'Putin mengumumkan apa yang disebut sebagai "operasi militer khusus di timur".',
      'Biden memuji dukungan dari "Negeri Tirai Bambu" untuk sekutunya.',
      'Zelensky membuka pidatonya dengan kata-kata "G7 yang terhormat".',
    ])).toEqual([]);
  });

  it('keeps the speaker\'s own label introduced by "yang dia sebut"', () => {
    expect(pairs(['Biden datang untuk menunjukkan apa yang dia sebut sebagai "persahabatan yang tak tergoyahkan".'])).toEqual([['joe-biden', 'persahabatan yang tak tergoyahkan']]);
  });
});
