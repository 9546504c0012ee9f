/**
 * The quote-matching model on the real development set: examples from every
 * candidate the engine weighs, logistic regression, and cross-validation by
 * event (see scripts/fit-quote-model.ts for the procedure). Used by
 * `npm run fit:quotes` to write the weights and by `npm run eval` to report
 * held-out figures.
 */
import { Engine } from '../../lib/match/engine';
import { FEATURE_NAMES } from '../../lib/match/quote-features';
import { QUOTE_MODEL } from '../../lib/match/quote-model';
import type { RealDevSet } from './real-dev';
import { evaluateMatching, type MatchCounts } from './real';

/** The threshold is the lowest that keeps this precision on the training examples. */
const PRECISION_AIM = 0.975;
/** The held-out precision the matching must reach (REAL_TARGETS.matchPrecision). */
const PRECISION_TARGET = 0.97;
/** Wrong pairs forgiven when a rule's precision on the training events is held to
 * PRECISION_TARGET: over a few hundred pairs one wrong pair moves precision by
 * about 0.003, and a rule should not be dropped for a fifth fewer matches over it. */
const FORGIVEN_WRONG = 1;
/** The steady rules read precision over runs of this many candidates, best first… */
const STEADY_RUNS = [10, 20, 30];
/** …and stop lowering the threshold where one such run is right less often than this.
 * Which run and which floor is chosen with the rule, on the training events (chooseThreshold). */
const STEADY_PRECISIONS = [0.7, 0.8, 0.9];
/** L2 penalty: keeps weights of rare features (a number conflict) from running off on a few examples. */
const L2 = 0.02;
const ITERATIONS = 3000;
const CLASS_BALANCE = process.argv.includes('--balance');
const LEARNING_RATE = 0.1;

export interface Example {
  x: number[];
  y: 0 | 1;
  pageEvent: string;
  otherEvent: string;
}

export type Model = { bias: number; threshold: number; weights: Record<(typeof FEATURE_NAMES)[number], number> };

