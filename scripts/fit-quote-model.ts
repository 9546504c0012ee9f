/**
 * npm run fit:quotes — fit the quote-matching model (lib/match/quote-model.ts)
 * on the labelled real pairs of the development set, and report it on
 * held-out events.
 *
 * 1. Every page of the set is analysed against all the others; every quote
 *    candidate the engine weighs becomes one example: its features, and
 *    whether the labels call the two quotes one statement.
 * 2. Cross-validation by event: for each event, a logistic regression is
 *    fitted on the examples of the other events (neither quote in the
 *    held-out event), its threshold chosen on those same examples (the
 *    lowest probability that keeps precision at PRECISION_AIM), and the
 *    whole matching pipeline is run with that model on the held-out event's
 *    pages. The printed figures are those held-out runs, summed.
 * 3. The model written to lib/match/quote-model-weights.ts is fitted on all
 *    events, with the threshold chosen on the pooled out-of-fold predictions.
 *
 *   npm run fit:quotes            # report, and write the weights
 *   npm run fit:quotes -- --dry   # report only
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../lib/match/engine';
import { FEATURE_NAMES } from '../lib/match/quote-features';
import { QUOTE_MODEL } from '../lib/match/quote-model';
import { loadRealDev, realDevPath, type RealDevSet } from './eval/real-dev';
import { evaluateMatching, type MatchCounts } from './eval/real';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEIGHTS_FILE = join(ROOT, 'lib', 'match', 'quote-model-weights.ts');

/** The threshold is the lowest that keeps this precision on the training examples. */
const PRECISION_AIM = 0.975;
/** L2 penalty: keeps weights of rare features (a number conflict) from running off on a few examples. */
const L2 = 0.02;
const ITERATIONS = 3000;
const CLASS_BALANCE = process.argv.includes('--balance');
const LEARNING_RATE = 0.1;

interface Example {
  x: number[];
  y: 0 | 1;
  pageEvent: string;
  otherEvent: string;
}

type Model = { bias: number; threshold: number; weights: Record<(typeof FEATURE_NAMES)[number], number> };

function collectExamples(set: RealDevSet): Example[] {
  const engine = new Engine();
  for (const p of set.pages) engine.add(p.article);
  const same = new Set<string>();
  for (const pair of set.pairs) {
    if (pair.label !== 'same') continue;
    for (const b of Array.isArray(pair.b) ? pair.b : [pair.b]) {
      same.add(`${pair.a}→${b}`);
      same.add(`${b}→${pair.a}`);
    }
  }
  const labelOf = new Map<string, string | undefined>();
  const eventOf = new Map<string, string>();
  for (const p of set.pages) {
    for (const [q, l] of p.labelOf) labelOf.set(q, l);
    eventOf.set(p.slug, p.label.event ?? `negative:${p.slug}`);
  }
  const examples: Example[] = [];
  for (const page of set.pages) {
    if (!page.label.coverage) continue;
    const pageEvent = eventOf.get(page.slug)!;
    engine.analyze(page.page, {
      force: true,
      onQuoteCandidate: (quote, candidate) => {
        // A pair the rules turn down whatever its probability teaches the model nothing.
        if (candidate.reason && !candidate.reason.startsWith('probability')) return;
        const a = labelOf.get(quote.id.replace('\u0000page', page.slug));
        const b = labelOf.get(candidate.entry.quote.id);
        // A term in quote marks is not a statement; the extractor's job is to leave it out.
        if ((a && set.quoteLabels.get(a)?.kind === 'phrase') || (b && set.quoteLabels.get(b)?.kind === 'phrase')) return;
        examples.push({
          x: FEATURE_NAMES.map((n) => candidate.features[n]),
          y: a && b && same.has(`${a}→${b}`) ? 1 : 0,
          pageEvent,
          otherEvent: eventOf.get(candidate.entry.articleId) ?? '',
        });
      },
    });
  }
  return examples;
}

/** Logistic regression by gradient descent on standardized features. */
function fit(examples: Example[]): Omit<Model, 'threshold'> {
  const d = FEATURE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const e of examples) e.x.forEach((v, i) => (mean[i]! += v / examples.length));
  for (const e of examples) e.x.forEach((v, i) => (sd[i]! += (v - mean[i]!) ** 2 / examples.length));
  for (let i = 0; i < d; i++) sd[i] = Math.sqrt(sd[i]!) || 1;
  const z = examples.map((e) => e.x.map((v, i) => (v - mean[i]!) / sd[i]!));
  // Positives are rare among candidates; both classes count equally.
  const positives = examples.filter((e) => e.y === 1).length;
  const wPos = CLASS_BALANCE ? examples.length / (2 * Math.max(1, positives)) : 1;
  const wNeg = CLASS_BALANCE ? examples.length / (2 * Math.max(1, examples.length - positives)) : 1;
  let w = new Array<number>(d).fill(0);
  let b = 0;
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  for (let it = 1; it <= ITERATIONS; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    for (let k = 0; k < examples.length; k++) {
      const x = z[k]!;
      let s = b;
      for (let i = 0; i < d; i++) s += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-s));
      const weight = examples[k]!.y ? wPos : wNeg;
      const err = (p - examples[k]!.y) * weight;
      for (let i = 0; i < d; i++) grad[i]! += err * x[i]!;
      grad[d]! += err;
    }
    for (let i = 0; i <= d; i++) {
      let g = grad[i]! / examples.length;
      if (i < d) g += L2 * w[i]!;
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      const step = (LEARNING_RATE * (m[i]! / (1 - 0.9 ** it))) / (Math.sqrt(v[i]! / (1 - 0.999 ** it)) + 1e-8);
      if (i < d) w[i] = w[i]! - step;
      else b -= step;
    }
  }
  // Back to raw feature scale.
  const weights = {} as Model['weights'];
  let bias = b;
  FEATURE_NAMES.forEach((name, i) => {
    weights[name] = w[i]! / sd[i]!;
    bias -= (w[i]! * mean[i]!) / sd[i]!;
  });
  w = [];
  return { bias, weights };
}

