/**
 * One place named at two scales: outlets translating one sentence write
 * "di Den Haag" or "di Belanda", "Moskow" or "Rusia" (a capital for its
 * government), "Amerika Serikat" or "AS". Quote matching must not read such a
 * pair as one name swapped for another.
 *
 * Each entry is a country (every spelling Indonesian outlets use) and the
 * cities and seats of government that stand for it in news copy.
 */
const COUNTRIES: readonly { names: readonly string[]; seats: readonly string[] }[] = [
  { names: ['Rusia', 'Russia', 'Federasi Rusia'], seats: ['Moskow', 'Moskwa', 'Moscow', 'Kremlin', 'St Petersburg', 'Sankt Peterburg'] },
  { names: ['Ukraina', 'Ukraine'], seats: ['Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Kherson', 'Mariupol', 'Bakhmut', 'Donetsk', 'Luhansk', 'Krimea', 'Crimea', 'Zaporizhzhia', 'Donbas', 'Mykolaiv'] },
  { names: ['Amerika Serikat', 'AS', 'Amerika', 'USA', 'US'], seats: ['Washington', 'Gedung Putih', 'Pentagon'] },
  { names: ['Belanda'], seats: ['Den Haag', 'The Hague', 'Amsterdam'] },
  { names: ['Belgia'], seats: ['Brussel', 'Brussels'] },
  { names: ['Jerman'], seats: ['Berlin'] },
  { names: ['Prancis', 'Perancis'], seats: ['Paris', 'Elysee'] },
  { names: ['Inggris', 'Britania Raya', 'Britania'], seats: ['London', 'Downing Street'] },
  { names: ['China', 'Tiongkok', 'Cina'], seats: ['Beijing'] },
  { names: ['Indonesia', 'RI'], seats: ['Jakarta', 'Istana', 'Bogor'] },
  { names: ['Turki', 'Turkiye', 'Türkiye'], seats: ['Ankara', 'Istanbul'] },
  { names: ['Swedia'], seats: ['Stockholm'] },
  { names: ['Finlandia'], seats: ['Helsinki'] },
  { names: ['Polandia'], seats: ['Warsawa', 'Warsaw'] },
  { names: ['Belarus', 'Belarusia'], seats: ['Minsk'] },
  { names: ['Lituania', 'Lithuania'], seats: ['Vilnius'] },
  { names: ['Spanyol'], seats: ['Madrid'] },
  { names: ['Jepang'], seats: ['Tokyo'] },
  { names: ['Hungaria'], seats: ['Budapest'] },
  { names: ['Italia'], seats: ['Roma'] },
  { names: ['Kanada'], seats: ['Ottawa'] },
  { names: ['Korea Utara'], seats: ['Pyongyang'] },
  { names: ['Iran'], seats: ['Teheran', 'Tehran'] },
];

const COUNTRY_OF = new Map<string, number>();
COUNTRIES.forEach((c, i) => {
  for (const name of [...c.names, ...c.seats]) COUNTRY_OF.set(name.toLowerCase(), i);
});

/** Which country a place name stands for, by index, or undefined for a name this list does not know. */
function countryOf(name: string): number | undefined {
  return COUNTRY_OF.get(name.trim().toLowerCase());
}

/** True when two place names are one country at two scales (or two spellings of it). */
export function samePlaceAtTwoScales(a: string, b: string): boolean {
  const x = countryOf(a);
  return x !== undefined && x === countryOf(b);
}
