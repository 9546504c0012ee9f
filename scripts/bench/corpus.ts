/**
 * Synthetic news corpora for benchmarks, shaped like the seed articles.
 *
 * Articles are grouped into stories (an event on one date with its people,
 * its own words and its quotes), reported by several outlets each, so that
 * related ranking and quote matching have real work to do. Sentences are
 * recombined from the seeds with words swapped for other seed words or for
 * pseudo-words drawn from a Zipf-like vocabulary: the seeds alone have ~2,000
 * distinct stems, far fewer than a real archive, which would make every term
 * common and every posting list long.
 *
 * Everything derives from a seeded PRNG, per story and per article, so
 * article i is the same whatever else is generated and in whatever order.
 */
import type { Article, EntityMention, Quote } from '../../lib/types';
import type { PageArticle } from '../../lib/match/types';
import { seededRandom as prng } from '../seeded-random';

function pick<T>(rng: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function hash(...parts: number[]): number {
  let h = 2166136261;
  for (const p of parts) {
    h ^= p;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

interface Person {
  id: string;
  name: string;
}

const PEOPLE: readonly Person[] = [
  ['jens-stoltenberg', 'Jens Stoltenberg'], ['mark-rutte', 'Mark Rutte'], ['joe-biden', 'Joe Biden'],
  ['volodymyr-zelensky', 'Volodymyr Zelensky'], ['vladimir-putin', 'Vladimir Putin'], ['rustem-umerov', 'Rustem Umerov'],
  ['dmytro-kuleba', 'Dmytro Kuleba'], ['antony-blinken', 'Antony Blinken'], ['lloyd-austin', 'Lloyd Austin'],
  ['olaf-scholz', 'Olaf Scholz'], ['emmanuel-macron', 'Emmanuel Macron'], ['recep-tayyip-erdogan', 'Recep Tayyip Erdogan'],
  ['viktor-orban', 'Viktor Orban'], ['sergei-lavrov', 'Sergei Lavrov'], ['dmitry-peskov', 'Dmitry Peskov'],
  ['donald-trump', 'Donald Trump'], ['andrzej-duda', 'Andrzej Duda'], ['ursula-von-der-leyen', 'Ursula von der Leyen'],
  ['retno-marsudi', 'Retno Marsudi'], ['joko-widodo', 'Joko Widodo'], ['prabowo-subianto', 'Prabowo Subianto'],
  ['kaja-kallas', 'Kaja Kallas'], ['pete-hegseth', 'Pete Hegseth'], ['andriy-yermak', 'Andriy Yermak'],
].map(([id, name]) => ({ id: id!, name: name! }));

const OUTLET_MARKERS: readonly { marker: string; outlet: string }[] = [
  { marker: 'JAKARTA', outlet: 'VOI' }, { marker: 'TRIBUNWOW.COM', outlet: 'TribunWow' },
  { marker: 'KOMPAS.COM', outlet: 'Kompas' }, { marker: 'JAKARTA (ANTARA)', outlet: 'ANTARA' },
  { marker: 'DETIK.COM', outlet: 'detikcom' }, { marker: 'ORBITINDONESIA.COM', outlet: 'Orbit Indonesia' },
  { marker: 'SUARA.COM', outlet: 'Suara' }, { marker: 'OKEZONE.COM', outlet: 'Okezone' },
];

const CUES = ['kata', 'ujar', 'tegas', 'tambah', 'jelas', 'sebut'];
const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const SYLLABLES = 'ba be bi bo bu da de di do du ga gi gu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu wa wi ya yu ja jo ha hi'.split(' ');
const FIRST_DAY = Date.UTC(2022, 1, 24) / 86_400_000;

/** Material taken from the seeds: sentences outside quotes, and quote texts. */
export interface CorpusSource {
  sentences: string[];
  quotes: string[];
  /** Content words, to swap into sentences. */
  vocabulary: string[];
}

export function corpusSourceFromSeeds(seeds: Article[]): CorpusSource {
  const sentences: string[] = [];
  const quotes = new Set<string>();
  const vocabulary = new Set<string>();
  for (const seed of seeds) {
    for (const q of seed.quotes) if (q.text.split(/\s+/).length >= 5 && !q.text.includes('\n')) quotes.add(q.text.replace(/[,.]$/, ''));
    for (const paragraph of seed.paragraphs) {
      if (paragraph.includes('"')) continue;
      for (const s of paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
        const words = s.split(/\s+/);
        // Dateline and outlet markers ("JAKARTA - ") belong to a lead, not to a sentence.
        const sentence = s.replace(/^(?:[A-Z][A-Za-z.()]*\s)*?[A-Z][A-Z.()]+\s+[-–—]\s+/, '').trim();
        if (words.length >= 8 && words.length <= 45) sentences.push(sentence);
        for (const w of words) if (/^[a-z]{5,}$/.test(w)) vocabulary.add(w);
      }
    }
  }
  if (sentences.length === 0 || quotes.size === 0) throw new Error('The seeds gave no sentences or no quotes to build a corpus from.');
  return { sentences, quotes: [...quotes], vocabulary: [...vocabulary].sort() };
}

interface Story {
  day: number;
  people: Person[];
  /** Words only this story uses, like place names and event names. */
  words: string[];
  quotes: { text: string; speaker: Person }[];
}

export interface RawArticle {
  id: string;
  /** Seed-file-shaped text: headline, then "MARKER - " lead, then paragraphs. */
  text: string;
}

export class SyntheticCorpus {
  private readonly pseudoWords: string[];
  private readonly stories = new Map<number, Story>();

  /**
   * @param articlesPerStory average reports per story; a story's articles are
   *   published within two days of each other.
   */
  constructor(
    private readonly source: CorpusSource,
    private readonly size: number,
    private readonly seed = 1,
    private readonly articlesPerStory = 4,
  ) {
    const rng = prng(hash(seed, 7));
    const words = new Set<string>();
    while (words.size < 40_000) {
      const n = 2 + Math.floor(rng() * 3);
      let w = '';
      for (let i = 0; i < n; i++) w += pick(rng, SYLLABLES);
      if (n === 2 || rng() < 0.3) w += pick(rng, ['n', 'k', 'r', 'ng', 's', 't']);
      words.add(w);
    }
    this.pseudoWords = [...words];
  }

  get storyCount(): number {
    return Math.max(1, Math.ceil(this.size / this.articlesPerStory));
  }

  storyOf(index: number): number {
    return hash(this.seed, index, 3) % this.storyCount;
  }

  /** A pseudo-word, common ones far more often than rare ones (roughly Zipf). */
  private pseudoWord(rng: () => number): string {
    return this.pseudoWords[Math.floor(this.pseudoWords.length * rng() ** 3)]!;
  }

  private story(id: number): Story {
    let story = this.stories.get(id);
    if (story) return story;
    const rng = prng(hash(this.seed, id, 11));
    const people = [pick(rng, PEOPLE), pick(rng, PEOPLE), pick(rng, PEOPLE)].filter((p, i, all) => all.indexOf(p) === i);
    const words = Array.from({ length: 6 }, () => this.pseudoWords[Math.floor(rng() * this.pseudoWords.length)]!);
    const quotes = Array.from({ length: 3 }, () => ({
      text: this.reword(pick(rng, this.source.quotes), rng, words, 0.25),
      speaker: pick(rng, people),
    }));
    story = { day: FIRST_DAY + Math.floor(rng() * 1100), people, words, quotes };
    if (this.stories.size > 50_000) this.stories.clear();
    this.stories.set(id, story);
    return story;
  }

  /** Swap a share of a sentence's longer words for story words, seed words or pseudo-words. */
  private reword(sentence: string, rng: () => number, storyWords: readonly string[], share: number): string {
    return sentence
      .split(' ')
      .map((w) => {
        if (!/^[a-z]{4,}[,.]?$/.test(w) || rng() >= share) return w;
        const tail = /[,.]$/.test(w) ? w.slice(-1) : '';
        const r = rng();
        const replacement = r < 0.3 ? pick(rng, storyWords) : r < 0.6 ? pick(rng, this.source.vocabulary) : this.pseudoWord(rng);
        return replacement + tail;
      })
      .join(' ');
  }

  private sentence(rng: () => number, story: Story): string {
    return this.reword(pick(rng, this.source.sentences), rng, story.words, 0.3);
  }

  /** The parts of article `index`: title, paragraphs, quote positions. */
  private parts(index: number, targetWords = 220 + (hash(this.seed, index, 5) % 200), variant = 0) {
    const rng = prng(hash(this.seed, index, 13, variant));
    const story = this.story(this.storyOf(index));
    const day = story.day + Math.floor(rng() * 3);
    const date = new Date(day * 86_400_000);
    const outlet = pick(rng, OUTLET_MARKERS);
    const title = capitalize(this.sentence(rng, story).split(' ').slice(0, 7 + Math.floor(rng() * 6)).join(' ').replace(/[,.]$/, ''));
    const [first, second] = story.people;
    const dateText = `${WEEKDAYS[date.getUTCDay()]} (${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()})`;
    const paragraphs = [`${this.sentence(rng, story).replace(/\.$/, '')}, ${dateText}, kata ${first?.name ?? 'pejabat'}.`];
    const quotes: { paragraph: number; start: number; end: number; speaker: Person; cue: string }[] = [];
    let words = paragraphs[0]!.split(' ').length;
    const usedQuotes = new Set<{ text: string; speaker: Person }>();
    while (words < targetWords) {
      let paragraph: string;
      if (rng() < 0.3) {
        // Each story quote at most once per article; then other words of the story's people.
        const unused = story.quotes.filter((q) => !usedQuotes.has(q));
        const q = unused.length > 0 ? pick(rng, unused) : { text: this.reword(pick(rng, this.source.quotes), rng, story.words, 0.25), speaker: pick(rng, story.people) };
        usedQuotes.add(q);
        // Outlets report the same quote with small differences.
        const text = rng() < 0.3 ? this.reword(q.text, rng, story.words, 0.1) : q.text;
        const cue = pick(rng, CUES);
        paragraph = `"${text}," ${cue} ${q.speaker.name}.`;
        quotes.push({ paragraph: paragraphs.length, start: 1, end: 1 + text.length, speaker: q.speaker, cue });
      } else {
        paragraph = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => this.sentence(rng, story)).join(' ');
        if (second && rng() < 0.3) paragraph += ` Hal itu disampaikan ${second.name}.`;
      }
      paragraphs.push(paragraph);
      words += paragraph.split(' ').length;
    }
    const isoDate = date.toISOString().slice(0, 10);
    return { id: `syn-${this.seed}-${index}`, title, outlet, isoDate, paragraphs, quotes, story };
  }

  /** Article `index` as raw seed-shaped text, for parse benchmarks. */
  rawArticle(index: number): RawArticle {
    const p = this.parts(index);
    const [lead, ...rest] = p.paragraphs;
    return { id: p.id, text: [p.title, '', `${p.outlet.marker} - ${lead}`, ...rest.flatMap((x) => ['', x])].join('\n') };
  }

  /**
   * Article `index` built directly, without the parser: quotes, speakers and
   * people come from the generator. For corpora too large to parse in a
   * benchmark's time.
   */
  article(index: number): Article {
    const p = this.parts(index);
    const quotes: Quote[] = p.quotes.map((q, n) => ({
      id: `${p.id}#q${n}`,
      text: p.paragraphs[q.paragraph]!.slice(q.start, q.end),
      speaker: { id: q.speaker.id, name: q.speaker.name, asWritten: q.speaker.name },
      cue: q.cue,
      range: { paragraph: q.paragraph, start: q.start, endParagraph: q.paragraph, end: q.end },
    }));
    const entities: EntityMention[] = p.story.people.map((person) => ({ id: person.id, name: person.name, kind: 'person', count: 1 }));
    return {
      id: p.id,
      source: {},
      title: p.title,
      outlet: p.outlet.outlet,
      citedSources: [],
      authors: [],
      publishedAt: p.isoDate,
      dates: [{ date: p.isoDate, text: p.isoDate, source: 'body', confidence: 'exact', paragraph: 0 }],
      paragraphs: p.paragraphs,
      quotes,
      entities,
      warnings: [],
    };
  }

  /** A page of about `words` words: another outlet's report of article `index`'s story, as a reader would open it. */
  page(index: number, words: number): PageArticle {
    const p = this.parts(index, words, 1);
    return { title: p.title, publishedAt: p.isoDate, outlet: p.outlet.outlet, paragraphs: p.paragraphs };
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
