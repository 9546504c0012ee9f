import { describe, expect, it } from 'vitest';
import { EVENT_MAX_SPAN_DAYS, groupEvents, type EventArticle } from '../lib/library/events';

const vilniusA: EventArticle = { id: 'a', outlet: 'kompas.com', date: '2023-07-11', title: 'Stoltenberg Buka KTT NATO di Vilnius, Zelensky Datang' };
const vilniusB: EventArticle = { id: 'b', outlet: 'tempo.co', date: '2023-07-12', title: 'Zelensky Kecewa di KTT Vilnius, Stoltenberg Minta Sabar' };
const grainSameDay: EventArticle = { id: 'c', outlet: 'detik.com', date: '2023-07-11', title: 'Harga Gandum Naik Setelah Rusia Hentikan Kesepakatan Laut Hitam' };
const washingtonLater: EventArticle = { id: 'd', outlet: 'cnnindonesia.com', date: '2024-07-10', title: 'Stoltenberg Buka KTT NATO di Washington, Zelensky Hadir' };

describe('library articles grouped by event', () => {
  it('puts two outlets reporting the same event in one event named by its earliest headline', () => {
    const { events, singles } = groupEvents([vilniusB, grainSameDay, washingtonLater, vilniusA]);
    expect(events).toHaveLength(1);
    expect(events[0]!.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(events[0]!.title).toBe(vilniusA.title);
    expect([events[0]!.from, events[0]!.to]).toEqual(['2023-07-11', '2023-07-12']);
    // An unrelated article the same day and the same kind of event a year later stay apart.
    expect(singles.map((a) => a.id)).toEqual(['c', 'd']);
  });

  it('keeps a headline sharing a single word with the event apart', () => {
    const oneWord: EventArticle = { id: 'e', date: '2023-07-11', title: 'Zelensky Bertemu Petani Gandum di Odesa' };
    const { events, singles } = groupEvents([vilniusA, vilniusB, oneWord]);
    expect(events[0]!.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(singles.map((a) => a.id)).toEqual(['e']);
  });

  it('does not tie headlines by words most of a large library shares', () => {
    const beat = Array.from({ length: 12 }, (_, i): EventArticle => ({
      id: `n${i}`,
      date: '2023-07-11',
      title: `NATO Ukraina topik ${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'][i]}`,
    }));
    const { events, singles } = groupEvents(beat);
    expect(events).toEqual([]);
    expect(singles).toHaveLength(12);
  });

  it('leaves undated articles and articles with impossible dates among the singles', () => {
    const undated = { ...vilniusB, id: 'u', date: '' };
    const impossible = { ...vilniusB, id: 'x', date: '2023-02-30' };
    const { events, singles } = groupEvents([vilniusA, undated, impossible]);
    expect(events).toEqual([]);
    expect(singles.map((a) => a.id)).toEqual(['a', 'u', 'x']);
  });

  it('never lets a chain of follow-ups grow past the longest span an event may have', () => {
    const day = (d: number) => `2023-03-${String(d).padStart(2, '0')}`;
    const chain = [1, 4, 7, 10].map((d, i): EventArticle => ({ id: `k${i}`, date: day(d), title: 'Reaktor Zaporizhzhia Kehilangan Listrik Lagi' }));
    const { events, singles } = groupEvents(chain);
    expect(EVENT_MAX_SPAN_DAYS).toBe(6);
    expect(events.map((e) => e.articles.map((a) => a.id))).toEqual([['k0', 'k1', 'k2']]);
    expect(singles.map((a) => a.id)).toEqual(['k3']);
  });

  it('lists the newest event first', () => {
    const later = [{ ...vilniusA, id: 'w1', date: '2024-07-10' }, { ...vilniusB, id: 'w2', date: '2024-07-11' }];
    const { events } = groupEvents([vilniusA, vilniusB, ...later]);
    expect(events.map((e) => [e.from, e.to])).toEqual([['2024-07-10', '2024-07-11'], ['2023-07-11', '2023-07-12']]);
  });
});
