/**
 * Text that is the same to a reader is the same to Jejak: invisible
 * characters, soft hyphens, stray combining marks and compatibility forms
 * inside words change no match, and a quote is still found in a page that
 * holds them (test/find-text.test.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, normalizeWithOffsets, sourceRange } from '../lib/text/normalize';
import { createEngine } from '../lib/match/engine';
import { buildIndex } from '../lib/index/build';
import { loadFixtureSeeds } from './fixture-seeds';

/** What copy protection and CMSs put inside words: a reader sees none of it. */
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\uFE0F'];
/** Combining marks no Latin letter composes with: drawn under the letter, if at all. */
const STRAY_MARKS = ['\u0353', '\u0359', '\u035A'];

/** The same text as a hostile page shows it: every longer word carries an
 * invisible character or a stray mark, some in fullwidth letters, the rest decomposed. */
function pollute(text: string, seed: number): string {
  let n = seed;
  return text.replace(/\p{L}{4,}/gu, (word) => {
    n = (n * 1103515245 + 12345) % 2147483648;
    const pick = n % 4;
    const cut = 1 + (n % (word.length - 2));
    if (pick === 0) return word.slice(0, cut) + INVISIBLES[n % INVISIBLES.length] + word.slice(cut);
    if (pick === 1) return word.slice(0, cut) + STRAY_MARKS[n % STRAY_MARKS.length] + word.slice(cut);
    if (pick === 2) return [...word].map((c) => (/[A-Za-z]/.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');
    return word.normalize('NFD') + '\u00AD';
  });
}

describe('normalizeText', () => {
  it('drops what a reader cannot see and folds compatibility forms', () => {
    expect(normalizeText('Ka\u200Bmi a\u00ADkan men\u2060du\u034Fkung ｕｋｒａｉｎａ')).toBe('Kami akan mendukung ukraina');
    expect(normalizeText('caf\u0065\u0301 \u00ABsulit\u00BB \uFB01nal\u2026')).toBe('café "sulit" final...');
    expect(normalizeText('kat\u0353a')).toBe('kata');
  });

  it('keeps the marks of scripts that need them', () => {
    expect(normalizeText('\u0627\u0644\u0639\u064E\u0631\u0628\u064A\u0629')).toContain('\u064E');
  });

  it('is the same with invisible characters inserted anywhere', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES))), (text, inserts) => {
        let polluted = text;
        for (const [at, ch] of inserts) {
          const i = at % (polluted.length + 1);
          // Not inside a surrogate pair: that would be a different string to a reader too.
          if (/[\uDC00-\uDFFF]/.test(polluted[i] ?? '')) continue;
          polluted = polluted.slice(0, i) + ch + polluted.slice(i);
        }
        expect(normalizeText(polluted)).toBe(normalizeText(text.replace(/\p{Default_Ignorable_Code_Point}/gu, '')));
      }),
    );
  });

  it('is idempotent, and its offset map gives the same text and ranges inside the source', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        const mapped = normalizeWithOffsets(text);
        expect(mapped.text).toBe(once);
        for (let i = 0; i < mapped.text.length; i++) {
          expect(mapped.start[i]).toBeLessThan(mapped.end[i]!);
          expect(mapped.end[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(mapped.start[i]).toBeGreaterThanOrEqual(mapped.start[i - 1]!);
        }
      }),
    );
  });

  it('maps a range of the normalized text back onto the characters it came from', () => {
    const source = 'Kata Stolten\u200Bberg: \u201CSemakin ba\u00ADnyak\u201D';
    const mapped = normalizeWithOffsets(source);
    const at = mapped.text.indexOf('Semakin banyak');
    const { start, end } = sourceRange(mapped, at, at + 'Semakin banyak'.length);
    expect(source.slice(start, end)).toBe('Semakin ba\u00ADnyak');
  });
});

describe('a page with invisible characters, stray marks and fullwidth letters', () => {
  const seeds = loadFixtureSeeds((name) => name.slice(0, 3));
  const engine = createEngine(buildIndex(seeds.filter((a) => a.id !== '000')));
  const page = seeds.find((a) => a.id === '000')!;
  const analyse = (paragraphs: string[]) => {
    const analysis = engine.analyze({ title: page.title, paragraphs, url: 'https://www.voi.id/berita/uji' }, { force: true });
    return analysis.quotes.map((r) => ({
      quote: r.quote.text,
      matches: r.matches.map((m) => `${m.articleId} ${m.kind} ${m.quoteIds.join(',')}`),
    }));
  };

  it('gives the same quote matches as the clean page', () => {
    const clean = analyse(page.paragraphs);
    expect(clean.some((q) => q.matches.length > 0)).toBe(true);
    for (const seed of [1, 2, 3]) {
      const polluted = page.paragraphs.map((p) => pollute(p, seed));
      expect(polluted.join('\n')).not.toBe(page.paragraphs.join('\n'));
      expect(analyse(polluted)).toEqual(clean);
    }
  });
});
