/**
 * The roots an Indonesian word may be built on, for telling when two
 * translators used one word in two forms ("gertakan" / "menggertak",
 * "tusukan" / "menusuk", "penulis" / "ditulis").
 *
 * The Snowball stemmer (tokens.ts) picks one root per word without a
 * dictionary, and two forms of one word often come out apart: it reads
 * "gertakan" as gerta + -kan and "menggertak" as gertak; it drops the
 * consonant a nasal prefix swallowed ("menusuk" → usuk, "menargetkan" →
 * arget). Without a dictionary the ambiguity cannot be settled for one word,
 * but it need not be: each word gets every reading the affix rules allow,
 * and two words are one when a reading is shared.
 *
 * Readings: particles and possessives (-lah, -kah, -pun, -nya, -ku, -mu)
 * off; then -kan, -an or -i off, or none; then up to two prefixes off
 * (di-, ter-, ber-, ke-, per-, and meN-/peN- with the consonant the nasal
 * swallowed put back: meny- → s, men- → t, mem- → p, meng- → k or none).
 * Readings shorter than MIN_READING letters are left out: "perang" read as
 * pe- + "rang" would meet "serang".
 */
import { stem } from './tokens';

/** Shorter readings meet unrelated words by chance. */
const MIN_READING = 5;
const PARTICLES = /(?:lah|kah|pun|nya|ku|mu)$/;
const SUFFIXES = ['kan', 'an', 'i'];
const VOWEL = /^[aeiou]/;

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 100_000;

/** The readings of one prefix taken off `word` (none when no prefix fits). */
function unprefixed(word: string): string[] {
  const out: string[] = [];
  for (const p of ['di', 'ter', 'ber', 'ke', 'per']) if (word.startsWith(p)) out.push(word.slice(p.length));
  for (const p of ['me', 'pe']) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(2);
    if (rest.startsWith('ny') && VOWEL.test(rest.slice(2))) out.push(`s${rest.slice(2)}`);
    else if (rest.startsWith('ng')) {
      const tail = rest.slice(2);
      out.push(tail);
      if (VOWEL.test(tail)) out.push(`k${tail}`);
    } else if (rest.startsWith('m')) {
      const tail = rest.slice(1);
      if (VOWEL.test(tail)) out.push(`p${tail}`);
      else out.push(tail);
    } else if (rest.startsWith('n')) {
      const tail = rest.slice(1);
      if (VOWEL.test(tail)) out.push(`t${tail}`);
      else out.push(tail);
    } else if (/^[lrwy]/.test(rest)) out.push(rest);
  }
  return out;
}

/**
 * Every root `word` (lowercased) may be read as: its Snowball stem first,
 * then the readings of the affix rules above.
 */
export function roots(word: string): readonly string[] {
  let out = cache.get(word);
  if (out) return out;
  const found = new Set<string>([stem(word)]);
  const bare = word.length - 3 >= MIN_READING ? word.replace(PARTICLES, '') : word;
  const stems = [...new Set([word, bare])].flatMap((w) => [w, ...SUFFIXES.filter((s) => w.endsWith(s)).map((s) => w.slice(0, -s.length))]);
  for (const s of stems) {
    const once = unprefixed(s);
    for (const r of [s, ...once, ...once.flatMap(unprefixed)]) if (r.length >= MIN_READING) found.add(r);
  }
  out = [...found];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}
