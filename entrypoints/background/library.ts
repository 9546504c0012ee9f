/**
 * The reader's library in the background: one engine over the bundled index
 * and the library, loaded from its stored snapshot when the background
 * starts, kept up to date from the library's change log (the Library page
 * writes to the same IndexedDB), and stored again a little after the last change.
 */
import type { JejakIndex } from '../../lib/index/format';
import type { PageArticle } from '../../lib/match/types';
import { canonicalUrl, type Engine } from '../../lib/match/engine';
import { articleFromParts } from '../../lib/seed/parse';
import { LibraryEngine } from '../../lib/library/engine-store';
import { libraryId } from '../../lib/library/record';
import type { LibraryStore } from '../../lib/library/store';
import type { BackgroundLibrary } from './service';

/** Quiet time after the last change before the engine's snapshot is stored: one write for a burst of changes. */
const SAVE_DELAY_MS = 3_000;

export function createBackgroundLibrary(openStore: () => Promise<LibraryStore>, bundled: JejakIndex) {
  let loading: Promise<{ store: LibraryStore; library: LibraryEngine }> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const bundledUrls = new Set(bundled.articles.flatMap((a) => (a.url ? [canonicalUrl(a.url)] : [])));

  const load = () =>
    (loading ??= (async () => {
      const store = await openStore();
      const { library, report } = await LibraryEngine.load(store, bundled);
      console.info(`Jejak: engine ${report.from === 'snapshot' ? 'loaded' : 'built'} in ${Math.round(report.ms)} ms, ${report.replayed} library changes applied`);
      if (library.unsaved) scheduleSave();
      return { store, library };
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));

  function scheduleSave(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      void load()
        .then(({ library }) => library.save())
        .catch((error: unknown) => console.error('Jejak: could not store the engine snapshot', error));
    }, SAVE_DELAY_MS);
  }

  const backend: BackgroundLibrary & { engine(): Promise<Engine> } = {
    async engine() {
      return (await load()).library.engine;
    },
    async refresh() {
      const { library } = await load();
      if ((await library.sync()) > 0) scheduleSave();
    },
    async remember(page: PageArticle) {
      const { store, library } = await load();
      const article = articleFromParts({ id: libraryId({ url: page.url, paragraphs: page.paragraphs }), ...page });
      const result = await store.put(article, 'read', { inBundled: (key) => bundledUrls.has(key) });
      if (result.status === 'duplicate') return;
      await library.sync();
      scheduleSave();
    },
    async getArticle(id: string) {
      return (await (await load()).store.get(id))?.article;
    },
  };
  return backend;
}
