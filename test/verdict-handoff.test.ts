import { describe, expect, it } from 'vitest';
import { handVerdict, takeVerdict } from '../entrypoints/article/decide';

describe("the first look's verdict handed to the article script", () => {
  const page = 'https://voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan';

  it('is taken once, for the address it was made for', () => {
    handVerdict(page, 'likely');
    expect(takeVerdict(page)).toBe('likely');
    // A second look (a later location change) reads the page again.
    expect(takeVerdict(page)).toBeUndefined();
  });

  it('is never used for another address: a single-page app moved on before the article script ran', () => {
    handVerdict(page, 'possible');
    expect(takeVerdict('https://voi.id/berita/300000/harga-cabai-naik')).toBeUndefined();
    expect(takeVerdict(page)).toBeUndefined();
  });
});
