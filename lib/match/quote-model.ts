/**
 * Whether two wordings are one statement: a logistic model over the
 * evidence in quote-features.ts.
 *
 *   p = 1 / (1 + e^−(bias + Σ weight·feature))
 *
 * The weights are fitted by `npm run fit:quotes` (scripts/fit-quote-model.ts)
 * on the labelled real pairs of the development set, and the threshold is the
 * one that keeps precision at its aim across held-out events; that script
 * prints the held-out figures and rewrites quote-model-weights.ts. A weight's
 * sign says what the evidence does: positive makes "same statement" likelier.
 */
import { FEATURE_NAMES, type Features } from './quote-features';
import { QUOTE_MODEL } from './quote-model-weights';

export { QUOTE_MODEL };

export function sameStatementLogit(f: Features): number {
  let z = QUOTE_MODEL.bias;
  for (const name of FEATURE_NAMES) z += QUOTE_MODEL.weights[name] * f[name];
  return z;
}

export function sameStatementProbability(f: Features): number {
  return 1 / (1 + Math.exp(-sameStatementLogit(f)));
}
