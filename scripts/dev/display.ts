/**
 * `npm run dev` opens a browser window with Jejak loaded: on Linux and the
 * BSDs that needs a display server (X11 or Wayland). Without one the browser
 * dies at start and WXT reports only a lost connection (ECONNRESET).
 */

/** Why this machine cannot show a browser window, or undefined when it can. */
export function missingDisplay(platform: NodeJS.Platform, env: Record<string, string | undefined>): string | undefined {
  // macOS and Windows always have their window system.
  if (platform === 'darwin' || platform === 'win32') return undefined;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return undefined;
  return 'no display: neither DISPLAY nor WAYLAND_DISPLAY is set';
}

/** What to tell a contributor whose machine has no display. */
export function noDisplayMessage(reason: string, firefox: boolean): string {
  const build = firefox ? 'npm run build:firefox' : 'npm run build';
  const folder = firefox ? '.output/firefox-mv2/manifest.json' : '.output/chrome-mv3';
  return [
    `npm run dev opens a browser window with Jejak loaded, and this machine has ${reason}.`,
    `To build Jejak without a display: ${build}, then load ${folder} in the browser (README, "Install").`,
    'The browser tests run headless: npm run test:e2e.',
  ].join('\n');
}
