/**
 * The page Jejak opens once, after install: what it does in three lines,
 * how to keep its toolbar icon in sight,
 * the one question it asks (keep the NATO/Ukraine articles the reader reads
 * in the library; yes unless the reader says no), where the library lives
 * and what privacy means here, in plain words, and where to go next.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { FootprintMark } from '../FootprintMark';

/**
 * The sample article the welcome page opens in the reader page: a bundled
 * seed (TribunWow, June 2023) whose quotes other outlets in the bundled
 * collection also reported, so its marked quotes show what Jejak reads.
 */
export const TRY_ARTICLE_ID = '001_b20bb185f5d74590';

/** Where the browser keeps a new extension's icon, and so how to pin it. */
export type BrowserFamily = 'chrome' | 'firefox';

export interface WelcomeApi {
  browser: BrowserFamily;
  /** The reader page's address for the sample article. */
  tryUrl: string;
  /** The reader's current answer (the setting; on by default). */
  loadRemember(): Promise<boolean>;
  saveRemember(remember: boolean): Promise<void>;
  openLibrary(): void;
  openOptions(): void;
}

type Saved = { state: 'idle' } | { state: 'saved'; remember: boolean } | { state: 'failed'; message: string };

export function WelcomeApp({ api }: { api: WelcomeApi }) {
  const [remember, setRemember] = useState<boolean | undefined>(undefined);
  const [saved, setSaved] = useState<Saved>({ state: 'idle' });

  useEffect(() => {
    let live = true;
    void api.loadRemember().then((value) => live && setRemember(value));
    return () => {
      live = false;
    };
  }, [api]);

  const choose = (value: boolean) => {
    setRemember(value);
    api.saveRemember(value).then(
      () => setSaved({ state: 'saved', remember: value }),
      (error: unknown) => setSaved({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <main class="welcome">
      <header class="welcome-header">
        <FootprintMark class="welcome-mark" size={48} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <ul class="welcome-intro welcome-what">
        <li>{t('welcomeWhatFinds')}</li>
        <li>{t('welcomeWhatShows')}</li>
        <li>{t('welcomeWhatQuiet')}</li>
      </ul>

      <section class="welcome-card" aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcomePinTitle')}</h2>
        <p>{t(api.browser === 'firefox' ? 'welcomePinFirefox' : 'welcomePinChrome')}</p>
      </section>

      <section class="welcome-card welcome-question" aria-labelledby="remember-heading">
        <h2 id="remember-heading">{t('welcomeRememberTitle')}</h2>
        <fieldset>
          <legend>{t('welcomeRememberQuestion')}</legend>
          <p class="welcome-help">{t('welcomeRememberWhy')}</p>
          {remember !== undefined &&
            ([true, false] as const).map((value) => (
              <label key={String(value)} class={`choice${remember === value ? ' choice-on' : ''}`}>
                <input type="radio" name="remember" checked={remember === value} onChange={() => choose(value)} />
                <span>
                  <span class="choice-label">{t(value ? 'welcomeRememberYes' : 'welcomeRememberNo')}</span>
                  <span class="choice-help">{t(value ? 'welcomeRememberYesHelp' : 'welcomeRememberNoHelp')}</span>
                </span>
              </label>
            ))}
        </fieldset>
        <p class="welcome-saved" role="status">
          {saved.state === 'saved' ? t(saved.remember ? 'welcomeRememberOn' : 'welcomeRememberOff') : saved.state === 'failed' ? t('optionsSaveFailed', [saved.message]) : ''}
        </p>
      </section>

      <section class="welcome-card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyTitle')}</h2>
        <ul class="welcome-points">
          <li>{t('welcomePrivacyDevice')}</li>
          <li>{t('welcomePrivacyNoNetwork')}</li>
          <li>{t('welcomePrivacyPages')}</li>
          <li>{t('welcomePrivacyDelete')}</li>
        </ul>
      </section>

      <section class="welcome-card" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('welcomeNextTitle')}</h2>
        <p>{t('welcomeTry')}</p>
        <p>
          <a class="welcome-try" href={api.tryUrl}>
            {t('welcomeTryLink')}
          </a>
        </p>
        <div class="welcome-actions">
          <button type="button" class="welcome-primary" onClick={api.openLibrary}>
            {t('welcomeOpenLibrary')}
          </button>
          <button type="button" class="welcome-secondary" onClick={api.openOptions}>
            {t('welcomeOpenOptions')}
          </button>
        </div>
        <p class="welcome-help">{t('welcomeLibraryHint')}</p>
      </section>
    </main>
  );
}
