/**
 * One person, however the text names them: "Presiden Biden", "Joe Biden" and
 * "Biden" are `joe-biden`. Titles are stripped, then the name is looked up in
 * the gazetteer by full name or surname; a surname misspelt by an outlet
 * ("Stoltenbreg", "Zelenksy": within typoDistance edits of a known surname)
 * is still that person; a person the gazetteer does not know gets an id from
 * their name as written.
 *
 * An office alone ("Sekjen NATO itu", "kata Presiden Rusia") resolves to the
 * person who held it (resolveOffice): the current subject if they ever held
 * it, else the holder on the article's date, else the holder the article
 * mentioned last, else the only person who held it since NO_DATE_ERA_START.
 */
import { GAZETTEER, TITLES, type GazetteerEntry } from '../gazetteer';
import type { Speaker } from '../types';

/** Surnames shorter than this are never matched loosely ("Putin" vs "Putih"). */
const TYPO_MIN_LENGTH = 6;

const personByAlias = new Map<string, GazetteerEntry>();
const surnames = new Map<string, GazetteerEntry>();
for (const e of GAZETTEER) {
  if (e.kind !== 'person') continue;
  for (const alias of e.aliases) {
    personByAlias.set(alias.toLowerCase(), e);
    const last = alias.split(/\s+/).at(-1)!;
    if (last.length >= TYPO_MIN_LENGTH) surnames.set(last.toLowerCase(), e);
  }
}

/** Edits (insert, delete, substitute, swap two neighbours) allowed between a written surname and a known one: one for 6–7 letters, two from 8. */
function typoDistance(length: number): number {
  return length >= 8 ? 2 : length >= TYPO_MIN_LENGTH ? 1 : 0;
}

/** Optimal string alignment distance, stopping early once over `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** Words already looked up; cleared when it reaches TYPO_CACHE_LIMIT so a huge text cannot grow it without bound. */
const typoCache = new Map<string, GazetteerEntry | undefined>();
const TYPO_CACHE_LIMIT = 50_000;

/** The known person a capitalised word misspells, when exactly one surname is close enough. */
export function personByTypo(word: string): GazetteerEntry | undefined {
  if (typoCache.has(word)) return typoCache.get(word);
  const found = lookUpTypo(word);
  if (typoCache.size >= TYPO_CACHE_LIMIT) typoCache.clear();
  typoCache.set(word, found);
  return found;
}

function lookUpTypo(word: string): GazetteerEntry | undefined {
  const w = word.toLowerCase();
  const max = typoDistance(w.length);
  if (max === 0 || !/^\p{Lu}/u.test(word)) return undefined;
  let best: GazetteerEntry | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const [surname, entry] of surnames) {
    const dist = editDistance(w, surname, max);
    if (dist < bestDistance) {
      best = entry;
      bestDistance = dist;
      tie = false;
    } else if (dist === bestDistance && entry !== best) tie = true;
  }
  return best && bestDistance <= max && !tie ? best : undefined;
}

export function stripTitles(name: string): string {
  let rest = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of TITLES) {
      if (rest.length > title.length && rest.startsWith(title + ' ')) {
        rest = rest.slice(title.length + 1).trim();
        changed = true;
      }
    }
  }
  return rest;
}

/** Lowercased words of places, bodies and titles: no word of a person's name is one. */
const NOT_NAME_WORDS = new Set([
  ...GAZETTEER.filter((e) => e.kind !== 'person').flatMap((e) => [e.name, ...e.aliases]).flatMap((a) => a.toLowerCase().split(/\s+/)),
  ...TITLES.flatMap((t) => t.toLowerCase().split(/\s+/)),
  'kementerian', 'kedutaan', 'besar', 'istana', 'kantor', 'pemerintah', 'juru', 'bicara', 'di', 'dari',
]);

/** Letters a given name spelt another way keeps at its start ("Valeriy" / "Valery", "Sergey" / "Sergei", "Dmitri" / "Dmitry"). */
const GIVEN_NAME_PREFIX = 3;

