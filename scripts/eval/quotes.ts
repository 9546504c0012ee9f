/**
 * Quote matching on its labeled set, test/fixtures/quote-pairs.json: pairs of
 * wordings labeled "match" (with the kind expected) or "no-match".
 *
 * The set is run through the same path as the product: every b-side goes into
 * one QuoteIndex (a split b-side as consecutive quotes of one article), the
 * quotes of the five seed articles join them as distractors, and each a-side is
 * looked up with matchQuotes. A pair counts as matched when a match names
 * one of its b-side quotes. Prints precision, recall, recall per kind, kind
 * accuracy, the threshold, and every misclassified pair with its score.
 *
 *   npx tsx scripts/eval/quotes.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QuoteIndex } from '../../lib/match/quote-index';
import { judgePair, matchQuotes } from '../../lib/match/quote-match';
import { QUOTE_MODEL } from '../../lib/match/quote-model';
import type { QuoteMatch, QuoteMatchKind } from '../../lib/match/types';
import { canonicalSpeaker } from '../../lib/quotes/speakers';
import { parseSeedText } from '../../lib/seed/parse';
import type { Quote } from '../../lib/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const QUOTE_PAIRS_FILE = join(ROOT, 'test', 'fixtures', 'quote-pairs.json');
/** The five seed articles as the labelled sets know them: the tests' copy
 * (seeds/ is the bundled index, and grows as readers add articles to it). */
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');

export const QUOTE_TARGETS = { precision: 0.98, recall: 0.95 };

const KINDS: readonly QuoteMatchKind[] = ['identical', 'reworded', 'fragment', 'split'];

export interface QuotePair {
  a: { text: string; speaker?: string };
  b: { text?: string; texts?: string[]; speaker?: string };
  label: 'match' | 'no-match';
  kind?: QuoteMatchKind;
  note: string;
}

