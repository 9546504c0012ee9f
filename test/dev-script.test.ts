import { describe, expect, it } from 'vitest';
import { missingDisplay, noDisplayMessage } from '../scripts/dev/display';

describe('npm run dev without a display', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux', () => {
    expect(missingDisplay('linux', {})).toMatch(/DISPLAY/);
    expect(missingDisplay('linux', { DISPLAY: ':0' })).toBeUndefined();
    expect(missingDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeUndefined();
    expect(missingDisplay('darwin', {})).toBeUndefined();
  });

  it('points at the build that needs no display', () => {
    expect(noDisplayMessage('no display', false)).toContain('npm run build, then load .output/chrome-mv3');
    expect(noDisplayMessage('no display', true)).toContain('npm run build:firefox, then load .output/firefox-mv2/manifest.json');
  });
});
