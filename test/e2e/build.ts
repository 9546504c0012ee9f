import { execFileSync } from 'node:child_process';

/** The browser tests load the real production builds, made fresh so they cannot be stale:
 * Chromium's (MV3, .output/chrome-mv3) and Firefox's (MV2, .output/firefox-mv2), one after the other.
 * Their bundled index is built from the tests' copy of the five seeds (test/fixtures/seeds), whose
 * matches the fixture pages' expected counts describe, not from the growing `seeds/`. */
export default function setup(): void {
  const env = { ...process.env, JEJAK_SEEDS_DIR: 'test/fixtures/seeds' };
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv2'], { stdio: 'inherit', env });
}
