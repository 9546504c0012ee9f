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
