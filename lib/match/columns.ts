/**
 * Typed arrays that grow by doubling: the columns of an index that is loaded
 * whole from a snapshot (its arrays used as they are) and then added to one
 * item at a time.
 */
type Column = Int32Array | Float32Array | Float64Array | Uint8Array;

/** Smallest capacity a column grows to. */
const MIN_CAPACITY = 4;

/** Columns shorter than this double when they grow: few copies while they are small, and little room left over. */
const DOUBLE_BELOW = 1 << 16;

/**
 * Longer columns grow by this share of their length. A column loaded from a
 * snapshot is exactly full, and the background adds the page being read to
 * the library right after loading: grown by doubling, the related index's
 * document terms (5 MB for 10,000 articles) and the article summaries (3 MB)
 * took twice their size for one article more, 8 MB of the background's
 * memory. An eighth keeps the copying per item added constant (about eight
 * copies of each item instead of one, over a column's growth).
 */
const LARGE_GROWTH_SHARE = 1 / 8;

/** The column itself if it holds `needed` items, else a longer copy: twice as long while small, an eighth longer when large (or as long as needed). */
export function withCapacity<T extends Column>(column: T, needed: number): T {
  if (needed <= column.length) return column;
  const Kind = column.constructor as new (length: number) => T;
  const length = column.length;
  const growth = length < DOUBLE_BELOW ? length : Math.ceil(length * LARGE_GROWTH_SHARE);
  const grown = new Kind(Math.max(needed, length + growth, MIN_CAPACITY));
  grown.set(column);
  return grown;
}

/** Index of `value` in the ascending range `sorted[from..to)`, or -1. */
export function binarySearch(sorted: ArrayLike<number>, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
