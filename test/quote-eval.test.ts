/**
 * The project's own labelled quote pairs (test/fixtures/quote-pairs.json),
 * run through the product's matching path with their targets asserted: a
 * quote rule removed or loosened shows up here as missed precision or recall.
 */
import { describe, expect, it } from 'vitest';
import { QUOTE_TARGETS, runQuoteEvaluation } from '../scripts/eval/quotes';

describe('quote matching on the labelled pairs', () => {
  const evaluation = runQuoteEvaluation();

  it('meets its precision and recall targets', () => {
    expect(evaluation.precision).toBeGreaterThanOrEqual(QUOTE_TARGETS.precision);
    expect(evaluation.recall).toBeGreaterThanOrEqual(QUOTE_TARGETS.recall);
  });

  it('turns down every pair whose claim differs: a number, a negation, a name or a contrasting word', () => {
    const claims = evaluation.outcomes.filter((o) => o.pair.label === 'no-match' && /number|negation|swapped|vs|changed/i.test(o.pair.note));
    expect(claims.length).toBeGreaterThan(5);
    expect(claims.filter((o) => o.predicted).map((o) => o.pair.note)).toEqual([]);
  });
});
