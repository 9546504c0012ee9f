import { render } from 'preact';
import { OUTLETS } from '../../lib/outlets';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/options/options.css';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element');
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<OptionsApp outlets={OUTLETS} />, root);
