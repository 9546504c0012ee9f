/**
 * The Library page: the articles Jejak keeps on this device, browsed by date,
 * outlet or event, searched with the engine's own retrieval, opened in the reader
 * page or deleted; import by file picker or drag and drop with progress and a
 * report; export as JSONL; storage used and the browser's quota. The page
 * writes to the library's IndexedDB itself; the background follows the
 * change log before its next analysis.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary } from '../../lib/messages';
import type { ImportProgress, ImportReport } from '../../lib/library/import-run';
import type { LibraryEntry, ListOrder } from '../../lib/library/store';
import { SUPPORTED_EXTENSIONS } from '../../lib/library/transfer';
import { groupEvents } from '../../lib/library/events';
import { t, tCount, uiLocale, type MessageKey } from '../i18n';
import { formatDate } from '../format';
import { FootprintMark } from '../FootprintMark';

/** What the page needs from the browser and the library (entrypoints/library/main.tsx wires the real ones). */
export interface LibraryApi {
  list(options: { order: ListOrder; outlet?: string; offset: number; limit: number }): Promise<LibraryEntry[]>;
  count(): Promise<number>;
  outlets(): Promise<{ outlet: string; count: number }[]>;
  remove(ids: string[]): Promise<number>;
  search(query: string): Promise<ArticleSummary[]>;
  importFiles(files: File[], onProgress: (p: ImportProgress) => void): Promise<ImportReport>;
  exportJsonl(): Promise<Blob>;
  storage(): Promise<{ usage?: number; quota?: number }>;
  openReader(id: string): void;
}

const PAGE_SIZE = 50;
/** The event view groups what is loaded: a larger window keeps one event's articles from falling on two pages. */
const EVENT_PAGE_SIZE = 500;

/** How the browse list is shown: a list order, or grouped by event (newest published first). */
type BrowseView = ListOrder | 'event';
/** Rejected records listed in the report; the count says how many more there are. */
const REPORT_PROBLEMS_SHOWN = 50;

type ImportState =
  | { state: 'idle' }
  | { state: 'running'; progress?: ImportProgress }
  | { state: 'done'; report: ImportReport }
  | { state: 'failed'; message: string };

const SOURCE_KEYS: Record<LibraryEntry['source'], MessageKey> = {
  read: 'librarySourceRead',
  saved: 'librarySourceSaved',
  imported: 'librarySourceImported',
};

/** Storage in MB or GB with one decimal, written as the reader's language writes numbers (0,3 MB in Indonesian). */
function megabytes(bytes: number | undefined): string {
  if (bytes === undefined) return '?';
  const oneDecimal = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return bytes >= 1e9 ? `${oneDecimal.format(bytes / 1e9)} GB` : `${oneDecimal.format(bytes / 1e6)} MB`;
}

