import { render } from 'preact';
import { OUTLETS } from '../../lib/outlets';
import { browser } from 'wxt/browser';
import { OptionsApp, type LibraryActions } from '../../components/options/OptionsApp';
import { LibraryStore } from '../../lib/library/store';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/extension-page.css';
import '../../components/options/options.css';
import '../../components/sites/sites.css';
import type { AlwaysSitesApi } from '../../components/sites/AlwaysSites';
import { grantedSites, removeSite, watchSites } from '../../components/services/always-sites';
import { libraryChanged } from '../../components/services/library-changed';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element');
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const library: LibraryActions = {
  open: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
  async clear() {
    const store = await LibraryStore.open();
    await store.clear();
    store.close();
    libraryChanged();
  },
};
const sites: AlwaysSitesApi = { list: grantedSites, remove: removeSite, watch: watchSites };
render(<OptionsApp outlets={OUTLETS} library={library} sites={sites} />, root);
