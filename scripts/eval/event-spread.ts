/**
 * How far held-out figures over a few events can be trusted: the events are
 * drawn again with replacement, many times, and the precision and recall of
 * each draw are summed from its events' counts. Events, not pairs, are
 * drawn, because pairs of one event are not independent: one loosely
 * translated speech moves recall by points.
 */
import { seededRandom } from '../seeded-random';

export interface EventCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Spread {
  /** Precision and recall at the low and high end of the middle `share` of the draws. */
  precision: [number, number];
  recall: [number, number];
}

export function eventSpread(events: readonly EventCounts[], draws = 10_000, share = 0.9, seed = 1): Spread {
  const random = seededRandom(seed);
  const precision: number[] = [];
  const recall: number[] = [];
  for (let d = 0; d < draws; d++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let k = 0; k < events.length; k++) {
      const e = events[Math.floor(random() * events.length)]!;
      tp += e.tp;
      fp += e.fp;
      fn += e.fn;
    }
    if (tp + fp > 0) precision.push(tp / (tp + fp));
    if (tp + fn > 0) recall.push(tp / (tp + fn));
  }
  const ends = (values: number[]): [number, number] => {
    if (values.length === 0) return [NaN, NaN];
    values.sort((a, b) => a - b);
    const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
    return [at((1 - share) / 2), at(1 - (1 - share) / 2)];
  };
  return { precision: ends(precision), recall: ends(recall) };
}
