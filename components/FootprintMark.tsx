/**
 * Two footprints on a diagonal: left foot behind, right foot ahead. Each print
 * is a forefoot and a heel, no toes, so the shape still reads at 16 px.
 * Drawn on a 32-unit grid; `currentColor` fills the prints.
 */
export const FOOTPRINT_PATHS = [
  // Left print, lower and behind.
  'M9.6 13.2c2.6 0 4 2.3 3.8 5.1-.2 2.6-1.6 4.2-3.7 4.2s-3.6-1.7-3.7-4.3c-.1-2.8 1.2-5 3.6-5z',
  'M9.9 24.2c1.6 0 2.6 1.1 2.5 2.6-.1 1.4-1.1 2.3-2.6 2.3s-2.5-.9-2.5-2.3c0-1.5 1-2.6 2.6-2.6z',
  // Right print, higher and ahead.
  'M22.4 3c2.6 0 4 2.3 3.8 5.1-.2 2.6-1.6 4.2-3.7 4.2s-3.6-1.7-3.7-4.3c-.1-2.8 1.2-5 3.6-5z',
  'M22.1 14c1.6 0 2.6 1.1 2.5 2.6-.1 1.4-1.1 2.3-2.6 2.3s-2.5-.9-2.5-2.3c0-1.5 1-2.6 2.6-2.6z',
];

export function FootprintMark(props: { class?: string; size?: number }) {
  const size = props.size ?? 32;
  return (
    <svg class={props.class} viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" focusable="false">
      {FOOTPRINT_PATHS.map((d) => (
        <path key={d} d={d} fill="currentColor" />
      ))}
    </svg>
  );
}
