/**
 * Related coverage on the seeds: for every seed, the other seeds and a set of
 * off-topic articles ranked as the sidebar would rank them (shared quotes
 * counted by the real quote matcher), with labels and reasons, and whether
 * the expected relations hold:
 *
 * - 000 ↔ 001: the same event (Stoltenberg at the White House, 13 June 2023);
 * - 002 ↔ 004: closely related (June–July 2024, the Washington summit and the
 *   support package): each in the other's top two;
 * - 003 ↔ 004: related (the joint NATO-Ukraine analysis and training centre
 *   in Poland): each in the other's list;
 * - no off-topic article (sport, Gaza, economy, weather… from
 *   test/fixtures/topic/negative, and two hand-made ones) is returned for a seed.
 *
 *   npx tsx scripts/eval/related.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSeedText, articleFromParts } from '../../lib/seed/parse';
import { Engine } from '../../lib/match/engine';
import { formatReasons } from '../../lib/match/related';
import type { RelatedArticle } from '../../lib/match/types';
import type { Article } from '../../lib/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = join(ROOT, 'seeds');
const NEGATIVES = join(ROOT, 'test', 'fixtures', 'topic', 'negative');

/** Pages that list NATO headlines (front, index, search and tag pages) are
 * about the topic, so being returned for a seed is no error; they are left out
 * of the off-topic set. */
const LISTING_PAGE = /^(frontpage|indexpage|searchpage|tagpage)-/;

export function loadSeeds(): Article[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => parseSeedText(readFileSync(join(SEEDS, file), 'utf8'), { id: file.replace(/\.txt$/, ''), file }));
}

function offTopicArticles(): Article[] {
  const articles: Article[] = [];
  for (const file of readdirSync(NEGATIVES).sort()) {
    if (!file.endsWith('.json') || LISTING_PAGE.test(file)) continue;
    const data = JSON.parse(readFileSync(join(NEGATIVES, file), 'utf8')) as { title?: string; paragraphs?: string[] };
    articles.push(articleFromParts({ id: `off:${file.replace(/\.json$/, '')}`, title: data.title, paragraphs: data.paragraphs ?? [] }));
  }
  articles.push(
    articleFromParts({
      id: 'off:football-hand-made',
      title: 'Persib Tundukkan Persija 2-1 di Stadion Gelora Bandung Lautan Api',
      publishedAt: '2023-06-13',
      paragraphs: [
        'Persib Bandung menang 2-1 atas Persija Jakarta dalam lanjutan Liga 1 di Stadion Gelora Bandung Lautan Api, Selasa (13/6/2023) malam.',
        '"Para pemain tampil disiplin dan suporter memberikan dukungan luar biasa," kata pelatih Persib Luis Milla.',
        'Gol kemenangan dicetak David da Silva pada menit ke-78 setelah menerima umpan silang dari sayap kanan.',
      ],
    }),
    articleFromParts({
      id: 'off:gaza-hand-made',
      title: 'Serangan Udara Israel Hantam Kamp Pengungsi di Gaza',
      publishedAt: '2024-07-05',
      paragraphs: [
        'Serangan udara Israel menghantam kamp pengungsi Jabalia di Jalur Gaza, menewaskan sedikitnya 30 orang, kata pejabat kesehatan Palestina.',
        '"Kami menyerukan gencatan senjata kemanusiaan segera," kata juru bicara badan PBB untuk pengungsi Palestina.',
        'Warga Gaza mengatakan rumah sakit kewalahan menampung korban luka dan bantuan makanan tertahan di perbatasan Rafah.',
      ],
    }),
  );
  return articles;
}

/** Related coverage for one index article, as the engine gives it for a page showing that article. */
function relatedFor(article: Article, engine: Engine): RelatedArticle[] {
  const { title, paragraphs, publishedAt, outlet, url } = article;
  return engine.analyze({ title, paragraphs, publishedAt, outlet, url }, { force: true }).related;
}

export async function evaluateRelated(): Promise<{ title: string; lines: string[]; passed: boolean }> {
  const seeds = loadSeeds();
  const offTopic = offTopicArticles();
  const engine = new Engine();
  for (const a of [...seeds, ...offTopic]) engine.add(a);
  const short = (id: string) => (id.startsWith('off:') ? id : id.slice(0, 3));
  const lists = new Map<string, RelatedArticle[]>();
  const lines: string[] = [`${seeds.length} seeds, ${offTopic.length} off-topic articles in the index`];
  for (const seed of seeds) {
    const list = relatedFor(seed, engine);
    lists.set(short(seed.id), list);
    lines.push(`${short(seed.id)} ${seed.publishedAt ?? '????-??-??'} ${seed.title ?? seed.paragraphs[0]?.slice(0, 70) ?? ''}`);
    if (list.length === 0) lines.push('    (nothing related)');
    for (const r of list) {
      lines.push(
        `    ${short(r.articleId).padEnd(28)} ${r.score.toFixed(3)} ${r.label.padEnd(10)} text ${r.reasons.textSimilarity.toFixed(2)}` +
          ` · ${formatReasons(r.reasons, 'en') || '-'} · ${r.reasons.sharedTerms.join(', ')}`,
      );
    }
  }

  const position = (from: string, to: string) => (lists.get(from) ?? []).findIndex((r) => short(r.articleId) === to);
  const labelOf = (from: string, to: string) => (lists.get(from) ?? []).find((r) => short(r.articleId) === to)?.label;
  const checks: [string, boolean][] = [
    ['000 ↔ 001 same event', labelOf('000', '001') === 'same-event' && labelOf('001', '000') === 'same-event'],
    ['000 ↔ 001 each other\'s first result', position('000', '001') === 0 && position('001', '000') === 0],
    ['002 ↔ 004 in each other\'s top two', within(position('002', '004'), 2) && within(position('004', '002'), 2)],
    ['003 ↔ 004 related', position('003', '004') >= 0 && position('004', '003') >= 0],
    ['no off-topic article returned for a seed', [...lists.values()].every((l) => l.every((r) => !r.articleId.startsWith('off:')))],
  ];
  lines.push('');
  for (const [name, ok] of checks) lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return { title: 'Related coverage (seeds)', lines, passed: checks.every(([, ok]) => ok) };
}

function within(position: number, n: number): boolean {
  return position >= 0 && position < n;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void evaluateRelated().then((report) => {
    console.log(`== ${report.title} ${report.passed ? '— targets met' : '— TARGET MISSED'}`);
    for (const line of report.lines) console.log(line);
    process.exitCode = report.passed ? 0 : 1;
  });
}
