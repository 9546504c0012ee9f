// @vitest-environment jsdom
/**
 * Pages far beyond any article: Jejak reads the start of them and stays
 * bounded, instead of copying and scoring every paragraph.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../lib/article/read';

function hugePage(paragraphs: number, wrapped: boolean): Document {
  const doc = document.implementation.createHTMLDocument('Siaran Langsung: Perang Rusia-Ukraina Hari ke-1000 - VOI');
  doc.head.insertAdjacentHTML('beforeend', '<meta property="og:title" content="Siaran Langsung: Perang Rusia-Ukraina Hari ke-1000">');
  const nav = doc.createElement('nav');
  nav.textContent = 'VOI — Berita Terkini | Nasional | Internasional | Olahraga';
  doc.body.append(nav);
  const h1 = doc.createElement('h1');
  h1.textContent = 'Siaran Langsung: Perang Rusia-Ukraina Hari ke-1000';
  doc.body.append(h1);
  const holder = wrapped ? doc.body.appendChild(doc.createElement('div')) : doc.body;
  if (wrapped) holder.className = 'article-content';
  for (let i = 1; i <= paragraphs; i++) {
    const p = doc.createElement('p');
    p.textContent = `Pembaruan ${i}: pasukan Ukraina melaporkan serangan drone Rusia di sekitar Kharkiv, sementara pejabat NATO di Brussels membahas bantuan pertahanan udara tambahan untuk Kyiv.`;
    holder.append(p);
  }
  return doc;
}

/** Building pages of tens of thousands of elements in jsdom takes seconds on a busy 2-core machine; a bound on a hang, not a speed check. */
const HUGE_PAGE_TIMEOUT_MS = 60_000;

describe('a huge page', { timeout: HUGE_PAGE_TIMEOUT_MS }, () => {
  it.each([
    ['in an article container', true],
    ['straight in the body', false],
  ])('yields its first paragraphs, capped, %s', (_where, wrapped) => {
    const page = readArticle(hugePage(20_000, wrapped), 'https://www.voi.id/berita/400000/siaran-langsung-perang-rusia-ukraina-hari-ke-1000');
    expect(page).toBeDefined();
    expect(page!.paragraphs[0]).toMatch(/^Pembaruan 1:/);
    expect(page!.paragraphs).toHaveLength(200);
    expect(page!.paragraphs.join(' ')).not.toContain('Berita Terkini');
    expect(page!.title).toBe('Siaran Langsung: Perang Rusia-Ukraina Hari ke-1000');
  });
});

/** A fifteen-paragraph article followed by a comment thread of `comments` paragraphs in one container. */
function articleWithComments(comments: number, threadClass: string): Document {
  const doc = document.implementation.createHTMLDocument('Sekjen NATO: Ukraina Membuat Kemajuan - VOI');
  const article = doc.body.appendChild(doc.createElement('article'));
  article.insertAdjacentHTML('beforeend', '<h1>Sekjen NATO: Ukraina Membuat Kemajuan</h1>');
  for (let i = 1; i <= 15; i++) {
    const p = article.appendChild(doc.createElement('p'));
    p.textContent = `Paragraf ${i}: Sekretaris Jenderal NATO Jens Stoltenberg mengatakan Ukraina membuat kemajuan dalam serangan balasannya, saat bertemu Presiden AS di Washington.`;
  }
  const thread = doc.body.appendChild(doc.createElement('section'));
  thread.className = threadClass;
  for (let i = 1; i <= comments; i++) {
    const p = thread.appendChild(doc.createElement('p'));
    p.textContent = `Komentar ${i}: menurut saya, perang ini harus segera berakhir dan semua pihak kembali ke meja perundingan secepatnya.`;
  }
  return doc;
}

describe('an article followed by 20,000 comments', { timeout: HUGE_PAGE_TIMEOUT_MS }, () => {
  it.each([
    ['a thread named as comments', 'komentar-pembaca'],
    ['a thread with a name of its own', 'tanggapan'],
  ])('yields the article, not the comments, in %s', (_what, threadClass) => {
    const page = readArticle(articleWithComments(20_000, threadClass), 'https://voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan');
    expect(page).toBeDefined();
    expect(page!.paragraphs).toHaveLength(15);
    expect(page!.paragraphs[0]).toMatch(/^Paragraf 1:/);
    expect(page!.paragraphs.join(' ')).not.toContain('Komentar');
  });

  it('yields the article on a page whose <head> a script removed', () => {
    const doc = articleWithComments(20_000, 'tanggapan');
    doc.head.remove();
    const page = readArticle(doc, 'https://voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan');
    expect(page?.paragraphs).toHaveLength(15);
  });
});

describe('an article inside an open shadow root', () => {
  it('is read, its slots filled with the host’s own children', () => {
    const doc = document.implementation.createHTMLDocument('Sekjen NATO: Ukraina Membuat Kemajuan - VOI');
    doc.body.insertAdjacentHTML('beforeend', '<nav>VOI — Berita Terkini | Nasional</nav><news-article><h1 slot="headline">Sekjen NATO: Ukraina Membuat Kemajuan</h1><p>Paragraf dari halaman: Stoltenberg bertemu Biden di Gedung Putih pada hari Selasa.</p></news-article>');
    const host = doc.querySelector('news-article')!;
    const root = host.attachShadow({ mode: 'open' });
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraf ${i + 1} di dalam komponen: Sekretaris Jenderal NATO Jens Stoltenberg mengatakan Ukraina membuat kemajuan dalam serangan balasannya melawan Rusia.</p>`).join('');
    root.innerHTML = `<article><slot name="headline"></slot>${paragraphs}<slot></slot></article>`;
    expect(doc.body.querySelectorAll('p')).toHaveLength(1);
    const page = readArticle(doc, 'https://voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan');
    expect(page).toBeDefined();
    expect(page!.paragraphs[0]).toMatch(/^Paragraf 1 di dalam komponen/);
    expect(page!.paragraphs.at(-1)).toMatch(/^Paragraf dari halaman/);
    expect(page!.paragraphs).toHaveLength(9);
    // The page itself is untouched.
    expect(host.children).toHaveLength(2);
  });
});
