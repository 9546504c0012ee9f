// @vitest-environment jsdom
/**
 * One reader for every way Jejak meets HTML: the extension reads the live
 * page (here a jsdom document, as in a browser), the index builder and
 * `npm run analyze` read a saved page through linkedom. For the same HTML
 * both give the same article, without page furniture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { readArticle } from '../lib/article/read';
import { articleFromHtml, documentFromHtml, pageFromHtml } from '../lib/article/html';
import { isFurniture } from '../lib/article/furniture';
import { outletNamed } from '../lib/outlets';

const PAGES = join(import.meta.dirname, 'fixtures/pages');
const SHORT_ITEM = join(PAGES, 'jpnn/stoltenberg-ukraina-kemajuan-serangan-balasan');

/** A page as the browser holds it: parsed by the browser's kind of DOM, at its URL. */
function browserDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function fixtures(): { name: string; url: string; html: string }[] {
  return readdirSync(PAGES).sort().flatMap((outlet) =>
    readdirSync(join(PAGES, outlet)).filter((f) => f.endsWith('.html')).sort().map((file) => {
      const base = join(PAGES, outlet, file.replace(/\.html$/, ''));
      const { url } = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string };
      return { name: `${outlet}/${file}`, url, html: readFileSync(`${base}.html`, 'utf8') };
    }));
}

