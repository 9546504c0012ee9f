import { render } from 'preact';
import { browser } from 'wxt/browser';
import { send } from '../../lib/messages';
import { ReaderPage, articleHeadline, type ReaderState } from '../../components/reader/ReaderArticle';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/extension-page.css';
import '../../components/reader/reader.css';

const root = document.getElementById('app');
if (!root) throw new Error('reader.html has no #app element');
document.documentElement.lang = uiLanguage();

function show(state: ReaderState): void {
  render(<ReaderPage state={state} />, root!);
  if (state.status === 'ready') {
    const headline = articleHeadline(state.article);
    document.title = headline ? `${headline} · Jejak` : 'Jejak';
  }
}

async function load(): Promise<void> {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) return show({ status: 'error', message: t('readerMissingId') });
  show({ status: 'loading' });
  try {
    const response = await send(browser.runtime, { type: 'get-article', id });
    if ('error' in response) show({ status: 'error', message: `${t('readerNotFound')} (${response.error})` });
    else show({ status: 'ready', article: response.article });
  } catch (error) {
    show({ status: 'error', message: `${t('readerNotFound')} (${error instanceof Error ? error.message : String(error)})` });
  }
}

void load();