function probability(model: Omit<Model, 'threshold'>, x: number[]): number {
  let s = model.bias;
  FEATURE_NAMES.forEach((name, i) => (s += model.weights[name] * x[i]!));
  return 1 / (1 + Math.exp(-s));
}

/** The lowest threshold whose precision over these scored examples reaches the aim. */
function chooseThreshold(scored: { p: number; y: 0 | 1; best: boolean }[]): number {
  // Only a candidate that fits its article best can become a match (rule 3 in quote-match.ts).
  const sorted = scored.filter((s) => s.best).sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let best = 0.99;
  for (const s of sorted) {
    if (s.y) tp++;
    else fp++;
    if (tp / (tp + fp) >= PRECISION_AIM) best = s.p;
  }
  return Math.max(0.05, best);
}

function setModel(model: Model): void {
  QUOTE_MODEL.bias = model.bias;
  QUOTE_MODEL.threshold = model.threshold;
  Object.assign(QUOTE_MODEL.weights, model.weights);
}

const BEST = FEATURE_NAMES.indexOf('bestInArticle');
const isBest = (e: Example) => e.x[BEST] === 1;

const fmt = (n: number) => n.toFixed(3);

function main(): void {
  const set = loadRealDev();
  if (!set) {
    console.error(`The real development set is not at ${realDevPath()} (set JEJAK_REAL_DEV); nothing to fit.`);
    process.exit(1);
  }
  const examples = collectExamples(set);
  const events = [...new Set(set.pages.map((p) => p.label.event).filter((e): e is string => !!e))].sort();
  console.log(`${examples.length} candidate pairs, ${examples.filter((e) => e.y).length} labelled same, ${events.length} events`);

  const total: MatchCounts = { tp: 0, fp: 0, fn: 0, fnEasy: 0, tpEasy: 0 };
  const outOfFold: { p: number; y: 0 | 1; best: boolean }[] = [];
  const thresholds: number[] = [];
  for (const event of events) {
    const train = examples.filter((e) => e.pageEvent !== event && e.otherEvent !== event);
    const model = fit(train);
    const threshold = chooseThreshold(train.map((e) => ({ p: probability(model, e.x), y: e.y, best: isBest(e) })));
    thresholds.push(threshold);
    for (const e of examples) if (e.pageEvent === event) outOfFold.push({ p: probability(model, e.x), y: e.y, best: isBest(e) });
    setModel({ ...model, threshold });
    const counts = evaluateMatching(set, new Set([event]));
    for (const k of Object.keys(total) as (keyof MatchCounts)[]) total[k] += counts[k];
    console.log(`  held out ${event.padEnd(44)} TP ${String(counts.tp).padStart(3)} FP ${String(counts.fp).padStart(2)} FN ${String(counts.fn).padStart(3)}  threshold ${threshold.toFixed(2)}`);
  }
  const precision = total.tp / Math.max(1, total.tp + total.fp);
  const recall = total.tp / Math.max(1, total.tp + total.fn);
  const easy = total.tpEasy / Math.max(1, total.tpEasy + total.fnEasy);
  console.log(`held-out events (leave one event out), directed pairs: precision ${fmt(precision)} (aim 0.97)  recall ${fmt(recall)} (aim 0.85)  not hard ${fmt(easy)} (aim 0.92)`);

  const final = fit(examples);
  const threshold = chooseThreshold(outOfFold);
  console.log(`final model: threshold ${threshold.toFixed(3)} (chosen on out-of-fold predictions; fold thresholds ${Math.min(...thresholds).toFixed(2)}–${Math.max(...thresholds).toFixed(2)})`);
  for (const name of FEATURE_NAMES) console.log(`  ${name.padEnd(18)} ${final.weights[name].toFixed(3)}`);
  console.log(`  ${'bias'.padEnd(18)} ${final.bias.toFixed(3)}`);
  if (process.argv.includes('--dry')) return;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const lines = FEATURE_NAMES.map((name) => `    ${name}: ${round(final.weights[name])},`).join('\n');
  writeFileSync(
    WEIGHTS_FILE,
    `/**
 * Written by scripts/fit-quote-model.ts (\`npm run fit:quotes\`); do not edit by
 * hand. See quote-model.ts for what the numbers mean. Fitted on ${examples.length}
 * candidate pairs (${examples.filter((e) => e.y).length} the same statement) from ${events.length} events of real
 * Indonesian news; held out by event: precision ${fmt(precision)}, recall ${fmt(recall)}.
 */
import type { FeatureName } from './quote-features';

export const QUOTE_MODEL: { bias: number; threshold: number; weights: Record<FeatureName, number> } = {
  bias: ${round(final.bias)},
  threshold: ${round(threshold)},
  weights: {
${lines}
  },
};
`,
  );
  console.log(`wrote ${WEIGHTS_FILE}`);
}

main();