export function collectExamples(set: RealDevSet): Example[] {
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
export function fit(examples: Example[]): Omit<Model, 'threshold'> {
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

export function probability(model: Omit<Model, 'threshold'>, x: number[]): number {
  let s = model.bias;
  FEATURE_NAMES.forEach((name, i) => (s += model.weights[name] * x[i]!));
  return 1 / (1 + Math.exp(-s));
}

export interface Scored {
  p: number;
  y: 0 | 1;
  best: boolean;
}

/** How a threshold is read off scored candidates. */
export type ThresholdRule = (scored: Scored[]) => number;

/** Only a candidate that fits its article best can become a match (rule 3 in quote-match.ts). */
function ranked(scored: Scored[]): Scored[] {
  return scored.filter((s) => s.best).sort((a, b) => b.p - a.p);
}

/**
 * The lowest threshold keeping PRECISION_AIM, but never below a score where
 * `run` candidates in a row are right less often than `level`: the many sure
 * matches at the top cannot pay for a band of scores where one in four is
 * wrong.
 */
export function steadyRule(run: number, level: number): ThresholdRule {
  return (scored) => {
    const sorted = ranked(scored);
    let tp = 0;
    let fp = 0;
    let runRight = 0;
    let best = 0.99;
    for (let i = 0; i < sorted.length; i++) {
      const s = sorted[i]!;
      if (s.y) tp++;
      else fp++;
      runRight += s.y;
      if (i >= run) runRight -= sorted[i - run]!.y;
      // Judged once the window is full: one wrong among the first few scores says nothing of a band.
      if (i + 1 >= run && runRight / run < level) break;
      if (tp / (tp + fp) >= PRECISION_AIM) best = s.p;
    }
    return Math.max(0.05, best);
  };
}

export const THRESHOLD_RULES: Record<string, ThresholdRule> = {
  /** The lowest threshold whose precision over these scored examples reaches the aim. */
  cumulative(scored) {
    let tp = 0;
    let fp = 0;
    let best = 0.99;
    for (const s of ranked(scored)) {
      if (s.y) tp++;
      else fp++;
      if (tp / (tp + fp) >= PRECISION_AIM) best = s.p;
    }
    return Math.max(0.05, best);
  },
  ...Object.fromEntries(STEADY_RUNS.flatMap((run) => STEADY_PRECISIONS.map((level) => [`steady ${run}/${level}`, steadyRule(run, level)]))),
};

/** Whether `tp` right and `fp` wrong keep PRECISION_TARGET, FORGIVEN_WRONG wrong pairs forgiven. */
export function keepsTarget(tp: number, fp: number): boolean {
  const wrong = Math.max(0, fp - FORGIVEN_WRONG);
  return tp / Math.max(1, tp + wrong) >= PRECISION_TARGET;
}

/**
 * Which threshold rule to use, chosen on the events these scores come from:
 * each event in turn is scored at the threshold each rule reads off the
 * other events, and among the rules keeping PRECISION_TARGET over all of
 * them (one wrong pair forgiven, keepsTarget) the one with the most right
 * pairs less wrong ones wins (among equals the most precise; if none keeps
 * it, the most precise). A rule that reads a lower threshold must add more
 * right pairs than wrong ones: counting only the right ones, one pair more
 * for three wrong won the choice, and the event held out got the wrong
 * ones. Returns
 * the rule's name and its threshold over all the scores.
 */
export function chooseThreshold(scored: (Scored & { event: string })[]): { rule: string; threshold: number } {
  const events = [...new Set(scored.map((s) => s.event))];
  let chosen = { rule: '', merit: -Infinity };
  for (const [rule, threshold] of Object.entries(THRESHOLD_RULES)) {
    let tp = 0;
    let fp = 0;
    for (const event of events) {
      const t = threshold(scored.filter((s) => s.event !== event));
      for (const s of scored) {
        if (s.event !== event || !s.best || s.p < t) continue;
        if (s.y) tp++;
        else fp++;
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const merit = keepsTarget(tp, fp) ? tp - fp + precision : precision - 1;
    if (merit > chosen.merit) chosen = { rule, merit };
  }
  return { rule: chosen.rule, threshold: THRESHOLD_RULES[chosen.rule]!(scored) };
}

export function setModel(model: Model): void {
  QUOTE_MODEL.bias = model.bias;
  QUOTE_MODEL.threshold = model.threshold;
  Object.assign(QUOTE_MODEL.weights, model.weights);
}

const BEST = FEATURE_NAMES.indexOf('bestInArticle');
export const isBest = (e: Example) => e.x[BEST] === 1;



export interface CrossValidation {
  examples: Example[];
  events: string[];
  /** Directed pair counts, each event matched by a model that never saw it. */
  heldOut: MatchCounts;
  perEvent: { event: string; counts: MatchCounts; threshold: number; rule: string }[];
  outOfFold: { p: number; y: 0 | 1; best: boolean; event: string }[];
}

/** Leave one event out: fit on the others, run the whole matching pipeline on it. Restores the committed model after. */
export function crossValidate(set: RealDevSet): CrossValidation {
  const saved: Model = { bias: QUOTE_MODEL.bias, threshold: QUOTE_MODEL.threshold, weights: { ...QUOTE_MODEL.weights } };
  const examples = collectExamples(set);
  const events = [...new Set(set.pages.map((p) => p.label.event).filter((e): e is string => !!e))].sort();
  const heldOut: MatchCounts = { tp: 0, fp: 0, fn: 0, fnEasy: 0, tpEasy: 0 };
  const perEvent: CrossValidation['perEvent'] = [];
  const outOfFold: CrossValidation['outOfFold'] = [];
  try {
    // Pass 1: each event's examples scored by a model fitted without that event.
    const models = new Map<string, Omit<Model, 'threshold'>>();
    for (const event of events) {
      const model = fit(examples.filter((e) => e.pageEvent !== event && e.otherEvent !== event));
      models.set(event, model);
      for (const e of examples) if (e.pageEvent === event) outOfFold.push({ p: probability(model, e.x), y: e.y, best: isBest(e), event });
    }
    // Pass 2: each event matched with its model, and a threshold rule and
    // threshold chosen on the other events' out-of-fold scores (a model's
    // scores on its own training examples are overconfident and would set
    // the threshold too low).
    for (const event of events) {
      const { rule, threshold } = chooseThreshold(outOfFold.filter((o) => o.event !== event));
      setModel({ ...models.get(event)!, threshold });
      const counts = evaluateMatching(set, new Set([event]));
      for (const k of Object.keys(heldOut) as (keyof MatchCounts)[]) heldOut[k] += counts[k];
      perEvent.push({ event, counts, threshold, rule });
    }
  } finally {
    setModel(saved);
  }
  return { examples, events, heldOut, perEvent, outOfFold };
}