describe('reading an article', () => {
  it('reads a short item in one-sentence paragraphs that Readability alone would refuse', () => {
    const html = readFileSync(`${SHORT_ITEM}.html`, 'utf8');
    expect(isProbablyReaderable(browserDocument(html))).toBe(false);
    const page = readArticle(browserDocument(html), 'https://www.jpnn.com/news/stoltenberg-ukraina-membuat-kemajuan-dalam-serangan-balasan');
    expect(page?.paragraphs).toHaveLength(11);
    expect(page?.paragraphs[0]).toMatch(/^jpnn\.com, WASHINGTON - /);
    expect(page?.outlet).toBe('JPNN');
  });

  it('gives the index builder and the extension the same paragraphs for the same HTML', () => {
    const html = readFileSync(`${SHORT_ITEM}.html`, 'utf8');
    const inExtension = readArticle(browserDocument(html));
    const inIndex = articleFromHtml(html, { id: 'jpnn' });
    if (typeof inIndex === 'string') throw new Error(inIndex);
    expect(inIndex.paragraphs).toEqual(inExtension?.paragraphs);
    const body = inIndex.paragraphs.join('\n');
    for (const furniture of ['ADVERTISEMENT', 'Baca Juga', 'Baca:', 'Foto: Reuters', 'Suasana pertemuan', 'Tonton Video']) {
      expect(body).not.toContain(furniture);
    }
    expect(inIndex.quotes.map((q) => q.speaker?.name)).toEqual(['Jens Stoltenberg', 'Joe Biden']);
  });

  it.each(fixtures().map((f) => [f.name, f] as const))('reads %s alike in a browser DOM and in linkedom', (_name, f) => {
    const inBrowser = readArticle(browserDocument(f.html), f.url);
    const inNode = pageFromHtml(f.html, f.url);
    expect(inNode).toEqual(inBrowser);
  });

  it('reads metadata from the page when no address is given', () => {
    const page = readArticle(documentFromHtml(readFileSync(`${SHORT_ITEM}.html`, 'utf8')));
    expect(page?.url).toBe('https://www.jpnn.com/news/stoltenberg-ukraina-membuat-kemajuan-dalam-serangan-balasan');
    expect(page?.publishedAt).toBe('2023-06-14');
  });

  it('refuses a listing that declares itself an article without parsing it: its text is headlines and links', () => {
    const html = readFileSync(join(PAGES, 'cnnindonesia/indeks-internasional.html'), 'utf8');
    const parse = vi.spyOn(Readability.prototype, 'parse');
    try {
      expect(readArticle(browserDocument(html), 'https://www.cnnindonesia.com/internasional/indeks/6')).toBeUndefined();
      expect(parse).not.toHaveBeenCalled();
      // The same headlines as running text are read.
      const prose = html.replace(/<a [^>]*>|<\/a>/g, '').replace(/<(\/?)h2[^>]*>/g, '<$1p>');
      expect(readArticle(browserDocument(prose), 'https://www.cnnindonesia.com/internasional/indeks/6')).toBeDefined();
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('reads a short declared article whose sentences link the names and places they mention', () => {
    const link = (text: string) => `<a href="https://www.contoh-berita.id/tag/${encodeURIComponent(text)}">${text}</a>`;
    const sentences = [
      `Gempa bermagnitudo 4,8 mengguncang ${link('Kabupaten Garut, Jawa Barat')} pada Senin pagi.`,
      `Menurut ${link('BMKG')}, pusat gempa berada di darat pada kedalaman sepuluh kilometer.`,
      `Getaran terasa hingga ${link('Tasikmalaya')} dan ${link('Bandung')} selama beberapa detik.`,
      `Warga sempat berhamburan keluar rumah, kata ${link('Kepala Desa Cikandang')}.`,
      `Petugas ${link('BPBD Garut')} masih mendata bangunan yang retak di tiga kecamatan.`,
      `Sekolah di ${link('Cikajang')} meliburkan murid untuk pemeriksaan gedung.`,
      `${link('BMKG')} mencatat dua gempa susulan yang lebih kecil hingga siang hari.`,
      `Pantauan terkini ada di ${link('laman resmi Badan Meteorologi, Klimatologi, dan Geofisika')}.`,
      `Pemerintah daerah menyiapkan posko di halaman kantor ${link('Kecamatan Cisurupan')}.`,
    ];
    const html = `<!DOCTYPE html><html lang="id"><head><title>Gempa Guncang Garut</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Gempa Guncang Garut"}</script></head>
<body><h1>Gempa Guncang Garut</h1><div class="detail">${sentences.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
    const doc = browserDocument(html);
    expect(isProbablyReaderable(doc)).toBe(false);
    const page = readArticle(doc, 'https://www.contoh-berita.id/read/1/gempa-guncang-garut');
    expect(page?.paragraphs).toHaveLength(sentences.length);
    expect(page?.paragraphs[1]).toBe('Menurut BMKG, pusat gempa berada di darat pada kedalaman sepuluh kilometer.');
  });

  it('does not read a declared article whose body has not arrived', () => {
    const html = readFileSync(join(PAGES, 'cnnindonesia/late-body-rutte-pusat-pelatihan-polandia.html'), 'utf8');
    expect(readArticle(browserDocument(html))).toBeUndefined();
  });
});

describe('page furniture', () => {
  it.each([
    'ADVERTISEMENT', 'Baca juga: Zelensky Minta Tambahan Rudal', 'Baca: Harga Gandum Dunia Naik', 'Simak Video: Momen Stoltenberg',
    'Tonton Video: Momen Biden', '(rds/bac)', '(Tribunnews.com/Whiesa)', '[Gambas:Video CNN]', 'REUTERS | AL JAZEERA',
    'Editor: Adil', 'Rabu, 14 Juni 2023 - 09:55 WIB', 'Ikuti berita terkini di Google News',
  ])('knows "%s"', (line) => expect(isFurniture(line)).toBe(true));

  it.each([
    'Sumber: pejabat NATO yang tidak mau disebut namanya mengatakan kepada wartawan bahwa paket bantuan itu sudah disetujui para menteri pertahanan dalam pertemuan di Brussels, Belgia, pada Kamis pekan lalu, dan akan diumumkan resmi pada KTT Washington bulan depan.',
    '"Kami siap," kata Stoltenberg.',
  ])('keeps "%s"', (line) => expect(isFurniture(line)).toBe(false));
});

describe('outlet names', () => {
  it.each([
    ['TRIBUNWOW.COM', 'TribunWow'], ['Kompas.com', 'Kompas'], ['ANTARA', 'ANTARA'], ['Antara News', 'ANTARA'],
    ['Republika Online', 'Republika'], ['SINDOnews', 'Sindonews'], ['liputan6.com', 'Liputan6'], ['VOI.ID', 'VOI'],
  ])('reads "%s" as %s', (label, name) => expect(outletNamed(label)?.name).toBe(name));

  it('knows no outlet it does not list', () => expect(outletNamed('Reuters')).toBeUndefined());
});
