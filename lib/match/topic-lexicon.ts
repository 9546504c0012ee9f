/**
 * The vocabulary topic detection looks for: who, where and what marks an
 * Indonesian article as NATO or Russia-Ukraine war coverage, with how much
 * each counts and why. Pure data; `topic.ts` compiles it into token sequences.
 *
 * Phrases are written as a reader would type them; they are matched on the
 * same lowercased, hyphen-split tokens as the article ("Rusia-Ukraina" and
 * "F-16" become two tokens each), so "perang rusia ukraina" matches
 * "perang Rusia-Ukraina" too.
 *
 * Roles:
 * - `anchor`: names that by themselves point at the topic (NATO, Kyiv,
 *   Zelensky, Bakhmut). Only anchors make a paragraph count as "on topic".
 * - `context`: war and alliance vocabulary that many other stories share
 *   (rudal, sanksi, gencatan senjata, aliansi, Pasal 5). It counts only in a
 *   paragraph that also holds an anchor: a ceasefire in Gaza or "Pasal 363
 *   KUHP" says nothing about Ukraine.
 * - `sport`: sports vocabulary; when it outweighs the anchors the article is
 *   about a match or an athlete, and the topic is vetoed.
 * - `economy`: price, trade and market vocabulary; when it far outweighs the
 *   war's own vocabulary the page is a price story citing the war.
 * - `block`: names that contain an anchor but mean something else (the
 *   tennis player Daniil Medvedev, the club Shakhtar Donetsk) or a word that
 *   is not the war ("kapal perang", a warship). Matched first; their tokens
 *   are then not read again. A block may also count as sport.
 */
import type { TopicSignalKind } from './types';

export type LexiconRole = 'anchor' | 'context' | 'sport' | 'economy' | 'block';

/**
 * How far an anchor points at the war itself (see `breadth`):
 * - `country`: the two countries by name. Trade, sport, tourism and price
 *   stories name them as often as war reports do.
 * - `state`: the Russian state and its people (Moskow, the Kremlin, Putin,
 *   Lavrov). They make bilateral, diplomatic and domestic Russian news as well
 *   as war news: a state visit to the Kremlin is not a war story by itself.
 * - `war` (the default): names that are the war or the alliance: Kyiv,
 *   Zelensky, the fronts, the weapons, NATO, "invasi Rusia".
 */
export type AnchorBreadth = 'country' | 'state' | 'war';

/**
 * Which party of the war a name stands for, where that matters: names of
 * Russia and its state (`russia`) fill bilateral news (state visits, joint
 * exercises, tourists, trade) where Ukraine and the war never come up.
 */
export type AnchorSide = 'russia';
export type LexiconTopic = 'nato' | 'ukraine-war';

export interface LexiconEntry {
  /** Display label shown as evidence ("Zelensky", "KTT NATO"). */
  label: string;
  role: LexiconRole;
  topic: LexiconTopic;
  kind: TopicSignalKind;
  /** Points per occurrence before zone and repetition scaling. */
  weight: number;
  /** Spellings and variants; each is a phrase of one or more words. */
  phrases: string[];
  /** For blocks: whether the blocked phrase also counts as sports vocabulary. */
  sport?: boolean;
  /** For anchors: how specific to the war the name is; `war` when absent. */
  breadth?: AnchorBreadth;
  /** For anchors: `russia` for Russia and its state; absent for the rest. */
  side?: AnchorSide;
}

const nato = (
  label: string,
  role: LexiconRole,
  kind: TopicSignalKind,
  weight: number,
  phrases: string[],
): LexiconEntry => ({ label, role, topic: 'nato', kind, weight, phrases });

const war = (
  label: string,
  role: LexiconRole,
  kind: TopicSignalKind,
  weight: number,
  phrases: string[],
): LexiconEntry => ({ label, role, topic: 'ukraine-war', kind, weight, phrases });

const withBreadth = (entry: LexiconEntry, breadth: AnchorBreadth): LexiconEntry => ({ ...entry, breadth });
const russian = (entry: LexiconEntry): LexiconEntry => ({ ...entry, side: 'russia' });

