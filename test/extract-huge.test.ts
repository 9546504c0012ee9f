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

describe('a huge page', () => {
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
