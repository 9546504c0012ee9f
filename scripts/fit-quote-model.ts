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
 *    held-out event); its threshold is read off the other events'
 *    out-of-fold scores by the threshold rule that found the most right pairs
 *    less wrong ones at precision 0.97 (one wrong pair forgiven) on those events themselves,
 *    each scored at the threshold the rule read off the rest (quote-model-cv.ts: the lowest probability that keeps precision
 *    at PRECISION_AIM, or the same never below a band of scores where a
 *    run of 10, 20 or 30 candidates is right less than 70, 80 or 90 % of
 *    the time); and the whole matching pipeline is run
 *    with that model on the held-out event's pages. The printed figures are
 *    those held-out runs, summed.
 * 3. The model written to lib/match/quote-model-weights.ts is fitted on all
 *    events, with the threshold rule and threshold chosen the same way on
 *    the pooled out-of-fold predictions.
 *
 *   npm run fit:quotes            # report, and write the weights
 *   npm run fit:quotes -- --dry   # report only
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../lib/match/quote-features';
import { loadRealDev, realDevPath } from './eval/real-dev';
import { chooseThreshold, crossValidate, fit } from './eval/quote-model-cv';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEIGHTS_FILE = join(ROOT, 'lib', 'match', 'quote-model-weights.ts');
const fmt = (n: number) => n.toFixed(3);

function main(): void {
  const set = loadRealDev();
  if (!set) {
    console.error(`The real development set is not at ${realDevPath()} (set JEJAK_REAL_DEV); nothing to fit.`);
    process.exit(1);
  }
  const { examples, events, heldOut: total, perEvent, outOfFold } = crossValidate(set);
  console.log(`${examples.length} candidate pairs, ${examples.filter((e) => e.y).length} labelled same, ${events.length} events`);
  const thresholds = perEvent.map((e) => e.threshold);
  for (const { event, counts, threshold, rule } of perEvent) {
    console.log(`  held out ${event.padEnd(44)} TP ${String(counts.tp).padStart(3)} FP ${String(counts.fp).padStart(2)} FN ${String(counts.fn).padStart(3)}  threshold ${threshold.toFixed(3)} (${rule})`);
  }
  const precision = total.tp / Math.max(1, total.tp + total.fp);
  const recall = total.tp / Math.max(1, total.tp + total.fn);
  const easy = total.tpEasy / Math.max(1, total.tpEasy + total.fnEasy);
  console.log(`held-out events (leave one event out), directed pairs: precision ${fmt(precision)} (aim 0.97)  recall ${fmt(recall)} (aim 0.85)  not hard ${fmt(easy)} (aim 0.92)`);

  const final = fit(examples);
  const { threshold, rule } = chooseThreshold(outOfFold);
  console.log(`final model: threshold ${threshold.toFixed(3)} (${rule} rule, chosen on out-of-fold predictions; fold thresholds ${Math.min(...thresholds).toFixed(3)}–${Math.max(...thresholds).toFixed(3)})`);
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