export const TOPIC_LEXICON: readonly LexiconEntry[] = [
  // ------------------------------------------------------------ NATO
  // The alliance itself, in the forms Indonesian outlets use. Long forms are
  // matched as phrases so "Pakta Pertahanan Atlantik Utara (NATO)" counts
  // once per form, not once per word.
  nato('NATO', 'anchor', 'organization', 1.5, [
    'nato',
    'pakta pertahanan atlantik utara',
    'pakta atlantik utara',
    'organisasi pakta atlantik utara',
    'north atlantic treaty organization',
    'otan',
  ]),
  // Offices and meetings that exist only in NATO coverage; they add to the
  // plain "NATO" they contain.
  nato('Sekjen NATO', 'anchor', 'person', 1.0, [
    'sekjen nato',
    'sekretaris jenderal nato',
    'sekretaris jenderal pakta pertahanan atlantik utara',
    'kepala nato',
    'ketua nato',
  ]),
  nato('KTT NATO', 'anchor', 'event', 1.5, [
    'ktt nato',
    'konferensi tingkat tinggi nato',
    'pertemuan puncak nato',
    'pertemuan puncak aliansi',
  ]),
  nato('keanggotaan NATO', 'anchor', 'event', 1.5, [
    'keanggotaan nato',
    'anggota nato',
    'negara anggota nato',
    'bergabung dengan nato',
    'bergabung ke nato',
    'aksesi nato',
    'perluasan nato',
    'anggota ke-31',
    'anggota ke-32',
  ]),
  nato('Traktat Atlantik Utara', 'anchor', 'term', 1.5, [
    'traktat atlantik utara',
    'perjanjian atlantik utara',
    'traktat washington',
  ]),
  nato('Stoltenberg', 'anchor', 'person', 2, ['stoltenberg', 'jens stoltenberg']),
  // Rutte was Dutch prime minister before he led NATO; Dutch politics is rare
  // enough in Indonesian news that he stays an anchor, one step lower.
  nato('Rutte', 'anchor', 'person', 1.5, ['rutte', 'mark rutte']),
  nato('Dewan NATO-Ukraina', 'anchor', 'organization', 1.0, ['dewan nato ukraina']),
  nato('latihan NATO', 'anchor', 'event', 1.0, ['steadfast defender', 'eastern sentry', 'baltic sentry']),
  // Article 5 is NATO's mutual-defence clause, but "Pasal 5" alone is just
  // "article 5" of any law, so it needs an anchor beside it.
  nato('Pasal 5', 'context', 'term', 1.5, ['pasal 5', 'pasal v', 'article 5', 'pasal lima']),
  nato('pertahanan kolektif', 'context', 'term', 1.0, ['pertahanan kolektif', 'pertahanan bersama']),
  nato('sayap timur', 'context', 'term', 1.0, ['sayap timur', 'flank timur']),
  nato('aliansi', 'context', 'term', 0.5, ['aliansi', 'sekutu', 'blok militer', 'aliansi militer']),
  nato('belanja pertahanan', 'context', 'term', 0.5, ['belanja pertahanan', 'anggaran pertahanan']),
  // Nordic membership stories are NATO stories only next to an anchor;
  // Finland and Sweden appear in plenty of other news.
  nato('Finlandia/Swedia', 'context', 'place', 0.5, ['finlandia', 'swedia', 'finland', 'sweden']),

  // ------------------------------------------------------------ Russia-Ukraine war
  // The two countries. Either alone appears in sports, oil-price and UN-vote
  // stories; together with the rest of the lexicon they carry the topic.
  // Their breadth is `country`; Moscow and the Kremlin are the Russian state
  // (`state`), which bilateral news names as often as war news does.
  withBreadth(war('Ukraina', 'anchor', 'place', 1.0, ['ukraina', 'ukraine']), 'country'),
  russian(withBreadth(war('Rusia', 'anchor', 'place', 0.8, ['rusia', 'russia', 'federasi rusia']), 'country')),
  war('Kyiv', 'anchor', 'place', 1.5, ['kyiv', 'kiev', 'kyiw', 'kiew', 'kiyv']),
  russian(withBreadth(war('Moskow', 'anchor', 'place', 0.8, ['moskow', 'moskwa', 'moscow', 'moskva']), 'state')),
  russian(withBreadth(war('Kremlin', 'anchor', 'organization', 1.5, ['kremlin']), 'state')),
  war('Zelensky', 'anchor', 'person', 2, [
    'zelensky',
    'zelenskyy',
    'zelenskiy',
    'zelenskyi',
    'zelenski',
    'volodymyr zelensky',
    'volodymyr zelenskyy',
    'volodymyr zelenskiy',
  ]),
  russian(withBreadth(war('Putin', 'anchor', 'person', 1.5, ['putin', 'vladimir putin']), 'state')),

  // Places known from the front, occupation or strikes. Each is specific
  // enough that one mention is a real signal.
  war('Krimea', 'anchor', 'place', 1.5, ['krimea', 'crimea', 'semenanjung krimea']),
  war('Donbas', 'anchor', 'place', 1.5, ['donbas', 'donbass']),
  war('Donetsk', 'anchor', 'place', 1.5, ['donetsk']),
  war('Luhansk', 'anchor', 'place', 1.5, ['luhansk', 'lugansk']),
  war('Bakhmut', 'anchor', 'place', 1.5, ['bakhmut', 'artemovsk']),
  war('Kharkiv', 'anchor', 'place', 1.5, ['kharkiv', 'kharkov']),
  war('Zaporizhzhia', 'anchor', 'place', 1.5, ['zaporizhzhia', 'zaporizhia', 'zaporozhye', 'zaporizhzhya']),
  war('Kherson', 'anchor', 'place', 1.5, ['kherson']),
  war('Avdiivka', 'anchor', 'place', 1.5, ['avdiivka', 'avdeyevka']),
  war('Kursk', 'anchor', 'place', 1.5, ['kursk']),
  war('Mariupol', 'anchor', 'place', 1.5, ['mariupol', 'azovstal']),
  war('Odesa', 'anchor', 'place', 1.0, ['odesa', 'odessa']),
  war('Pokrovsk', 'anchor', 'place', 1.5, ['pokrovsk']),
  war('Bucha/Irpin', 'anchor', 'place', 1.5, ['bucha', 'irpin', 'hostomel']),
  war('Belgorod', 'anchor', 'place', 1.0, ['belgorod', 'bryansk']),
  war('Sevastopol', 'anchor', 'place', 1.0, ['sevastopol']),
  war('Dnipro', 'anchor', 'place', 1.0, ['dnipro', 'dnieper']),
  war('Lviv', 'anchor', 'place', 1.0, ['lviv']),
  war('Enerhodar', 'anchor', 'place', 1.5, ['enerhodar']),

  // People whose news is the war: Russian and Ukrainian officials, commanders.
  // Russia's ministers and spokespeople (Shoigu, Lavrov, Peskov, Zakharova,
  // Medvedev) also receive foreign ministers and sign trade deals: they are
  // the Russian state, not the war, when the bilateral frame is weighed.
  russian(withBreadth(war('Shoigu', 'anchor', 'person', 1.5, ['shoigu', 'sergei shoigu']), 'state')),
  russian(withBreadth(war('Lavrov', 'anchor', 'person', 1.5, ['lavrov', 'sergei lavrov', 'sergey lavrov']), 'state')),
  russian(withBreadth(war('Peskov', 'anchor', 'person', 1.5, ['peskov', 'dmitry peskov', 'dmitri peskov']), 'state')),
  russian(withBreadth(war('Zakharova', 'anchor', 'person', 1.0, ['zakharova', 'maria zakharova']), 'state')),
  war('Gerasimov', 'anchor', 'person', 1.5, ['gerasimov', 'valery gerasimov']),
  war('Medinsky', 'anchor', 'person', 1.5, ['medinsky', 'vladimir medinsky']),
  war('Kuleba', 'anchor', 'person', 1.5, ['kuleba', 'dmytro kuleba']),
  war('Umerov', 'anchor', 'person', 1.5, ['umerov', 'rustem umerov']),
  war('Sybiha', 'anchor', 'person', 1.5, ['sybiha', 'andrii sybiha']),
  war('Reznikov', 'anchor', 'person', 1.5, ['reznikov', 'oleksii reznikov']),
  war('Zaluzhnyi', 'anchor', 'person', 1.5, ['zaluzhnyi', 'zaluzhny']),
  war('Syrskyi', 'anchor', 'person', 1.5, ['syrskyi', 'syrsky']),
  war('Budanov', 'anchor', 'person', 1.5, ['budanov']),
  war('Yermak', 'anchor', 'person', 1.5, ['yermak', 'andriy yermak']),
  war('Podolyak', 'anchor', 'person', 1.5, ['podolyak', 'mykhailo podolyak']),
  war('Klitschko', 'anchor', 'person', 1.0, ['klitschko']),
  war('Prigozhin', 'anchor', 'person', 1.5, ['prigozhin', 'yevgeny prigozhin']),
  // Dmitry Medvedev the politician; the tennis player is blocked below, and a
  // bare "Medvedev" counts for less because it can be either.
  russian(withBreadth(war('Medvedev', 'anchor', 'person', 1.0, ['medvedev']), 'state')),
  russian(withBreadth(war('Dmitry Medvedev', 'anchor', 'person', 2, ['dmitry medvedev', 'dmitri medvedev']), 'state')),
  war('Wagner', 'anchor', 'organization', 1.0, ['wagner', 'grup wagner', 'kelompok wagner']),
  russian(war('Lukashenko', 'context', 'person', 0.5, ['lukashenko'])),

  // Events and phrases that name the war itself.
  war('invasi Rusia', 'anchor', 'event', 1.0, ['invasi rusia', 'menginvasi ukraina', 'agresi rusia']),
  war('operasi militer khusus', 'anchor', 'event', 2, ['operasi militer khusus']),
  war('serangan balasan Ukraina', 'anchor', 'event', 1.0, [
    'serangan balasan ukraina',
    'serangan balik ukraina',
    'kontraofensif ukraina',
    'serangan balasan',
    'serangan balik',
    'kontraofensif',
    'kontra-ofensif',
  ]),
  war('kesepakatan gandum', 'anchor', 'event', 1.5, [
    'kesepakatan gandum laut hitam',
    'inisiatif gandum laut hitam',
    'koridor gandum',
  ]),
  war('Holodomor', 'anchor', 'event', 1.0, ['holodomor']),

  // Weapons whose names in Indonesian news belong to this war.
  war('HIMARS', 'anchor', 'term', 1.5, ['himars']),
  war('ATACMS', 'anchor', 'term', 1.5, ['atacms']),
  war('Storm Shadow', 'anchor', 'term', 1.0, ['storm shadow']),
  war('tank Leopard', 'anchor', 'term', 1.0, ['tank leopard', 'leopard 2', 'leopard 2a6']),
  war('Shahed', 'anchor', 'term', 1.0, ['shahed']),
  war('NASAMS', 'anchor', 'term', 1.0, ['nasams']),
  // Sold worldwide; tied to the war only by its paragraph.
  war('F-16', 'context', 'term', 1.0, ['f-16', 'jet tempur f-16']),
  war('Patriot', 'context', 'term', 0.5, ['patriot', 'sistem patriot', 'rudal patriot']),
  war('senjata Barat', 'context', 'term', 0.5, ['abrams', 'bradley', 'taurus', 'javelin', 'senjata barat']),

  // Generic war vocabulary: frequent in Gaza, Sudan and Korea stories too.
  war('perang', 'context', 'term', 0.3, ['perang', 'peperangan', 'berperang', 'konflik']),
  war('invasi', 'context', 'term', 0.5, ['invasi', 'menginvasi', 'agresi']),
  war('gencatan senjata', 'context', 'term', 0.5, ['gencatan senjata']),
  war('perundingan damai', 'context', 'term', 0.5, [
    'perundingan damai',
    'pembicaraan damai',
    'delegasi ukraina',
    'delegasi kyiv',
    'negosiasi damai',
    'proposal damai',
    'rencana perdamaian',
    'perjanjian damai',
    'penyelesaian damai',
    'solusi damai',
    'misi damai',
    'misi perdamaian',
    'usulan damai',
    'usulan perdamaian',
    'proposal perdamaian',
    'jembatan perdamaian',
  ]),
  war('sanksi', 'context', 'term', 0.5, ['sanksi']),
  war('rudal', 'context', 'term', 0.4, ['rudal', 'misil', 'bom luncur']),
  war('drone', 'context', 'term', 0.4, ['drone', 'pesawat nirawak', 'pesawat tanpa awak', 'drone laut']),
  war('pertukaran tahanan', 'context', 'term', 1.0, ['pertukaran tahanan', 'tahanan perang', 'tawanan perang', 'menukar tahanan', 'bertukar tahanan', 'tukar tawanan', 'tawanan']),
  // What the war does to people and trade, beside a place of the war: refugees, evacuations, the grain corridor.
  war('pengungsi', 'context', 'term', 0.3, ['pengungsi', 'mengungsi', 'evakuasi', 'dievakuasi']),
  war('koridor gandum', 'context', 'term', 0.5, ['koridor gandum', 'kesepakatan gandum', 'kapal gandum', 'inisiatif biji bijian']),
  war('garis depan', 'context', 'term', 0.5, ['garis depan', 'front timur', 'front selatan']),
  war('pendudukan', 'context', 'term', 0.5, [
    'wilayah pendudukan',
    'diduduki',
    'pendudukan',
    'aneksasi',
    'dianeksasi',
    'mencaplok',
    'pencaplokan',
  ]),
  war('bantuan militer', 'context', 'term', 0.5, [
    'bantuan militer',
    'paket bantuan',
    'bantuan keamanan',
    'bantuan senjata',
    'pertahanan udara',
  ]),
  war('ancaman nuklir', 'context', 'term', 0.5, ['senjata nuklir', 'doktrin nuklir', 'pltn', 'iaea']),
  war('darurat militer', 'context', 'term', 0.5, ['darurat militer', 'mobilisasi']),
  war('Laut Hitam', 'context', 'place', 0.5, ['laut hitam']),
  russian(war('Belarus', 'context', 'place', 0.5, ['belarus', 'belarusia'])),

  // ------------------------------------------------------------ economy
  // Prices, trade and markets. A wheat-price or gold-price story names the
  // war as its cause; when these words far outnumber the war's own
  // vocabulary the page is about the economy (see the economic-frame veto in
  // topic.ts). Weight 0: they never add to the score.
  {
    label: 'ekonomi',
    role: 'economy',
    topic: 'ukraine-war',
    kind: 'term',
    weight: 0,
    phrases: [
      'harga', 'kenaikan harga', 'gandum', 'terigu', 'tepung', 'pasokan', 'pemasok', 'impor', 'ekspor', 'importir',
      'eksportir', 'stok', 'komoditas', 'inflasi', 'emas', 'logam mulia', 'pangan', 'pupuk', 'bbm', 'minyak mentah',
      'batu bara', 'batubara', 'rupiah', 'saham', 'ihsg', 'investor', 'suku bunga', 'produsen', 'pengusaha',
      'konsumen', 'juta ton', 'per gram', 'per kilogram', 'bahan baku', 'daya beli',
    ],
  },
  // "kapal perang" is a warship, not a war: a port call or a joint exercise
  // is full of them.
  { label: 'kapal perang', role: 'block', topic: 'ukraine-war', kind: 'term', weight: 0, phrases: ['kapal perang', 'kapal kapal perang', 'antarkapal perang'] },

  // ------------------------------------------------------------ sports
  // Names containing an anchor that are clubs, athletes or teams.
  { label: 'Daniil Medvedev', role: 'block', topic: 'ukraine-war', kind: 'person', weight: 0, phrases: ['daniil medvedev'], sport: true },
  {
    label: 'klub Ukraina',
    role: 'block',
    topic: 'ukraine-war',
    kind: 'organization',
    weight: 0,
    phrases: ['shakhtar donetsk', 'dynamo kyiv', 'dinamo kiev', 'dynamo kiev', 'dynamo moskow', 'spartak moskow', 'cska moskow'],
    sport: true,
  },
  {
    label: 'tim nasional',
    role: 'block',
    topic: 'ukraine-war',
    kind: 'organization',
    weight: 0,
    phrases: ['timnas ukraina', 'timnas rusia', 'tim nasional ukraina', 'tim nasional rusia', 'petenis rusia', 'petenis ukraina', 'atlet rusia', 'atlet ukraina', 'pevoli asing asal ukraina'],
    sport: true,
  },
  {
    label: 'olahraga',
    role: 'sport',
    topic: 'ukraine-war',
    kind: 'term',
    weight: 1,
    phrases: [
      'timnas', 'tim nasional', 'sepak bola', 'sepakbola', 'gol', 'laga', 'pertandingan', 'pelatih', 'klasemen',
      'liga', 'liga champions', 'piala dunia', 'piala eropa', 'euro 2024', 'euro 2028', 'kualifikasi', 'playoff',
      'tenis', 'petenis', 'grand slam', 'wimbledon', 'australian open', 'roland garros', 'us open', 'tiebreak',
      'atlet', 'olimpiade', 'medali', 'stadion', 'kiper', 'striker', 'gelandang', 'bulu tangkis', 'voli', 'pevoli',
      'turnamen', 'unggulan', 'semifinal', 'perempat final', 'babak gugur', 'penalti', 'skor', 'matchday',
      'penonton', 'catur', 'pecatur', 'grandmaster', 'tinju', 'petinju', 'balapan', 'pembalap',
    ],
  },
];
