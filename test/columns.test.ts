import { describe, expect, it } from 'vitest';
import { withCapacity } from '../lib/match/columns';

describe('withCapacity', () => {
  it('keeps a column that already has room', () => {
    const column = new Int32Array(8);
    expect(withCapacity(column, 8)).toBe(column);
  });

  it('doubles a small column, keeping its items', () => {
    const grown = withCapacity(Int32Array.from([1, 2, 3]), 4);
    expect(grown).toBeInstanceOf(Int32Array);
    expect(grown.length).toBe(6);
    expect(Array.from(grown.subarray(0, 3))).toEqual([1, 2, 3]);
  });

  it('grows a full column of a million items (as loaded from a snapshot) by an eighth for one item more, not by its whole size', () => {
    const loaded = new Float64Array(1_000_000).map((_, i) => i / 2);
    const grown = withCapacity(loaded, loaded.length + 1);
    expect(grown).toBeInstanceOf(Float64Array);
    expect(grown.length).toBe(1_125_000);
    expect(grown[999_999]).toBe(999_999 / 2);
  });

  it('gives at least the room asked for', () => {
    expect(withCapacity(new Uint8Array(100_000), 300_000).length).toBe(300_000);
    expect(withCapacity(new Uint8Array(0), 1).length).toBe(4);
  });
});