/** Read and check the labeled set; a malformed entry is reported by its position. */
export function loadQuotePairs(path = QUOTE_PAIRS_FILE): QuotePair[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${path}: expected an array of pairs`);
  return data.map((raw, i) => {
    const where = `${path}, pair ${i}`;
    const pair = raw as Partial<QuotePair>;
    if (typeof pair.a?.text !== 'string') throw new Error(`${where}: a.text must be a string`);
    const hasText = typeof pair.b?.text === 'string';
    const hasTexts = Array.isArray(pair.b?.texts) && pair.b.texts.length > 0 && pair.b.texts.every((t) => typeof t === 'string');
    if (hasText === hasTexts) throw new Error(`${where}: b needs either "text" or a non-empty "texts"`);
    if (pair.label !== 'match' && pair.label !== 'no-match') throw new Error(`${where}: label must be "match" or "no-match"`);
    if (pair.kind !== undefined && !KINDS.includes(pair.kind)) throw new Error(`${where}: unknown kind "${String(pair.kind)}"`);
    if (typeof pair.note !== 'string') throw new Error(`${where}: note must be a string`);
    return pair as QuotePair;
  });
}

function bTexts(pair: QuotePair): string[] {
  return pair.b.texts ?? [pair.b.text!];
}

function makeQuote(id: string, text: string, speaker?: string): Quote {
  return {
    id,
    text,
    speaker: speaker ? canonicalSpeaker(speaker) : undefined,
    range: { paragraph: 0, start: 0, endParagraph: 0, end: text.length },
  };
}

export interface PairOutcome {
  pair: QuotePair;
  index: number;
  predicted: boolean;
  /** The match naming the pair's b-side, if any. */
  match?: QuoteMatch;
  /** Direct alignment of a with b (b's parts joined) with the speaker counted, for the report. */
  score: number;
  reason?: string;
}

export interface QuoteEvaluation {
  title: string;
  lines: string[];
  passed: boolean;
  precision: number;
  recall: number;
  kindAccuracy: number;
  outcomes: PairOutcome[];
}

export function runQuoteEvaluation(pairs = loadQuotePairs()): QuoteEvaluation {
  const index = new QuoteIndex();
  pairs.forEach((pair, i) => {
    const articleId = `pair-${i}`;
    index.add(
      articleId,
      bTexts(pair).map((text, n) => makeQuote(`${articleId}#q${n}`, text, pair.b.speaker)),
    );
  });
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    const article = parseSeedText(readFileSync(join(SEEDS, name), 'utf8'), { id: name.replace(/\.txt$/, ''), file: name });
    index.add(article.id, article.quotes);
  }

  const outcomes: PairOutcome[] = pairs.map((pair, i) => {
    const query = makeQuote(`query-${i}#q0`, pair.a.text, pair.a.speaker);
    const [result] = matchQuotes([query], index);
    const match = result?.matches.find((m) => m.articleId === `pair-${i}`);
    const joined = bTexts(pair).join(' … ');
    const direct = judgePair(pair.a.text, joined, query.speaker, pair.b.speaker ? canonicalSpeaker(pair.b.speaker) : undefined);
    return { pair, index: i, predicted: !!match, match, score: direct.score, reason: direct.reason };
  });

  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const o of outcomes) {
    if (o.pair.label === 'match') {
      if (o.predicted) tp++;
      else fn++;
    } else if (o.predicted) fp++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const found = outcomes.filter((o) => o.pair.label === 'match' && o.match && o.pair.kind);
  const kindRight = found.filter((o) => kindAgrees(o));
  const kindAccuracy = found.length === 0 ? 1 : kindRight.length / found.length;
  const passed = precision >= QUOTE_TARGETS.precision && recall >= QUOTE_TARGETS.recall;

  const fmt = (n: number) => n.toFixed(3);
  const positives = outcomes.filter((o) => o.pair.label === 'match');
  const lines: string[] = [
    `${pairs.length} pairs: ${positives.length} match, ${pairs.length - positives.length} no-match; ${index.size} quotes indexed (b-sides + seed distractors); probability threshold ${QUOTE_MODEL.threshold}`,
    `precision ${fmt(precision)} (target ${QUOTE_TARGETS.precision})  recall ${fmt(recall)} (target ${QUOTE_TARGETS.recall})`,
    `confusion: TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`,
    `recall per kind: ${KINDS.map((kind) => {
      const all = positives.filter((o) => o.pair.kind === kind);
      return `${kind} ${all.filter((o) => o.predicted).length}/${all.length}`;
    }).join('  ')}`,
    `kind accuracy (found matches): ${fmt(kindAccuracy)} (${kindRight.length}/${found.length})`,
  ];
  const wrong = outcomes.filter((o) => o.predicted !== (o.pair.label === 'match'));
  lines.push(`misclassified pairs (${wrong.length}):`);
  for (const o of wrong) lines.push(describe(o));
  const wrongKind = found.filter((o) => !kindAgrees(o));
  lines.push(`matched with the wrong kind (${wrongKind.length}):`);
  for (const o of wrongKind) lines.push(describe(o));
  const negatives = outcomes.filter((o) => o.pair.label === 'no-match').sort((x, y) => y.score - x.score);
  lines.push(`highest-scoring no-match pairs:`);
  for (const o of negatives.slice(0, 5)) lines.push(describe(o));
  const lowest = positives.filter((o) => o.predicted).sort((x, y) => x.score - y.score);
  lines.push(`lowest-scoring matched pairs:`);
  for (const o of lowest.slice(0, 5)) lines.push(describe(o));
  return { title: 'Quote matching', lines, passed, precision, recall, kindAccuracy, outcomes };
}

function kindAgrees(o: PairOutcome): boolean {
  return o.match?.kind === o.pair.kind;
}

function describe(o: PairOutcome): string {
  const got = o.match ? `${o.match.kind} ${o.match.score.toFixed(2)}` : 'no match';
  const expected = o.pair.label === 'match' ? `match/${o.pair.kind ?? '?'}` : 'no-match';
  const why = !o.match && o.reason ? ` (${o.reason})` : '';
  return `  #${o.index} expected ${expected}, got ${got}; judged score ${o.score.toFixed(2)}${why} — ${o.pair.note}`;
}

export async function evaluateQuotes(): Promise<{ title: string; lines: string[]; passed: boolean }> {
  const { title, lines, passed } = runQuoteEvaluation();
  return { title, lines, passed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void evaluateQuotes().then((report) => {
    console.log(`== ${report.title} ${report.passed ? '— targets met' : '— TARGET MISSED'}`);
    for (const line of report.lines) console.log(line);
    process.exitCode = report.passed ? 0 : 1;
  });
}
