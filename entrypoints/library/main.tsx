import { render } from 'preact';
import { browser } from 'wxt/browser';
import { send } from '../../lib/messages';
import { LibraryStore } from '../../lib/library/store';
import { importFiles } from '../../lib/library/import-run';
import { exportRecord } from '../../lib/library/transfer';
import { LibraryApp, type LibraryApi } from '../../components/library/LibraryApp';
import { readerUrl } from '../../components/services/reader-link';
import { libraryChanged } from '../../components/services/library-changed';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/extension-page.css';
import '../../components/library/library.css';

const root = document.getElementById('app');
if (!root) throw new Error('library.html has no #app element');
document.documentElement.lang = uiLanguage();
document.title = t('libraryTitle');

const storePromise = LibraryStore.open();
const parser = new DOMParser();

const api: LibraryApi = {
  list: async (options) => (await storePromise).list(options),
  count: async () => (await storePromise).count(),
  outlets: async () => (await storePromise).outlets(),
  async remove(ids) {
    const removed = await (await storePromise).delete(ids);
    libraryChanged();
    return removed;
  },
  async search(query) {
    const reply = await send(browser.runtime, { type: 'library-search', query });
    return 'results' in reply ? reply.results : [];
  },
  async importFiles(files, onProgress) {
    const store = await storePromise;
    try {
      // Files are read one at a time as the import reaches them: a corpus of many files is never all in memory.
      return await importFiles(
        files.map((file) => async () => ({ name: file.name, text: await file.text() })),
        store,
        { parseHtml: (html) => parser.parseFromString(html, 'text/html'), onProgress },
      );
    } finally {
      libraryChanged();
    }
  },
  async exportJsonl() {
    const parts: string[] = [];
    for await (const records of (await storePromise).records()) {
      for (const record of records) parts.push(exportRecord(record.article), '\n');
    }
    return new Blob(parts, { type: 'application/jsonl' });
  },
  async storage() {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    return { usage: estimate?.usage, quota: estimate?.quota };
  },
  openReader(id) {
    void browser.tabs.create({ url: readerUrl(id) });
  },
};

render(<LibraryApp api={api} />, root);
