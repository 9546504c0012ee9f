/**
 * The reader's library in the background: one engine over the bundled index
 * and the library, loaded from its stored snapshot when the background
 * starts, kept up to date from the library's change log (the Library page
 * writes to the same IndexedDB), and stored again a little after the last change.
 */
import type { PageArticle } from '../../lib/match/types';
import type { Engine } from '../../lib/match/engine';
import { articleFromParts } from '../../lib/seed/parse';
import { LibraryEngine, type BundledIndex } from '../../lib/library/engine-store';
import type { Article } from '../../lib/types';
import { libraryId } from '../../lib/library/record';
import { LibraryQuotaError, type LibraryStore } from '../../lib/library/store';
import type { RecordSource } from '../../lib/library/schema';
import type { BackgroundLibrary, KeepOutcome } from './service';

/** Quiet time after the last change before the engine's snapshot is stored: one write for a burst of changes. */
const SAVE_DELAY_MS = 3_000;
/** When the browser's storage for Jejak is full, the reader is told this many outlets holding the most articles: where deleting frees the most. */
const FULLEST_OUTLETS_TOLD = 3;

export function createBackgroundLibrary(openStore: () => Promise<LibraryStore>, bundled: BundledIndex) {
  let loading: Promise<{ store: LibraryStore; library: LibraryEngine }> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Canonical addresses of the bundled index's articles, from the engine once loaded: a page already there is not kept twice. */
  const bundledUrls = new Set<string>();
  /** The bundled articles with their text, by id: read from the extension's files the first time one is opened. */
  let bundledTexts: Promise<Map<string, Article>> | undefined;

  const load = () =>
    (loading ??= (async () => {
      const store = await openStore();
      const { library, report } = await LibraryEngine.load(store, bundled);
      console.info(`Jejak: engine ${report.from === 'snapshot' ? 'loaded' : 'built'} in ${Math.round(report.ms)} ms, ${report.replayed} library changes applied`);
      if (library.saveDue) scheduleSave();
      for (const url of library.engine.canonicalUrlsFrom('bundled')) bundledUrls.add(url);
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

  /** Keep a page in the library; a write the browser refuses for lack of space changes nothing and says where to delete. */
  async function keep(page: PageArticle, source: RecordSource): Promise<KeepOutcome> {
    const { store, library } = await load();
    const article = articleFromParts({ id: libraryId({ url: page.url, paragraphs: page.paragraphs }), ...page });
    try {
      const result = await store.put(article, source, { inBundled: (key) => bundledUrls.has(key) });
      if (result.status !== 'duplicate') {
        await library.sync();
        // The snapshot is stored every SAVE_AFTER_CHANGES changes: until then a restart replays them from the log.
        if (library.saveDue) scheduleSave();
      }
      return { saved: result.status, id: result.id };
    } catch (error) {
      if (!(error instanceof LibraryQuotaError)) throw error;
      return { full: (await store.outlets()).slice(0, FULLEST_OUTLETS_TOLD) };
    }
  }

  const backend: BackgroundLibrary & { engine(): Promise<Engine> } = {
    async engine() {
      return (await load()).library.engine;
    },
    async refresh() {
      const { library } = await load();
      if ((await library.sync()) > 0 && library.saveDue) scheduleSave();
    },
    async changed() {
      const { library } = await load();
      await library.sync();
      // No burst of changes to wait out: an import or a deletion has ended.
      clearTimeout(saveTimer);
      await library.save();
    },
    remember: (page: PageArticle) => keep(page, 'read'),
    save: (page: PageArticle) => keep(page, 'saved'),
    async getArticle(id: string) {
      const stored = (await (await load()).store.get(id))?.article;
      if (stored) return stored;
      bundledTexts ??= bundled.articles().then(
        (articles) => new Map(articles.map((a) => [a.id, a] as const)),
        (error: unknown) => {
          bundledTexts = undefined;
          throw error;
        },
      );
      return (await bundledTexts).get(id);
    },
  };
  return backend;
}
