// @vitest-environment jsdom
/**
 * Click-to-quote in a page with invisible characters and stray marks inside
 * the quote's words: the quote (normalized text) is found, and the range
 * covers the page's own characters, so the highlight spans exactly what a
 * reader sees.
 */
import { describe, expect, it } from 'vitest';
import { findTextRange } from '../entrypoints/article/find-text';

describe('finding a quote in the live page', () => {

  it('finds a quote in the live page and highlights exactly the page characters it spans', () => {
    const quote = 'Semakin banyak wilayah yang bisa dibebaskan Ukraina';
    document.body.innerHTML = `<article><p>Stoltenberg berkata: \u201CSemakin ba\u200Bnyak <b>wila\u00ADyah</b> yang bi\u034Fsa dibebaskan Ukrai\u0353na\u201D, di Vilnius.</p></article>`;
    const range = findTextRange(document.body, quote);
    expect(range?.toString()).toBe('Semakin ba\u200Bnyak wila\u00ADyah yang bi\u034Fsa dibebaskan Ukrai\u0353na');
  });

  it('finds a quote whose marks and spaces differ from the page, across elements', () => {
    document.body.innerHTML = '<p>Ia berkata, \u201CKami  akan <i>mendukung</i>\u00A0Ukraina\u201D.</p>';
    expect(findTextRange(document.body, 'kami akan mendukung Ukraina')?.toString()).toBe('Kami  akan mendukung\u00A0Ukraina');
  });
});

describe('finding a quote in a page that shows its article through shadow roots', () => {
  const QUOTE = 'Semakin banyak wilayah yang bisa dibebaskan Ukraina';

  it('finds a quote inside an open shadow root, the range in the shadow tree', () => {
    document.body.innerHTML = '<header>Berita</header><news-article></news-article>';
    const root = document.querySelector('news-article')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<article><p>Stoltenberg: \u201C${QUOTE}\u201D.</p></article>`;
    const range = findTextRange(document.body, QUOTE);
    expect(range?.toString()).toBe(QUOTE);
    expect(range?.startContainer.getRootNode()).toBe(root);
  });

  it('reads slots as the page shows them: the host\u2019s children where its slots are, unslotted ones and filled slots\u2019 fallback left out', () => {
    document.body.innerHTML = '<news-article><span>dibebaskan</span> <span slot="akhir">Ukraina</span><span slot="tidak-ada">tersembunyi</span></news-article>';
    const root = document.querySelector('news-article')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Semakin banyak wilayah yang bisa</p><p><slot></slot> <slot name="akhir">(kosong)</slot></p>';
    expect(findTextRange(document.body, 'Semakin banyak wilayah yang bisa')?.startContainer.getRootNode()).toBe(root);
    const slotted = findTextRange(document.body, 'dibebaskan Ukraina');
    expect(slotted?.toString()).toBe('dibebaskan Ukraina');
    expect(slotted?.startContainer.getRootNode()).toBe(document);
    expect(findTextRange(document.body, 'tersembunyi')).toBeUndefined();
    expect(findTextRange(document.body, '(kosong)')).toBeUndefined();
    // The words run from the shadow tree into the page's slotted children: no range can span that, so nothing is marked.
    expect(findTextRange(document.body, 'yang bisa dibebaskan')).toBeUndefined();
  });

  it('passes over words that cross into a shadow root for a later whole occurrence', () => {
    document.body.innerHTML = '<p>Kata Stoltenberg: Semakin banyak</p><news-article></news-article><blockquote>Semakin banyak wilayah</blockquote>';
    const root = document.querySelector('news-article')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>wilayah yang bisa dibebaskan.</p>';
    const range = findTextRange(document.body, 'Semakin banyak wilayah');
    expect(range?.toString()).toBe('Semakin banyak wilayah');
    expect(range?.startContainer.parentElement?.localName).toBe('blockquote');
  });

  it('ends the range in the node the quote ends in, where the next text is in another tree', () => {
    document.body.innerHTML = '<news-article></news-article><p>dan seterusnya</p>';
    const root = document.querySelector('news-article')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>${QUOTE}</p>`;
    const range = findTextRange(document.body, QUOTE);
    expect(range?.toString()).toBe(QUOTE);
    expect(range?.endContainer.getRootNode()).toBe(root);
  });

  it('leaves closed shadow roots, scripts and styles unread', () => {
    document.body.innerHTML = `<jejak-sidebar></jejak-sidebar><script>var q = "${QUOTE}";</script><style>/* ${QUOTE} */</style>`;
    document.querySelector('jejak-sidebar')!.attachShadow({ mode: 'closed' }).innerHTML = `<p>${QUOTE}</p>`;
    expect(findTextRange(document.body, QUOTE)).toBeUndefined();
  });
});
