import { describe, expect, it } from 'vitest';
import { articleFromParts, MAX_ARTICLE_PARAGRAPHS, MAX_ARTICLE_TEXT_CHARS, parseSeedText } from '../lib/seed/parse';
import { normalizeText } from '../lib/text/tokens';
import { textOfRange } from '../lib/index/build';
import expected from './fixtures/seeds-expected/expected.json';
import { fixtureSeedNames, fixtureSeedText } from './fixture-seeds';

const seedNames = fixtureSeedNames();

interface Expected {
  title: string | null; outlet: string | null; dateline: string | null; publishedAt: string; citedSources: string[];
  authors?: string[]; editor?: string; dateConflict?: string[]; firstParagraphStart: string; lastParagraphEnd: string;
  quotes: [string, string][];
}
const golden = expected as unknown as Record<string, Expected>;
const raw = fixtureSeedText;
const parse = (name: string) => parseSeedText(raw(name), { id: name });

/** Lines of the raw seed that are page furniture or header, not body: written by hand from reading each seed. */
const NOT_BODY = [
  /^Bagikan:$/, /^AA$/, /^Text Sizes$/, /^(Medium|Large|Larger)$/, /^Baca [Jj]uga:/, /^Halaman:$/, /^Berita Terkait$/,
  /^image$/, /^Penulis:/, /^Editor:/, /^Konflik Rusia Vs Ukraina$/, /^Internasional$/, /^DECEMBER 9, 2022$/,
  /^Presiden Ukraina Volodymyr Zelensky resmi menandatangani/, /^Sekjen NATO Mark Rutte \(Foto: ANTARA\)$/,
  /^Kepala NATO Berharap/, /^Sekjen NATO Mark Rutte Tegaskan/, /^NATO Setujui Bantuan Keamanan dan Dukungan Pelatihan untuk Ukraina$/,
];

describe('seed parsing (golden, written by hand from the seeds)', () => {
  it('finds all five seeds', () => {
    expect(seedNames.sort()).toEqual(Object.keys(golden).sort());
  });

  for (const name of Object.keys(golden)) {
    const want = golden[name]!;
    describe(name, () => {
      const article = parse(name);
      it('reads title, outlet, dateline, date and cited sources', () => {
        expect(article.title ?? null).toBe(want.title);
        expect(article.outlet ?? null).toBe(want.outlet);
        expect(article.dateline ?? null).toBe(want.dateline);
        expect(article.publishedAt).toBe(want.publishedAt);
        expect(article.citedSources).toEqual(want.citedSources);
        if (want.authors) expect(article.authors).toEqual(want.authors);
        if (want.editor) expect(article.editor).toBe(want.editor);
      });
      it('flags conflicting dates only where the text has them', () => {
        if (want.dateConflict) expect(article.dateConflict?.dates.map((d) => d.date).sort()).toEqual(want.dateConflict);
        else expect(article.dateConflict).toBeUndefined();
      });
      it('finds every quote with its speaker, and nothing else', () => {
        expect(article.quotes.map((q) => [q.speaker?.id, q.text])).toEqual(want.quotes);
      });
      it('keeps each quote where it stands in the text', () => {
        for (const q of article.quotes) expect(textOfRange(article.paragraphs, q).replace(/[\s,]+$/, '')).toBe(q.text);
      });
      it('starts and ends the body where the article does', () => {
        expect(article.paragraphs[0]!.startsWith(want.firstParagraphStart)).toBe(true);
        expect(article.paragraphs.at(-1)!.endsWith(want.lastParagraphEnd)).toBe(true);
      });
      it('keeps every sentence of the body and drops page boilerplate', () => {
        const body = article.paragraphs.join('\n');
        const lines = normalizeText(raw(name)).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
        for (const line of lines) {
          if (NOT_BODY.some((re) => re.test(line))) {
            expect(body.includes(line), `boilerplate kept: ${line}`).toBe(false);
            continue;
          }
          const withoutSignOff = line.replace(/\s*\(TribunWow\.com\/ Tiffany Marantika\)$/, '');
          expect(body.includes(withoutSignOff), `body line lost: ${line}`).toBe(true);
        }
      });
    });
  }

  it('canonicalizes one person across the ways outlets name them', () => {
    const speakers = new Set(seedNames.flatMap((n) => parse(n).quotes.map((q) => q.speaker!.asWritten + '→' + q.speaker!.id)));
    expect(speakers).toContain('Presiden Biden→joe-biden');
    expect(speakers).toContain('Biden→joe-biden');
    expect(speakers).toContain('Jens Stoltenberg→jens-stoltenberg');
    expect(speakers).toContain('Stoltenberg→jens-stoltenberg');
    expect(speakers).toContain('PM Orban→viktor-orban');
  });

  it('counts the people, places and organisations named', () => {
    const entities = parse('003_043be2cf66e89dc0').entities;
    expect(entities.find((e) => e.id === 'mark-rutte')).toMatchObject({ kind: 'person', count: 5 });
    expect(entities.find((e) => e.id === 'polandia')).toMatchObject({ kind: 'place', count: 1 });
    expect(entities.find((e) => e.id === 'nato')).toMatchObject({ kind: 'organization' });
  });
});

