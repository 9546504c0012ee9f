import { render } from 'preact';
import { OUTLETS } from '../../lib/outlets';
import { browser } from 'wxt/browser';
import { OptionsApp, type LibraryActions } from '../../components/options/OptionsApp';
import { LibraryStore } from '../../lib/library/store';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/extension-page.css';
import '../../components/options/options.css';

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
  },
};
render(<OptionsApp outlets={OUTLETS} library={library} />, root);
