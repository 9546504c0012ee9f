import { describe, expect, it } from 'vitest';
import { quickTokens, topicTokens, urlWords } from '../lib/match/quick-topic';

describe('the first look reads metadata words as the full check does', () => {
  const samples = [
    'Sekjen NATO: Ukraina Akan Jadi Anggota – Zelenskyy Sambut “Sinyal Kuat”',
    'Rusia-Ukraina Sepakati Pertukaran Tawanan, Kyiv’s Pesan untuk Moskwa',
    'Putin\u200B Ancam Barat; Pasal\u00AD 5 NATO Dibahas di Brüssel (Belgia)',
    'KTT G20 Bali 2022: Zelensky Pidato Virtual — "G19 yang Terhormat"',
  ];
  it.each(samples)('%s', (title) => {
    expect(quickTokens(title)).toEqual(topicTokens(title));
  });

  it('reads a URL\'s host and path into the same words', () => {
    expect(urlWords('https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan')).toBe('www voi id berita 289123 sekjen nato ukraina membuat kemajuan');
  });
});
