/**
 * The Jejak mark: two footprints stepping forward ("jejak" is a trace, a
 * footprint), and the name beside it. The same drawing as the toolbar icon.
 */
import { FootprintMark } from '../FootprintMark';

export function Wordmark({ compact = false }: { compact?: boolean }) {
  return (
    <span class={compact ? 'wordmark wordmark-compact' : 'wordmark'} aria-hidden={compact ? 'true' : undefined}>
      <FootprintMark class="wordmark-mark" />
      {!compact && <span class="wordmark-name">Jejak</span>}
    </span>
  );
}
