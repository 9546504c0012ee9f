/** The Jejak mark as an <svg> (components/footprint.ts draws it). */
import { FOOTPRINTS, SOLE_PATH } from './footprint';

export function FootprintMark(props: { class?: string; size?: number }) {
  const size = props.size ?? 32;
  return (
    <svg class={props.class} viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" focusable="false">
      {FOOTPRINTS.map((transform) => (
        <path key={transform} d={SOLE_PATH} transform={transform} fill="currentColor" />
      ))}
    </svg>
  );
}