/**
 * The known person a name without titles is. Its longest ending that the
 * gazetteer lists decides ("Komisi Eropa von der Leyen", "Jerman Olaf
 * Scholz"). A surname alone decides only when the word before it is no
 * given name, or a given name that could be theirs spelt another way
 * ("Valeriy Gerasimov"); "Hunter Biden" and "Jill Biden" are someone else.
 */
function knownPerson(bare: string): GazetteerEntry | undefined {
  const words = bare.split(/\s+/);
  for (let k = 0; k < words.length - 1; k++) {
    const hit = personByAlias.get(words.slice(k).join(' ').toLowerCase());
    if (hit) return hit;
  }
  const bySurname = personByAlias.get(words.at(-1)!.toLowerCase()) ?? (words.length <= 3 ? personByTypo(words.at(-1)!) : undefined);
  if (!bySurname || words.length === 1) return bySurname;
  const given = words.at(-2)!.toLowerCase();
  if (NOT_NAME_WORDS.has(given) || given === given.toUpperCase()) return bySurname;
  const knownGiven = [bySurname.name, ...bySurname.aliases].map((n) => n.split(/\s+/)).filter((w) => w.length > 1).map((w) => w[0]!.toLowerCase());
  return knownGiven.some((g) => g.slice(0, GIVEN_NAME_PREFIX) === given.slice(0, GIVEN_NAME_PREFIX)) ? bySurname : undefined;
}

export function canonicalSpeaker(asWritten: string): Speaker {
  const bare = stripTitles(asWritten);
  const known = knownPerson(bare);
  if (known) return { id: known.id, name: known.name, asWritten };
  const id = bare.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return { id: id || 'unknown', name: bare, asWritten };
}

/** A surname this short ("Li", "Ng") is too common to tie a full name to a bare one. */
const SURNAME_MIN_LETTERS = 4;
/** A full name this long at most: longer runs hold an office or a body ("Kedutaan Besar Rusia di Moskwa"). */
const FULL_NAME_MAX_WORDS = 4;


/**
 * Whether two speakers are one: the same id, or one outlet gives only the
 * surname of a person another names in full ("Fedorishchev" / "Vyacheslav
 * Fedorishchev"). People the gazetteer knows share an id however they are
 * written; everyone else gets an id from the name as written. Only names of
 * people count: "Rusia" is not "Kedutaan Besar Rusia", nor "Kremlin" "Istana
 * Kremlin".
 */
export function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.id === b.id) return true;
  const x = a.name.toLowerCase().split(/\s+/).filter(Boolean);
  const y = b.name.toLowerCase().split(/\s+/).filter(Boolean);
  const [bare, full] = x.length === 1 ? [x, y] : y.length === 1 ? [y, x] : [undefined, undefined];
  if (!bare || !full || full.length > FULL_NAME_MAX_WORDS) return false;
  const surname = bare[0]!;
  if (surname.length < SURNAME_MIN_LETTERS || full.at(-1) !== surname) return false;
  return ![...bare, ...full].some((w) => NOT_NAME_WORDS.has(w));
}

export function isKnownPerson(name: string): boolean {
  return personByAlias.has(stripTitles(name).toLowerCase());
}

/** The gazetteer person a name (with or without titles, possibly misspelt) refers to. */
export function gazetteerPerson(name: string): GazetteerEntry | undefined {
  return knownPerson(stripTitles(name));
}

