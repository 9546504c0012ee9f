/**
 * Typed arrays that grow by doubling: the columns of an index that is loaded
 * whole from a snapshot (its arrays used as they are) and then added to one
 * item at a time.
 */
type Column = Int32Array | Float32Array | Float64Array | Uint8Array;

/** Smallest capacity a column grows to. */
const MIN_CAPACITY = 4;

/** The column itself if it holds `needed` items, else a copy twice as long (or longer). */
export function withCapacity<T extends Column>(column: T, needed: number): T {
  if (needed <= column.length) return column;
  const Kind = column.constructor as new (length: number) => T;
  const grown = new Kind(Math.max(needed, column.length * 2, MIN_CAPACITY));
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
