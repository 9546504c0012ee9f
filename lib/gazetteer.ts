/**
 * People, places and organisations this domain's news names, with the
 * spellings Indonesian outlets use. A curated list beats a general
 * named-entity model here: it is small, exact, and runs anywhere.
 */
import type { EntityKind } from './types';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: EntityKind;
  /** Every spelling, including the display name. Matched case-sensitively on word boundaries. */
  aliases: string[];
  role?: string;
}

const person = (id: string, name: string, aliases: string[], role?: string): GazetteerEntry => ({
  id, name, kind: 'person', aliases: [name, ...aliases], role,
});
const place = (id: string, name: string, aliases: string[] = []): GazetteerEntry => ({ id, name, kind: 'place', aliases: [name, ...aliases] });
const org = (id: string, name: string, aliases: string[] = []): GazetteerEntry => ({ id, name, kind: 'organization', aliases: [name, ...aliases] });

export const GAZETTEER: readonly GazetteerEntry[] = [
  person('jens-stoltenberg', 'Jens Stoltenberg', ['Stoltenberg'], 'Sekjen NATO 2014–2024'),
  person('mark-rutte', 'Mark Rutte', ['Rutte'], 'Sekjen NATO sejak 2024'),
  person('joe-biden', 'Joe Biden', ['Biden', 'Joseph Biden'], 'Presiden AS 2021–2025'),
  person('donald-trump', 'Donald Trump', ['Trump'], 'Presiden AS'),
  person('vladimir-putin', 'Vladimir Putin', ['Putin'], 'Presiden Rusia'),
  person('volodymyr-zelensky', 'Volodymyr Zelensky', ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskyy'], 'Presiden Ukraina'),
  person('rustem-umerov', 'Rustem Umerov', ['Umerov'], 'Menteri Pertahanan Ukraina'),
  person('dmytro-kuleba', 'Dmytro Kuleba', ['Kuleba']),
  person('andrii-sybiha', 'Andrii Sybiha', ['Sybiha']),
  person('sergei-lavrov', 'Sergei Lavrov', ['Lavrov', 'Sergey Lavrov']),
  person('sergei-shoigu', 'Sergei Shoigu', ['Shoigu']),
  person('dmitry-peskov', 'Dmitry Peskov', ['Peskov']),
  person('pete-hegseth', 'Pete Hegseth', ['Hegseth']),
  person('lloyd-austin', 'Lloyd Austin', ['Austin']),
  person('antony-blinken', 'Antony Blinken', ['Blinken']),
  person('viktor-orban', 'Viktor Orban', ['Orban', 'Orbán', 'Viktor Orbán']),
  person('emmanuel-macron', 'Emmanuel Macron', ['Macron']),
  person('olaf-scholz', 'Olaf Scholz', ['Scholz']),
  person('recep-tayyip-erdogan', 'Recep Tayyip Erdogan', ['Erdogan', 'Erdoğan']),
  person('xi-jinping', 'Xi Jinping', []),
  person('joko-widodo', 'Joko Widodo', ['Jokowi']),
  person('prabowo-subianto', 'Prabowo Subianto', ['Prabowo']),
  person('vasyl-hamianin', 'Vasyl Hamianin', ['Hamianin']),
  place('ukraina', 'Ukraina', ['Ukraine']),
  place('rusia', 'Rusia', ['Russia']),
  place('amerika-serikat', 'Amerika Serikat', ['AS']),
  place('kyiv', 'Kyiv', ['Kiev', 'Kyiw']),
  place('moskow', 'Moskow', ['Moscow']),
  place('washington', 'Washington'),
  place('vilnius', 'Vilnius'),
  place('lituania', 'Lituania', ['Lithuania']),
  place('polandia', 'Polandia'),
  place('brussels', 'Brussels', ['Brussel']),
  place('krimea', 'Krimea', ['Crimea']),
  place('bakhmut', 'Bakhmut'),
  place('donbas', 'Donbas', ['Donbass']),
  place('kharkiv', 'Kharkiv'),
  place('china', 'China', ['Tiongkok']),
  place('iran', 'Iran'),
  place('korea-utara', 'Korea Utara'),
  place('hongaria', 'Hongaria'),
  place('belanda', 'Belanda'),
  place('indonesia', 'Indonesia'),
  place('athena', 'Athena'),
  place('indo-pasifik', 'Indo-Pasifik'),
  org('nato', 'NATO', ['Pakta Pertahanan Atlantik Utara']),
  org('uni-eropa', 'Uni Eropa', ['UE']),
  org('pbb', 'PBB'),
  org('kremlin', 'Kremlin'),
  org('gedung-putih', 'Gedung Putih'),
  org('pentagon', 'Pentagon'),
  org('cnn', 'CNN'),
];

/** Titles that precede a name and are not part of it. Longest first. */
export const TITLES: readonly string[] = [
  'Sekretaris Jenderal NATO', 'Sekretaris Jenderal', 'Sekjen NATO', 'Sekjen', 'Perdana Menteri', 'PM',
  'Presiden AS', 'Presiden Amerika Serikat', 'Presiden Rusia', 'Presiden Ukraina', 'Presiden',
  'Menteri Pertahanan AS', 'Menteri Pertahanan Ukraina', 'Menteri Pertahanan', 'Menhan', 'Menteri Luar Negeri', 'Menlu',
  'Kanselir', 'Wakil Presiden', 'Juru Bicara', 'Jubir', 'Dubes', 'Jenderal',
];
