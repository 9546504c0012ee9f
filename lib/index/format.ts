/**
 * The on-disk index: a versioned JSON document of parsed articles.
 * Documented in docs/index-format.md. Search structures are rebuilt from the
 * articles when an index is loaded, so the file holds only what cannot be derived.
 */
import type { Article } from '../types';

export const INDEX_FORMAT = 'jejak-index';
export const INDEX_VERSION = 1;

export interface JejakIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  /** ISO timestamp of the build. */
  builtAt: string;
  articles: Article[];
}

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}
