import { render } from 'preact';
import { browser } from 'wxt/browser';
import { TRY_ARTICLE_ID, WelcomeApp, type WelcomeApi } from '../../components/welcome/WelcomeApp';
import { readerUrl } from '../../components/services/reader-link';
import { loadSettings, saveSettings } from '../../components/services/settings-store';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/extension-page.css';
import '../../components/welcome/welcome.css';

const root = document.getElementById('app');
if (!root) throw new Error('welcome.html has no #app element');
document.documentElement.lang = uiLanguage();
document.title = t('welcomeTitle');

const api: WelcomeApi = {
  browser: navigator.userAgent.includes('Firefox/') ? 'firefox' : 'chrome',
  tryUrl: readerUrl(TRY_ARTICLE_ID),
  loadRemember: async () => (await loadSettings()).rememberReading,
  async saveRemember(remember) {
    // Read again just before writing: the options page may have changed another setting meanwhile.
    await saveSettings({ ...(await loadSettings()), rememberReading: remember });
  },
  openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

render(<WelcomeApp api={api} />, root);
