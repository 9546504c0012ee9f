/**
 * Topic detection on its labeled set: the Indonesian articles in
 * test/fixtures/topic/{positive,negative} and the five seed articles (all
 * positives). Prints precision, recall, F1, the confusion counts, every
 * misclassified file, and the score distribution the threshold was chosen from.
 *
 *   npx tsx scripts/eval/topic.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectTopic, DEFAULT_TOPIC_THRESHOLD } from '../../lib/match/topic';
import type { PageArticle, TopicResult } from '../../lib/match/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'topic');
/** The five seed articles as the labelled sets know them: the tests' copy
 * (seeds/ is the bundled index, and grows as readers add articles to it). */
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');

export const TOPIC_TARGETS = { precision: 0.97, recall: 0.95 };

export interface LabeledPage {
  /** Path relative to the repository root. */
  file: string;
  page: PageArticle;
  positive: boolean;
  note: string;
}

interface FixtureFile {
  title?: unknown;
  url?: unknown;
  description?: unknown;
  paragraphs?: unknown;
  note?: unknown;
}

function readFixture(path: string, positive: boolean): LabeledPage {
  let data: FixtureFile;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as FixtureFile;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data.paragraphs) || !data.paragraphs.every((p) => typeof p === 'string')) {
    throw new Error(`${path}: "paragraphs" must be an array of strings`);
  }
  return {
    file: relative(ROOT, path),
    positive,
    note: typeof data.note === 'string' ? data.note : '',
    page: {
      title: typeof data.title === 'string' ? data.title : undefined,
      url: typeof data.url === 'string' ? data.url : undefined,
      description: typeof data.description === 'string' ? data.description : undefined,
      paragraphs: data.paragraphs as string[],
    },
  };
}

/** Seeds are raw page text; every non-empty line becomes a paragraph and no
 * title is assumed, so they are judged the hard way, from body text only. */
function readSeed(path: string): LabeledPage {
  const paragraphs = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { file: relative(ROOT, path), positive: true, note: 'seed article', page: { paragraphs } };
}

export function loadTopicSet(): LabeledPage[] {
  const set: LabeledPage[] = [];
  for (const [folder, positive] of [
    ['positive', true],
    ['negative', false],
  ] as const) {
    const dir = join(FIXTURES, folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      set.push(readFixture(join(dir, name), positive));
    }
  }
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    set.push(readSeed(join(SEEDS, name)));
  }
  return set;
}

export interface TopicEvaluation {
  title: string;
  lines: string[];
  passed: boolean;
  precision: number;
  recall: number;
  f1: number;
  results: { item: LabeledPage; result: TopicResult }[];
}

function fmt(n: number): string {
  return n.toFixed(3);
}

export function runTopicEvaluation(threshold = DEFAULT_TOPIC_THRESHOLD): TopicEvaluation {
  const set = loadTopicSet();
  const results = set.map((item) => ({ item, result: detectTopic(item.page, { threshold }) }));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { item, result } of results) {
    if (item.positive && result.isCoverage) tp++;
    else if (item.positive) fn++;
    else if (result.isCoverage) fp++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const passed = precision >= TOPIC_TARGETS.precision && recall >= TOPIC_TARGETS.recall;

  const positives = results.filter((r) => r.item.positive);
  const negatives = results.filter((r) => !r.item.positive);
  const vetoed = negatives.filter((r) => r.result.vetoes.length > 0);
  const unvetoed = negatives.filter((r) => r.result.vetoes.length === 0);
  const byScore = (a: { result: TopicResult }, b: { result: TopicResult }) => a.result.score - b.result.score;
  const lowestPositive = [...positives].sort(byScore)[0];
  const highestNegative = [...unvetoed].sort(byScore).at(-1);

  const lines: string[] = [
    `${set.length} pages: ${positives.length} positive (incl. seeds), ${negatives.length} negative; threshold ${threshold}`,
    `precision ${fmt(precision)} (target ${TOPIC_TARGETS.precision})  recall ${fmt(recall)} (target ${TOPIC_TARGETS.recall})  F1 ${fmt(f1)}`,
    `confusion: TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`,
  ];
  const wrong = results.filter((r) => r.item.positive !== r.result.isCoverage);
  if (wrong.length === 0) lines.push('misclassified: none');
  for (const { item, result } of wrong) {
    const why = result.vetoes.length ? ` vetoed: ${result.vetoes.join('; ')}` : '';
    lines.push(`misclassified ${item.positive ? 'positive' : 'negative'}: ${item.file} score ${result.score}${why}`);
  }
  lines.push('score distribution:');
  if (lowestPositive) {
    lines.push(`  lowest positive  ${lowestPositive.result.score.toFixed(2)}  ${lowestPositive.item.file}`);
  }
  if (highestNegative) {
    lines.push(`  highest negative ${highestNegative.result.score.toFixed(2)}  ${highestNegative.item.file} (not vetoed)`);
  }
  if (lowestPositive && highestNegative) {
    lines.push(`  gap ${(lowestPositive.result.score - highestNegative.result.score).toFixed(2)} points between them`);
  }
  const list = (rows: typeof results) =>
    [...rows]
      .sort(byScore)
      .map((r) => r.result.score.toFixed(1))
      .join(' ');
  lines.push(`  positives: ${list(positives)}`);
  lines.push(`  negatives (no veto): ${list(unvetoed)}`);
  lines.push(`  negatives vetoed (${vetoed.length}):`);
  for (const { item, result } of [...vetoed].sort(byScore)) {
    lines.push(`    ${result.score.toFixed(1).padStart(5)}  ${item.file}  — ${result.vetoes.join('; ')}`);
  }
  return { title: 'Topic detection', lines, passed, precision, recall, f1, results };
}

export async function evaluateTopic(): Promise<{ title: string; lines: string[]; passed: boolean }> {
  const { title, lines, passed } = runTopicEvaluation();
  return { title, lines, passed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void evaluateTopic().then((report) => {
    console.log(`== ${report.title} ${report.passed ? '— targets met' : '— TARGET MISSED'}`);
    for (const line of report.lines) console.log(line);
    process.exitCode = report.passed ? 0 : 1;
  });
}
