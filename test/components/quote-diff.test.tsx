// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
// As in the sidebar tests: the fake browser alone is all these views need.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { QuoteDiff } from '../../components/sidebar/QuoteDiff';
import { alignmentWords, alignWords } from '../../lib/match/align';
import { judgePair, typeDifferences } from '../../lib/match/quote-match';
import { expectNoAxeViolations } from './axe';

/** The ops the engine gives for two wordings, with each difference typed. */
function typedOps(page: string, other: string) {
  const alignment = alignWords(page, other);
  return typeDifferences(alignment.ops, alignmentWords(page), alignmentWords(other), alignment);
}

afterEach(cleanup);

describe('QuoteDiff', () => {
  it('marks a translator\'s word choice as removed and added words', async () => {
    const { container } = render(<QuoteDiff alignment={typedOps('Semakin banyak wilayah yang dibebaskan', 'Semakin banyak tanah yang dibebaskan')} fallbackText="" />);
    expect(container.querySelector('del')?.textContent).toContain('wilayah');
    expect(container.querySelector('ins')?.textContent).toContain('tanah');
    await expectNoAxeViolations(container);
  });

  it('keeps a number written another way quiet: no strike-through, the page\'s spelling in its title', async () => {
    const { container } = render(<QuoteDiff alignment={typedOps('Anggaran naik 2 persen tahun ini', 'Anggaran naik dua persen tahun ini')} fallbackText="" />);
    expect(container.querySelectorAll('del, ins')).toHaveLength(0);
    const notation = container.querySelector('.diff-notation')!;
    expect(notation.textContent).toContain('dua');
    expect(notation.getAttribute('title')).toContain('2');
    await expectNoAxeViolations(container);
  });

  it('flags a changed number as a different claim, in words', async () => {
    const ops = typedOps('Kami akan melatih lima brigade baru', 'Kami akan melatih tujuh brigade baru');
    expect(judgePair('Kami akan melatih lima brigade baru', 'Kami akan melatih tujuh brigade baru').match).toBe(false);
    const { container } = render(<QuoteDiff alignment={ops} fallbackText="" />);
    const claim = container.querySelector('mark.diff-claim')!;
    expect(claim.textContent).toMatch(/lima.*tujuh.*klaim berbeda/);
    await expectNoAxeViolations(container);
  });
});
