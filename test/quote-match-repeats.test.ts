/**
 * Quote matching where an article prints one statement twice (a few words
 * of it early, the whole of it further down) and where two statements of
 * one event share only its names. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../lib/match/engine';
import { judgePair } from '../lib/match/quote-match';
import { articleFromParts } from '../lib/seed/parse';

const STORY = [
  'Presiden Kovalenko berpidato di depan parlemen di Lviv pada Selasa pagi, sehari setelah serangan rudal ke jaringan listrik di wilayah barat.',
  'Pidato itu membahas perbaikan jaringan listrik, bantuan generator dari negara tetangga, dan rencana evakuasi warga dari desa perbatasan.',
];

describe('an article that prints one statement twice', () => {
  it('matches the page quote to both: the few words early on and the whole statement further down', () => {
    const engine = new Engine();
    engine.add(
      articleFromParts({
        id: 'other',
        url: 'https://other.example/berita/kovalenko-parlemen',
        title: 'Kovalenko: jaringan listrik akan pulih sebelum musim dingin',
        publishedAt: '2025-10-07',
        paragraphs: [
          STORY[0]!,
          '"Kami akan memulihkan jaringan listrik," kata Kovalenko.',
          STORY[1]!,
          '"Generator dari negara tetangga sudah tiba di tiga kota," ujarnya.',
          '"Kami akan memulihkan jaringan listrik sebelum musim dingin tiba. Setiap rumah di wilayah barat akan kembali terang," kata Kovalenko.',
        ],
      }),
    );
    const analysis = engine.analyze(
      {
        url: 'https://page.example/internasional/kovalenko-listrik',
        title: 'Kovalenko janji listrik pulih sebelum musim dingin',
        publishedAt: '2025-10-07',
        paragraphs: [
          STORY[0]!.replace('berpidato', 'berbicara'),
          '"Kami akan memulihkan jaringan listrik sebelum musim dingin datang. Setiap rumah di wilayah barat akan terang kembali," ujar Kovalenko.',
          STORY[1]!,
        ],
      },
      { force: true },
    );
    const [result] = analysis.quotes;
    const ids = new Set(result!.matches.flatMap((m) => m.quoteIds));
    expect(ids.size).toBe(2);
    expect(result!.matches.every((m) => m.articleId === 'other')).toBe(true);
  });
});

describe('names shared by two statements of one event', () => {
  it('counts as plain cover only the words that are not names', () => {
    const { features } = judgePair(
      'Kami bertemu dengan Menteri Rahmanov di Dushanbe kemarin sore',
      'Menurut kami Rahmanov menolak tawaran Dushanbe soal tarif',
    );
    expect(features.cover).toBeGreaterThan(0);
    expect(features.plainCover).toBe(0);
    const reworded = judgePair('Kami menolak tawaran Rahmanov soal tarif gandum', 'Tawaran Rahmanov soal tarif gandum kami tolak');
    expect(reworded.features.plainCover).toBe(1);
  });
});
