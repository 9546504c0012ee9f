/**
 * The spread `npm run eval` gives beside its held-out matching figures: events
 * drawn again with replacement, many times.
 */
import { describe, expect, it } from 'vitest';
import { eventSpread } from '../scripts/eval/event-spread';

describe('the spread of held-out figures over events', () => {
  it('is no spread at all when every event scores alike', () => {
    const spread = eventSpread([{ tp: 9, fp: 1, fn: 3 }, { tp: 18, fp: 2, fn: 6 }], 500);
    expect(spread.precision).toEqual([0.9, 0.9]);
    expect(spread.recall).toEqual([0.75, 0.75]);
  });

  it('is wide when one event holds most misses, and the same from run to run', () => {
    const events = [...Array.from({ length: 9 }, () => ({ tp: 20, fp: 0, fn: 1 })), { tp: 10, fp: 2, fn: 30 }];
    const spread = eventSpread(events, 2000);
    expect(spread.recall[0]).toBeLessThan(0.7);
    expect(spread.recall[1]).toBeGreaterThan(0.9);
    expect(spread.precision[1]).toBe(1);
    expect(eventSpread(events, 2000)).toEqual(spread);
  });
});
