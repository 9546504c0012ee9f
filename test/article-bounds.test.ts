// @vitest-environment jsdom
/**
 * What Readability is given on a page built to be heavy: a copy bounded in
 * depth and element count (lib/article/read.ts), so its work stays bounded,
 * and the article still read where it is there to be read. No timing is
 * asserted here; npm run bench:browser measures the time.
 */
import { describe, expect, it, vi } from 'vitest';
import { MAX_DEPTH, MAX_ELEMENTS, readArticle, readArticleSteps } from '../lib/article/read';

/** The size of every document handed to Readability, as it was handed over. */
const given = vi.hoisted(() => [] as { depth: number; elements: number }[]);
vi.mock('@mozilla/readability', async (importOriginal) => {
  const real = await importOriginal<typeof import('@mozilla/readability')>();
  class Recording<T> extends real.Readability<T> {
    constructor(doc: Document, options?: ConstructorParameters<typeof real.Readability<T>>[1]) {
      given.push(sizeOf(doc));
      super(doc, options);
    }
  }
  return { ...real, Readability: Recording };
});

/** Deepest element (the root element at 1) and element count of a document, walked without recursion. */
function sizeOf(doc: Document): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    depth = Math.max(depth, d);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { depth, elements };
}

/** Elements the bounded copy keeps beside the body's: <html>, <head> and what it holds, <body>. */
const FRAME_ELEMENTS = 8;

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
    given.length = 0;
    const page = readArticle(nestedPage(2_500), 'https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan');
    expect(page?.paragraphs.some((p) => p.includes('Semakin banyak wilayah'))).toBe(true);
    expect(given).toHaveLength(1);
    // <html> and <body> above the copied elements.
    expect(given[0]!.depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
  });

  it(`reads an article among 40,000 other elements from a copy of at most ${MAX_ELEMENTS.toLocaleString('en')}`, () => {
    const doc = nestedPage(3);
    const rail = doc.body.appendChild(doc.createElement('aside'));
    for (let i = 0; i < 40_000; i++) rail.appendChild(doc.createElement('span'));
    given.length = 0;
    const page = readArticle(doc, 'https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan');
    expect(page?.paragraphs).toEqual(PARAGRAPHS);
    expect(given).toHaveLength(1);
    expect(given[0]!.elements).toBeLessThanOrEqual(MAX_ELEMENTS + FRAME_ELEMENTS);
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
