/**
 * How the quote model's threshold is read off scored candidates, and how the
 * rule that reads it is chosen on the training events (scripts/eval/quote-model-cv.ts).
 * Scores here are made up.
 */
import { describe, expect, it } from 'vitest';
import { THRESHOLD_RULES, chooseThreshold, keepsTarget, steadyRule, type Scored } from '../scripts/eval/quote-model-cv';

/** `n` candidates with scores evenly from `from` down to `to`, right where `right(i)`. */
function band(n: number, from: number, to: number, right: (i: number) => boolean, event = 'e'): (Scored & { event: string })[] {
  return Array.from({ length: n }, (_, i) => ({ p: from - ((from - to) * i) / Math.max(1, n - 1), y: right(i) ? 1 : 0, best: true, event }));
}

describe('threshold rules', () => {
  // 300 sure matches, then a band where one candidate in three is wrong:
  // precision over everything stays above the aim, the band itself does not.
  const scored = [...band(300, 0.99, 0.8, () => true), ...band(30, 0.7, 0.6, (i) => i % 3 !== 2)];

  it('the cumulative rule goes down into a band of poor scores the sure matches pay for', () => {
    expect(THRESHOLD_RULES.cumulative!(scored)).toBeLessThan(0.65);
  });

  it('a steady rule stops above that band', () => {
    expect(steadyRule(20, 0.8)(scored)).toBeGreaterThan(0.65);
  });

  it('a steady rule whose floor the band clears goes down into it', () => {
    expect(steadyRule(20, 0.6)(scored)).toBeLessThan(0.65);
  });

  it('a steady rule is not stopped by one wrong candidate among the very first scores', () => {
    const wrongAtTop = [...band(1, 0.995, 0.995, () => false), ...band(300, 0.99, 0.4, () => true)];
    expect(steadyRule(20, 0.8)(wrongAtTop)).toBeLessThan(0.5);
  });
});

describe('choosing the rule on the training events', () => {
  const events = ['a', 'b', 'c', 'd'];

  it('picks the steady rule where two events have a band of scores mostly wrong that the others have right', () => {
    // Held out, an event with the bad band gets the cumulative rule's
    // threshold from events where the band looked fine: 16 wrong in all.
    const scored = events.flatMap((e) => [...band(100, 0.99, 0.8, () => true, e), ...band(10, 0.7, 0.6, (i) => e === 'a' || e === 'b' || i % 5 === 0, e)]);
    const chosen = chooseThreshold(scored);
    expect(chosen.rule).toMatch(/^steady /);
    expect(chosen.threshold).toBe(THRESHOLD_RULES[chosen.rule]!(scored));
    expect(chosen.threshold).toBeGreaterThan(THRESHOLD_RULES.cumulative!(scored));
  });

  it('among rules finding the same pairs, picks the one with fewer wrong', () => {
    // Two wrong candidates per event just below the sure ones: the
    // cumulative rule's threshold takes both in, a steady one only the first.
    const scored = events.flatMap((e) => [...band(100, 0.99, 0.8, () => true, e), ...band(2, 0.7, 0.69, () => false, e)]);
    const chosen = chooseThreshold(scored);
    expect(chosen.rule).toMatch(/^steady /);
    expect(chosen.threshold).toBeGreaterThan(0.69);
  });

  it('does not lower the threshold for one more right pair that brings more wrong ones with it', () => {
    // Below the sure matches, four wrong candidates and then one right: the
    // cumulative rule takes all five (precision over everything stays above
    // the aim), finding one pair more per event for four wrong ones.
    const scored = events.flatMap((e) => [...band(200, 0.99, 0.8, () => true, e), ...band(5, 0.7, 0.69, (i) => i === 4, e)]);
    const chosen = chooseThreshold(scored);
    expect(chosen.rule).not.toBe('cumulative');
    expect(chosen.threshold).toBeGreaterThan(0.69);
  });

  it('picks the cumulative rule where the steady one would give up many matches below a short bad run', () => {
    const scored = events.flatMap((e) => [
      ...band(100, 0.99, 0.8, () => true, e),
      ...band(4, 0.7, 0.69, () => false, e),
      ...band(60, 0.68, 0.5, () => true, e),
    ]);
    const chosen = chooseThreshold(scored);
    expect(chosen.rule).toBe('cumulative');
    expect(chosen.threshold).toBeLessThan(0.55);
  });
});

describe('holding a rule to the precision target', () => {
  it('forgives one wrong pair: 354 right and 11 wrong keep 0.97, though the ratio is 0.9699', () => {
    expect(keepsTarget(354, 11)).toBe(true);
  });

  it('forgives no more than one: 320 right and 12 wrong do not keep 0.97', () => {
    expect(keepsTarget(320, 12)).toBe(false);
  });
});
