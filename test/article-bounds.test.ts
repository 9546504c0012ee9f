// @vitest-environment jsdom
/**
 * What Readability is given on a page built to be heavy: a copy bounded in
 * depth and element count (lib/article/read.ts), so its work stays bounded,
 * and the article still read where it is there to be read. No timing is
 * asserted here; npm run bench:browser measures the time.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, readArticle, readArticleSteps } from '../lib/article/read';

const PARAGRAPHS = [
  'JAKARTA - Sekretaris Jenderal NATO Jens Stoltenberg mengatakan Ukraina membuat kemajuan dalam serangan balasan terhadap Rusia, saat bertemu Presiden AS Joe Biden di Gedung Putih pada Selasa.',
  '"Semakin banyak wilayah yang bisa dibebaskan Ukraina, semakin kuat tangan mereka di meja perundingan," kata Stoltenberg kepada wartawan di Washington.',
  'Para pemimpin NATO akan bertemu di Vilnius bulan depan untuk membahas bantuan jangka panjang bagi Kyiv dan jalan Ukraina menuju keanggotaan aliansi.',
  'Biden menyebut dukungan sekutu terhadap Ukraina tetap kuat, sementara Moskow memperingatkan bahwa bantuan senjata memperpanjang perang.',
];

function nestedPage(depth: number): Document {
  const doc = document.implementation.createHTMLDocument('Sekjen NATO: Ukraina Membuat Kemajuan dalam Serangan Balasan - VOI');
  const meta = doc.createElement('meta');
  meta.setAttribute('property', 'og:type');
  meta.setAttribute('content', 'article');
  doc.head.append(meta);
  let parent: Element = doc.body;
  for (let i = 0; i < depth; i++) parent = parent.appendChild(doc.createElement('div'));
  const article = parent.appendChild(doc.createElement('article'));
  article.appendChild(doc.createElement('h1')).textContent = 'Sekjen NATO: Ukraina Membuat Kemajuan dalam Serangan Balasan';
  for (const text of PARAGRAPHS) article.appendChild(doc.createElement('p')).textContent = text;
  return doc;
}

describe('reading a page built to be heavy', () => {
  it(`reads an article nested 2,500 deep from a copy no deeper than ${MAX_DEPTH}`, () => {
    const page = readArticle(nestedPage(2_500), 'https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan');
    expect(page?.paragraphs.some((p) => p.includes('Semakin banyak wilayah'))).toBe(true);
  });

  it('reads a normally nested article as before, in steps that give the page its turn back', () => {
    const steps = readArticleSteps(nestedPage(8), 'https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan');
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(yields).toBeGreaterThanOrEqual(2);
    expect(step.value?.paragraphs).toEqual(PARAGRAPHS);
  });
});
