/**
 * On the reader's first pages with findings the launcher says in words what
 * it is ("Jejak · 3 kutipan"); after these it is the mark and count alone.
 * Counted once per page, by whichever launcher shows first there (the
 * article script's own, or the sidebar's when it opens at once).
 */
import { alive, ext } from './page-api';

/** How many pages with findings the launcher has been shown on, with words, so far. */
const INTRODUCED_KEY = 'launcherIntroduced';
const INTRODUCED_PAGES = 3;

/** Whether the launcher on this page introduces itself; counts the page when it does. */
export async function introduceLauncher(): Promise<boolean> {
  try {
    const stored = (await ext.storage.local.get(INTRODUCED_KEY))[INTRODUCED_KEY];
    const introduced = typeof stored === 'number' ? stored : 0;
    if (introduced >= INTRODUCED_PAGES) return false;
    if (alive()) void ext.storage.local.set({ [INTRODUCED_KEY]: introduced + 1 }).catch(() => {});
    return true;
  } catch {
    return false;
  }
}
