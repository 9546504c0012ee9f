import { execFileSync } from 'node:child_process';

/** The browser tests load the real production builds, made fresh so they cannot be stale:
 * Chromium's (MV3, .output/chrome-mv3) and Firefox's (MV2, .output/firefox-mv2), one after the other. */
export default function setup(): void {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv2'], { stdio: 'inherit' });
}
