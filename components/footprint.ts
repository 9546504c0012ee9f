/**
 * Two footprints walking up the page: left foot behind, right foot ahead,
 * toes turned slightly out. Each print is one sole silhouette (wide forefoot,
 * narrow arch on the inner side, round heel) with no toes, so the shape still
 * reads at 16 px. Drawn on a 32-unit grid; `currentColor` fills the prints.
 */

/** A right sole, centred on the origin, about 7.4 × 17.5 units. */
export const SOLE_PATH =
  'M0-9C2.6-9 3.8-6.5 3.7-3.5 3.6-.5 2.4 1 2.5 3 2.7 5.5 3 8.5.5 8.5-2 8.5-2.3 6-2 3.5-1.8 1.5-3.7 0-3.7-3.5-3.7-6.8-2.4-9 0-9Z';

/** Where each print sits on the 32-unit grid: the left foot is the right sole mirrored. */
export const FOOTPRINTS = [
  'translate(10.2 19.6) rotate(-9) scale(-1 1)',
  'translate(21.8 11.6) rotate(9)',
];
