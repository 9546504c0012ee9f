import { execFileSync } from 'node:child_process';

/** The browser tests load the real production build, made fresh so it cannot be stale. */
export default function setup(): void {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
