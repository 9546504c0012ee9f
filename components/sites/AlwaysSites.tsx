/**
 * The options page's list of sites the reader granted from the popup
 * ("Selalu jalankan Jejak di situs ini"), each with a button that takes the
 * permission back (and with it the registered script).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface AlwaysSitesApi {
  list(): Promise<string[]>;
  remove(host: string): Promise<void>;
  /** Calls `onChange` when a site is granted or removed anywhere (the popup, the browser's own settings); returns the unsubscribe function. */
  watch?(onChange: () => void): () => void;
}

export function AlwaysSites({ api }: { api: AlwaysSitesApi }) {
  const [hosts, setHosts] = useState<string[] | undefined>(undefined);
  const [told, setTold] = useState('');

  useEffect(() => {
    let live = true;
    const load = () =>
      api.list().then(
        (list) => live && setHosts(list),
        (error: unknown) => live && setTold(error instanceof Error ? error.message : String(error)),
      );
    void load();
    const unwatch = api.watch?.(() => void load());
    return () => {
      live = false;
      unwatch?.();
    };
  }, [api]);

  const remove = (host: string) => {
    api.remove(host).then(
      async () => {
        setHosts(await api.list());
        setTold(t('alwaysSiteRemoved', [host]));
      },
      (error: unknown) => setTold(t('alwaysSiteRemoveFailed', [host, error instanceof Error ? error.message : String(error)])),
    );
  };

  return (
    <section class="options-section" aria-labelledby="always-sites-heading">
      <h2 id="always-sites-heading">{t('alwaysSites')}</h2>
      <p class="options-help">{t('alwaysSitesHelp')}</p>
      {hosts !== undefined &&
        (hosts.length === 0 ? (
          <p class="options-help">{t('alwaysSitesNone')}</p>
        ) : (
          <ul class="always-sites">
            {hosts.map((host) => (
              <li key={host}>
                <span class="site-name">{host}</span>
                <button type="button" aria-label={t('alwaysSiteRemoveLabel', [host])} onClick={() => remove(host)}>
                  {t('alwaysSiteRemove')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <p class="options-help" role="status">
        {told}
      </p>
    </section>
  );
}