describe('quote extraction on hard input', () => {
  const parseText = (text: string) => parseSeedText(text, { id: 't' });

  it('runs a quote over several paragraphs', () => {
    const a = parseText('JAKARTA - Biden berbicara di Gedung Putih pada hari Selasa tentang dukungan untuk Ukraina dan NATO.\n\n"Kami akan terus mendukung Ukraina.\n\n"Dan kami tidak akan mundur," kata Biden.');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.text).toBe('Kami akan terus mendukung Ukraina.\nDan kami tidak akan mundur');
    expect(a.quotes[0]!.range).toMatchObject({ paragraph: 1, endParagraph: 2 });
  });

  it('does not let an unclosed quote mark swallow the article', () => {
    const a = parseText('"Ini tidak pernah ditutup, kata Stoltenberg.\n\nParagraf berikutnya biasa saja.\n\n"Kami siap," ujar Rutte.');
    expect(a.quotes.map((q) => q.text)).toEqual(['Kami siap']);
    expect(a.warnings.some((w) => /Unclosed quote/.test(w.message) && w.line === 1)).toBe(true);
  });

  it('takes a quote an outlet forgot to close when a verb of speaking opens it and its sentence ends the paragraph', () => {
    const a = parseText('Dalam pidatonya, Putin mengatakan bahwa "ambisi pribadi yang berlebihan telah berujung pada pengkhianatan.\n\nParagraf berikutnya biasa saja.');
    expect(a.quotes.map((q) => [q.speaker?.id, q.text])).toEqual([['vladimir-putin', 'ambisi pribadi yang berlebihan telah berujung pada pengkhianatan.']]);
    // Without the verb, or cut off mid-sentence, the mark is still a stray one.
    expect(parseText('Putin tampil di televisi: "ambisi pribadi yang berlebihan telah berujung pada pengkhianatan.\n\nParagraf berikutnya.').quotes).toEqual([]);
    expect(parseText('Putin mengatakan bahwa "ambisi pribadi yang berlebihan telah berujung pada\n\nParagraf berikutnya.').quotes).toEqual([]);
  });

  it('resolves speakers named before the quote', () => {
    const a = parseText('Menurut Umerov, prioritasnya adalah "bantuan keamanan."\n\nIa menambahkan, "Kami berterima kasih."\n\nStoltenberg mengatakan: "Kami bersatu."');
    expect(a.quotes.map((q) => [q.speaker?.id, q.cue])).toEqual([
      ['rustem-umerov', 'Menurut'], ['rustem-umerov', 'Ia menambahkan'], ['jens-stoltenberg', 'mengatakan'],
    ]);
  });

  it('does not report quoted words without a speaker', () => {
    expect(parseText('Film "Perang dan Damai" diputar lagi di bioskop Jakarta pekan ini.').quotes).toEqual([]);
  });

  it('gives an empty article a warning instead of failing', () => {
    const a = parseText('');
    expect(a.paragraphs).toEqual([]);
    expect(a.warnings[0]!.message).toMatch(/No article text/);
  });

  it('handles a paragraph of 10,000 quote marks, and reads a 2 MB text as one article up to its bound, saying so', () => {
    expect(() => parseText('"'.repeat(10_000))).not.toThrow();
    const sentence = 'Stoltenberg mengatakan "Kami siap membantu Ukraina." kepada wartawan di Brussels.\n';
    const big = sentence.repeat(25_000);
    const article = parseText(big);
    expect(article.paragraphs).toHaveLength(MAX_ARTICLE_PARAGRAPHS);
    expect(article.quotes).toHaveLength(MAX_ARTICLE_PARAGRAPHS);
    expect(article.warnings.map((w) => w.message).join(' ')).toMatch(/only the first/);
    const spaced = sentence.replace('\n', ' ');
    expect(parseText(spaced.repeat(25_000)).quotes.length).toBe(Math.floor(MAX_ARTICLE_TEXT_CHARS / spaced.length));
  });
});

describe('the outlet, where the text or its address says it', () => {
  const body = (cite: string) =>
    `JAKARTA - Sekretaris Jenderal NATO Jens Stoltenberg bertemu Presiden Joe Biden di Gedung Putih pada Selasa pekan ini.\n\n${cite}, Stoltenberg mengatakan Ukraina membuat kemajuan.`;

  it('reads an outlet naming itself as the one that quoted a source', () => {
    const article = parseSeedText(body('Dikutip TribunWow.com dari Channel News Asia'), { id: 'self' });
    expect(article.outlet).toBe('TribunWow');
    expect(article.citedSources).toEqual(['Channel News Asia']);
    // Another outlet's address in an article of a known outlet is a source, beside the one it quoted.
    expect(parseSeedText(body('Dikutip Kompas.com dari AFP'), { id: 'tribun', sidecar: { outlet: 'Tribunnews' } }).citedSources).toEqual(['Kompas.com', 'AFP']);
  });

  it('does not take a cited source for the publisher', () => {
    expect(parseSeedText(body('Seperti dilansir Reuters'), { id: 'reuters' }).outlet).toBeUndefined();
    expect(parseSeedText(body('Dikutip dari Kompas.com'), { id: 'cited' }).outlet).toBeUndefined();
    expect(parseSeedText(body('Dilansir ANTARA dari Anadolu'), { id: 'agency' }).outlet).toBeUndefined();
  });

  it('names a sidecar outlet and an outlet address as Jejak names the outlet', () => {
    expect(parseSeedText(body('Kata dia'), { id: 'sidecar', sidecar: { outlet: 'voi.id' } }).outlet).toBe('VOI');
    const fromUrl = articleFromParts({ id: 'url', url: 'https://internasional.kompas.com/read/2023/06/14/nato', paragraphs: ['Stoltenberg bertemu Biden.'] });
    expect(fromUrl.outlet).toBe('Kompas');
    expect(articleFromParts({ id: 'other', url: 'https://example.org/nato', paragraphs: ['Stoltenberg bertemu Biden.'] }).outlet).toBeUndefined();
  });
});
