/**
 * The options page: which outlets Jejak runs on by itself, whether the
 * sidebar opens on its own, and how eagerly a page counts as NATO/Ukraine
 * coverage. Every change is saved at once; open tabs pick it up through the
 * storage watcher, without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { SENSITIVITIES, isOutletEnabled, withOutletEnabled, type Sensitivity, type Settings } from '../../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../services/settings-store';
import { t, type MessageKey } from '../i18n';
import { FootprintMark } from '../FootprintMark';
import { AlwaysSites, type AlwaysSitesApi } from '../sites/AlwaysSites';

export interface OutletChoice {
  id: string;
  name: string;
  hosts: string[];
}

type SaveState = { state: 'idle' } | { state: 'saved' } | { state: 'failed'; message: string };

export interface LibraryActions {
  open(): void;
  /** Delete every library article; resolves once done. */
  clear(): Promise<void>;
}

export function OptionsApp({ outlets, library, sites }: { outlets: readonly OutletChoice[]; library?: LibraryActions; sites?: AlwaysSitesApi }) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [cleared, setCleared] = useState('');

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    // Another window (or a synced browser) may change them while this page is open.
    const unwatch = watchSettings((next) => live && setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setSave({ state: 'saved' }),
      (error: unknown) => setSave({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <main class="options">
      <header class="options-header">
        <FootprintMark class="options-mark" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="options-intro">{t('optionsIntro')}</p>
      <p class="options-save" role="status">
        {save.state === 'saved' ? t('optionsSaved') : save.state === 'failed' ? t('optionsSaveFailed', [save.message]) : ''}
      </p>
      {settings && (
        <>
          <section class="options-section" aria-labelledby="behaviour-heading">
            <h2 id="behaviour-heading">{t('optionsBehaviour')}</h2>
            <label class="check">
              <input
                type="checkbox"
                checked={settings.autoOpen}
                onChange={(event) => update({ ...settings, autoOpen: event.currentTarget.checked })}
              />
              <span>{t('optionsAutoOpen')}</span>
            </label>
            <fieldset class="sensitivity">
              <legend>{t('optionsSensitivity')}</legend>
              {SENSITIVITIES.map((level) => (
                <label key={level} class="radio">
                  <input
                    type="radio"
                    name="sensitivity"
                    value={level}
                    checked={settings.sensitivity === level}
                    onChange={() => update({ ...settings, sensitivity: level })}
                  />
                  <span>
                    <span class="radio-label">{t(`sensitivity_${level}` as MessageKey)}</span>
                    <span class="radio-help">{t(`sensitivity_${level}_help` as `sensitivity_${Sensitivity}_help`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </section>
          <section class="options-section" aria-labelledby="library-heading">
            <h2 id="library-heading">{t('optionsLibrary')}</h2>
            <label class="check">
              <input
                type="checkbox"
                checked={settings.rememberReading}
                onChange={(event) => update({ ...settings, rememberReading: event.currentTarget.checked })}
              />
              <span>{t('optionsRemember')}</span>
            </label>
            {library && (
              <div class="bulk">
                <button type="button" onClick={library.open}>
                  {t('optionsOpenLibrary')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    if (!confirm(t('optionsClearConfirm'))) return;
                    void library.clear().then(
                      () => setCleared(t('optionsCleared')),
                      (error: unknown) => setCleared(error instanceof Error ? error.message : String(error)),
                    );
                  }}
                >
                  {t('optionsClearLibrary')}
                </button>
              </div>
            )}
            <p class="options-help" role="status">
              {cleared}
            </p>
          </section>
          <section class="options-section" aria-labelledby="sites-heading">
            <h2 id="sites-heading">{t('optionsSites')}</h2>
            <p class="options-help">{t('optionsSitesHelp')}</p>
            {outlets.length === 0 ? (
              <p class="options-help">{t('optionsSitesLoading')}</p>
            ) : (
              <>
                <div class="bulk">
                  <button type="button" onClick={() => update({ ...settings, disabledOutlets: [] })}>
                    {t('optionsAllOn')}
                  </button>
                  <button
                    type="button"
                    onClick={() => update({ ...settings, disabledOutlets: outlets.map((outlet) => outlet.id).sort() })}
                  >
                    {t('optionsAllOff')}
                  </button>
                </div>
                <ul class="sites">
                  {outlets.map((outlet) => (
                    <li key={outlet.id}>
                      <label class="check">
                        <input
                          type="checkbox"
                          checked={isOutletEnabled(settings, outlet.id)}
                          onChange={(event) => update(withOutletEnabled(settings, outlet.id, event.currentTarget.checked))}
                        />
                        <span>
                          <span class="site-name">{outlet.name}</span>
                          <span class="site-hosts">{outlet.hosts.join(', ')}</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          {sites && <AlwaysSites api={sites} />}
        </>
      )}
    </main>
  );
}