export function LibraryApp({ api }: { api: LibraryApi }) {
  const [entries, setEntries] = useState<LibraryEntry[] | undefined>(undefined);
  const [total, setTotal] = useState(0);
  const [view, setView] = useState<BrowseView>('date');
  const order: ListOrder = view === 'event' ? 'date' : view;
  const pageSize = view === 'event' ? EVENT_PAGE_SIZE : PAGE_SIZE;
  const [outlet, setOutlet] = useState<string>('');
  const [outlets, setOutlets] = useState<{ outlet: string; count: number }[]>([]);
  const [more, setMore] = useState(false);
  const [storage, setStorage] = useState<{ usage?: number; quota?: number }>({});
  const [importing, setImporting] = useState<ImportState>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ArticleSummary[] | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = async (keep = 0) => {
    const [list, count, byOutlet, usage] = await Promise.all([
      api.list({ order, outlet: outlet || undefined, offset: 0, limit: Math.max(pageSize, keep) }),
      api.count(),
      api.outlets(),
      api.storage(),
    ]);
    setEntries(list);
    setMore(list.length >= Math.max(pageSize, keep));
    setTotal(count);
    setOutlets(byOutlet);
    setStorage(usage);
  };

  useEffect(() => {
    void reload();
  }, [view, outlet]);

  const loadMore = async () => {
    const next = await api.list({ order, outlet: outlet || undefined, offset: entries?.length ?? 0, limit: pageSize });
    setEntries([...(entries ?? []), ...next]);
    setMore(next.length >= pageSize);
  };

  const runImport = async (files: File[]) => {
    if (files.length === 0 || importing.state === 'running') return;
    setImporting({ state: 'running' });
    try {
      const report = await api.importFiles(files, (progress) => setImporting({ state: 'running', progress: { ...progress } }));
      setImporting({ state: 'done', report });
    } catch (error) {
      setImporting({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    await reload(entries?.length ?? 0);
  };

  const remove = async (entry: { id: string; title?: string }) => {
    await api.remove([entry.id]);
    setNotice(t('libraryDeleted', [entry.title ?? entry.id]));
    setResults(results?.filter((r) => r.id !== entry.id));
    await reload(entries?.length ?? 0);
  };

  const exportAll = async () => {
    const blob = await api.exportJsonl();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `jejak-perpustakaan-${new Date().toISOString().slice(0, 10)}.jsonl`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  };

  return (
    <main
      class={`library${dragging ? ' library-dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void runImport([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <header class="library-header">
        <FootprintMark class="library-mark" />
        <div>
          <h1>{t('libraryTitle')}</h1>
          <p class="library-stats">
            {tCount('libraryCount', total)} · {t('libraryStorage', [megabytes(storage.usage), megabytes(storage.quota)])}
          </p>
        </div>
      </header>
      <p class="library-intro">{t('libraryIntro')}</p>

      <section class="library-section" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('libraryImportHeading')}</h2>
        <div class="dropzone">
          <p>{t('libraryDropHint')}</p>
          <p class="muted">{t('libraryFormats', [SUPPORTED_EXTENSIONS.join(', ')])}</p>
          <div class="actions">
            <button type="button" class="primary" disabled={importing.state === 'running'} onClick={() => fileInput.current?.click()}>
              {t('libraryChooseFiles')}
            </button>
            <button type="button" onClick={() => void exportAll()} disabled={total === 0}>
              {t('libraryExport')}
            </button>
          </div>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={SUPPORTED_EXTENSIONS.join(',')}
            class="visually-hidden"
            aria-label={t('libraryChooseFiles')}
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])];
              event.currentTarget.value = '';
              void runImport(files);
            }}
          />
        </div>
        <ImportStatus state={importing} outlets={outlets} />
      </section>

      <section class="library-section" aria-labelledby="search-heading">
        <h2 id="search-heading">{t('librarySearchHeading')}</h2>
        <form
          class="search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            if (!query.trim()) return setResults(undefined);
            void api.search(query).then(setResults);
          }}
        >
          <input type="search" value={query} placeholder={t('librarySearchPlaceholder')} aria-label={t('librarySearchHeading')} onInput={(e) => setQuery(e.currentTarget.value)} />
          <button type="submit">{t('librarySearch')}</button>
        </form>
        {results && (
          <>
            <p class="muted" role="status">{tCount('librarySearchResults', results.length)}</p>
            <ul class="entries">
              {results.map((r) => (
                <li key={r.id} class="entry">
                  <div class="entry-main">
                    <button type="button" class="entry-title" onClick={() => api.openReader(r.id)}>{r.title || r.lead}</button>
                    <p class="entry-meta">
                      {r.outlet ?? t('unknownOutlet')} · {formatDate(r.publishedAt)} ·{' '}
                      <span class={`origin origin-${r.origin ?? 'bundled'}`}>{t(r.origin === 'library' ? 'originLibrary' : 'originBundled')}</span>
                    </p>
                  </div>
                  {r.origin === 'library' && (
                    <DeleteButton name={r.title || r.lead} onDelete={() => void remove(r)} />
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section class="library-section" aria-labelledby="browse-heading">
        <h2 id="browse-heading">{t('libraryBrowseHeading')}</h2>
        <div class="filters">
          <label>
            {t('libraryOrder')}{' '}
            <select value={view} onChange={(e) => setView(e.currentTarget.value as BrowseView)}>
              <option value="date">{t('libraryOrderDate')}</option>
              <option value="savedAt">{t('libraryOrderSaved')}</option>
              <option value="event">{t('libraryOrderEvent')}</option>
            </select>
          </label>
          <label>
            {t('libraryOutlet')}{' '}
            <select value={outlet} onChange={(e) => setOutlet(e.currentTarget.value)}>
              <option value="">{t('libraryAllOutlets')}</option>
              {outlets.map((o) => (
                <option key={o.outlet} value={o.outlet}>{`${o.outlet || t('unknownOutlet')} (${o.count})`}</option>
              ))}
            </select>
          </label>
        </div>
        <p class="notice" role="status">{notice}</p>
        {entries === undefined ? (
          <p class="muted">…</p>
        ) : entries.length === 0 ? (
          <p class="empty">{t('libraryEmpty')}</p>
        ) : view !== 'event' ? (
          <EntryList entries={entries} open={api.openReader} remove={(entry) => void remove(entry)} />
        ) : (
          <EventView entries={entries} open={api.openReader} remove={(entry) => void remove(entry)} />
        )}
        {more && (
          <button type="button" class="more" onClick={() => void loadMore()}>
            {t('libraryMore')}
          </button>
        )}
      </section>
    </main>
  );
}

interface EntryActions {
  open(id: string): void;
  remove(entry: LibraryEntry): void;
}

/**
 * "Hapus", asked twice: the first press turns the button into "Yakin hapus?",
 * the second deletes. Leaving the button (focus elsewhere) takes the question
 * back. A deleted article is gone from every index at once, with no undo.
 */
function DeleteButton({ name, onDelete }: { name: string; onDelete(): void }) {
  const [asking, setAsking] = useState(false);
  return (
    <button
      type="button"
      class={asking ? 'danger asking' : 'danger'}
      aria-label={`${t(asking ? 'libraryDeleteConfirm' : 'libraryDelete')}: ${name}`}
      onClick={() => {
        if (!asking) setAsking(true);
        else onDelete();
      }}
      onBlur={() => setAsking(false)}
    >
      {t(asking ? 'libraryDeleteConfirm' : 'libraryDelete')}
    </button>
  );
}

function EntryList({ entries, open, remove }: { entries: LibraryEntry[] } & EntryActions) {
  return (
    <ul class="entries">
      {entries.map((entry) => (
        <li key={entry.id} class="entry">
          <div class="entry-main">
            <button type="button" class="entry-title" onClick={() => open(entry.id)}>
              {entry.title || entry.url || entry.id}
            </button>
            <p class="entry-meta">
              {entry.outlet || t('unknownOutlet')} · {formatDate(entry.date || undefined)} · {tCount('libraryQuotes', entry.quoteCount)} ·{' '}
              <span class="source">{t(SOURCE_KEYS[entry.source])}</span>
            </p>
          </div>
          <DeleteButton name={entry.title ?? entry.id} onDelete={() => remove(entry)} />
        </li>
      ))}
    </ul>
  );
}

/** The loaded articles grouped by event, each event under its earliest headline and dates; the rest listed apart. */
function EventView({ entries, open, remove }: { entries: LibraryEntry[] } & EntryActions) {
  const { events, singles } = groupEvents(entries);
  return (
    <>
      {events.length === 0 && <p class="muted">{t('libraryEventsNone')}</p>}
      {events.map((event) => {
        const outlets = [...new Set(event.articles.map((a) => a.outlet || t('unknownOutlet')))].join(', ');
        const dates = event.from === event.to ? formatDate(event.from) : `${formatDate(event.from)} – ${formatDate(event.to)}`;
        return (
          <section key={event.articles[0]!.id} class="event" aria-label={event.title}>
            <h3 class="event-title">{event.title}</h3>
            <p class="event-meta">
              {dates} · {t('libraryEventSize', [event.articles.length])} · {outlets}
            </p>
            <EntryList entries={event.articles} open={open} remove={remove} />
          </section>
        );
      })}
      {singles.length > 0 && (
        <section class="event event-singles" aria-labelledby="event-singles-heading">
          <h3 id="event-singles-heading" class="event-title">{t('libraryEventsSingles')}</h3>
          <EntryList entries={singles} open={open} remove={remove} />
        </section>
      )}
    </>
  );
}

function ImportStatus({ state, outlets }: { state: ImportState; outlets: { outlet: string; count: number }[] }) {
  if (state.state === 'idle') return null;
  if (state.state === 'failed') return <p class="error" role="alert">{t('libraryImportFailed', [state.message])}</p>;
  if (state.state === 'running') {
    const p = state.progress;
    return (
      <div class="progress" role="status">
        <progress max={p?.files ?? 1} value={p?.filesDone ?? 0} />
        <p>{p ? t('libraryImportProgress', [p.records, p.filesDone, p.files, p.report.imported + p.report.updated]) : t('libraryImportStarting')}</p>
      </div>
    );
  }
  const { report } = state;
  const duplicates = report.duplicateUrl + report.duplicateText + report.duplicateBundled;
  return (
    <div class={report.imported + report.updated === 0 && report.rejected.length > 0 ? 'report report-none' : 'report'} role="status">
      <h3>{t('libraryReportHeading')}</h3>
      <ul class="report-counts">
        <li><strong>{report.imported}</strong> {t('libraryReportImported')}</li>
        <li><strong>{report.updated}</strong> {t('libraryReportUpdated')}</li>
        <li>
          <strong>{duplicates}</strong> {t('libraryReportDuplicates', [report.duplicateUrl, report.duplicateText, report.duplicateBundled])}
        </li>
        <li><strong>{report.rejected.length}</strong> {t('libraryReportRejected')}</li>
      </ul>
      {report.stopped && (
        <div class="error" role="alert">
          <p>{t('libraryQuotaStopped')}</p>
          {outlets.length > 0 && <p>{t('libraryQuotaHint', [outlets.slice(0, 3).map((o) => `${o.outlet || t('unknownOutlet')} (${o.count})`).join(', ')])}</p>}
        </div>
      )}
      {report.rejected.length > 0 && (
        <ol class="problems">
          {report.rejected.slice(0, REPORT_PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>
              <code>{p.file}{p.line ? `:${p.line}` : ''}</code> — {p.code ? t(`importProblem_${p.code}`, p.params) : p.message}
            </li>
          ))}
          {report.rejected.length > REPORT_PROBLEMS_SHOWN && <li>{t('libraryReportMore', [report.rejected.length - REPORT_PROBLEMS_SHOWN])}</li>}
        </ol>
      )}
    </div>
  );
}