/** Spellings of one office reduced to one form: "Sekjen NATO" = "Sekretaris Jenderal NATO", "kepala negara Rusia" = "Presiden Rusia". */
const OFFICE_SYNONYMS: ReadonlyArray<[RegExp, string]> = [
  [/\bsekjen\b/g, 'sekretaris jenderal'],
  [/\b(?:kepala|bos|pemimpin|pimpinan) nato\b/g, 'sekretaris jenderal nato'],
  [/\bpm\b/g, 'perdana menteri'],
  [/\bmenhan\b/g, 'menteri pertahanan'],
  [/\bmenlu\b/g, 'menteri luar negeri'],
  [/\bjubir\b/g, 'juru bicara'],
  [/\bdubes\b/g, 'duta besar'],
  [/\bwapres\b/g, 'wakil presiden'],
  [/\bamerika serikat\b|\bamerika\b/g, 'as'],
  [/\bri\b/g, 'indonesia'],
  [/\b(?:kepala negara|pemimpin|orang nomor satu)\b/g, 'presiden'],
];

export function normalizeOffice(role: string): { office: string; former: boolean } {
  let office = role.toLowerCase().replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim();
  office = office.replace(/\s+(?:itu|tersebut|ini)$/u, '');
  const former = /^(?:mantan|eks|bekas)\s+/u.test(office);
  office = office.replace(/^(?:mantan|eks|bekas)\s+/u, '');
  for (const [re, to] of OFFICE_SYNONYMS) office = office.replace(re, to);
  return { office, former };
}

export interface OfficeContext {
  /** ISO date of the article, when known. */
  date?: string;
  /** Gazetteer ids of people named so far, oldest first. */
  mentioned?: readonly string[];
  /** Gazetteer id of the current subject. */
  subjectId?: string;
}

/** Without a publication date, offices that ended before this day are not candidates: the news Jejak reads is from the war years on. */
const NO_DATE_ERA_START = '2022-01-01';

/** Offices whose title is only a generic rank: matched only exactly, never as a prefix ("Presiden" alone says nothing). */
const GENERIC_OFFICES = new Set(['presiden', 'menteri', 'perdana menteri', 'wakil presiden', 'juru bicara', 'duta besar', 'kepala', 'ketua']);

/** The person an office names, or undefined when the text does not settle it. */
export function resolveOffice(role: string, ctx: OfficeContext = {}): GazetteerEntry | undefined {
  const { office, former } = normalizeOffice(role);
  if (!office || GENERIC_OFFICES.has(office)) {
    // "kata Presiden itu": only the current subject can be meant.
    return undefined;
  }
  const exact: { entry: GazetteerEntry; from?: string; to?: string }[] = [];
  const prefixed: typeof exact = [];
  for (const e of GAZETTEER) {
    for (const o of e.offices ?? []) {
      const title = normalizeOffice(o.title).office;
      if (title === office) exact.push({ entry: e, from: o.from, to: o.to });
      else if (title.startsWith(office + ' ')) prefixed.push({ entry: e, from: o.from, to: o.to });
    }
  }
  const mentioned = ctx.mentioned ?? [];
  // A bare rank with a country left out ("Kanselir") counts only for people the article names.
  const pool = exact.length > 0 ? exact : prefixed.filter((c) => mentioned.includes(c.entry.id));
  if (pool.length === 0) return undefined;
  const subject = pool.find((c) => c.entry.id === ctx.subjectId);
  if (subject) return subject.entry;
  if (ctx.date) {
    const day = ctx.date.slice(0, 10);
    const atDate = pool.filter((c) => (former
      ? c.to !== undefined && c.to <= day
      : (c.from === undefined || c.from <= day) && (c.to === undefined || day < c.to)));
    const ids = new Set(atDate.map((c) => c.entry.id));
    if (ids.size === 1) return atDate[0]!.entry;
  }
  for (let i = mentioned.length - 1; i >= 0; i--) {
    const hit = pool.find((c) => c.entry.id === mentioned[i]);
    if (hit) return hit.entry;
  }
  // No date and nobody named: the only holder in the era the extension covers.
  const inEra = former ? pool : pool.filter((c) => c.to === undefined || c.to > NO_DATE_ERA_START);
  const ids = new Set(inEra.map((c) => c.entry.id));
  return ids.size === 1 ? inEra[0]!.entry : undefined;
}
