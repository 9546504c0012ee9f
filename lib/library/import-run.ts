/**
 * An import from start to report: files are read record by record
 * (transfer.ts), saved in batches (store.ts), and the work gives the page
 * back every few milliseconds, so a 10,000-article import keeps the Library
 * page responsive and its progress bar moving.
 */
import type { Article } from '../types';
import { LibraryQuotaError, type LibraryStore, type PutOptions } from './store';
import { readImportFile, type ImportDeps, type ImportFile, type ImportProblem } from './transfer';

export interface ImportReport {
  imported: number;
  updated: number;
  /** Skipped: the library already held the same URL with the same text. */
  duplicateUrl: number;
  /** Skipped: the library already held the same text (under another address or none). */
  duplicateText: number;
  /** Skipped: the bundled index already holds the page. */
  duplicateBundled: number;
  rejected: ImportProblem[];
  /** Why the import stopped early (the browser's storage is full), if it did; everything before it is kept. */
  stopped?: string;
}

export interface ImportProgress {
  /** Files finished and in all. */
  filesDone: number;
  files: number;
  /** Records read so far (articles and rejected ones). */
  records: number;
  report: ImportReport;
}

export interface ImportRunOptions extends ImportDeps, PutOptions {
  onProgress?(progress: ImportProgress): void;
  /** Give the page a turn (default: a zero timeout). */
  yieldToPage?(): Promise<void>;
}

/** Articles saved per transaction: large enough to be quick, small enough that a refused batch is little. */
const SAVE_BATCH = 250;
/** Longest stretch of parsing before the page gets a turn (a frame at 60 Hz is 16 ms). */
const WORK_SLICE_MS = 12;

export function emptyReport(): ImportReport {
  return { imported: 0, updated: 0, duplicateUrl: 0, duplicateText: 0, duplicateBundled: 0, rejected: [] };
}

export async function importFiles(
  files: readonly (ImportFile | (() => Promise<ImportFile>))[],
  store: LibraryStore,
  options: ImportRunOptions,
): Promise<ImportReport> {
  const report = emptyReport();
  const yieldToPage = options.yieldToPage ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let records = 0;
  let pending: Article[] = [];
  let sliceStart = performance.now();
  const progress = (filesDone: number) => options.onProgress?.({ filesDone, files: files.length, records, report });

  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const results = await store.putMany(batch, 'imported', options);
    for (const result of results) {
      if (result.status === 'added') report.imported++;
      else if (result.status === 'updated') report.updated++;
      else if (result.reason === 'same-url') report.duplicateUrl++;
      else if (result.reason === 'bundled') report.duplicateBundled++;
      else report.duplicateText++;
    }
  };

  try {
    for (let f = 0; f < files.length; f++) {
      const entry = files[f]!;
      let file: ImportFile;
      try {
        file = typeof entry === 'function' ? await entry() : entry;
      } catch (error) {
        report.rejected.push({ file: `#${f + 1}`, message: `could not be read: ${(error as Error).message}`, code: 'unreadable' });
        continue;
      }
      try {
        for (const item of readImportFile(file, options)) {
          records++;
          if ('problem' in item) report.rejected.push(item.problem);
          else pending.push(item.article);
          if (pending.length >= SAVE_BATCH) await flush();
          if (performance.now() - sliceStart > WORK_SLICE_MS) {
            progress(f);
            await yieldToPage();
            sliceStart = performance.now();
          }
        }
      } catch (error) {
        if (error instanceof LibraryQuotaError) throw error;
        // A parser failure inside one file loses neither the records before it nor the other files.
        report.rejected.push({ file: file.name, message: `could not be read further: ${(error as Error).message}`, code: 'unreadableFurther' });
      }
      progress(f + 1);
    }
    await flush();
  } catch (error) {
    if (!(error instanceof LibraryQuotaError)) throw error;
    report.stopped = error.message;
  }
  progress(files.length);
  return report;
}
