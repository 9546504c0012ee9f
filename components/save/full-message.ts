/**
 * What a reader is told when the browser refuses to store another article:
 * why (the storage the browser allows Jejak is full), that nothing already
 * kept is lost, and where deleting frees the most (the outlets holding the
 * most articles). One wording for the sidebar and the popup.
 */
import type { OutletCounts } from '../../lib/messages';
import { t, uiLocale } from '../i18n';
import { joinList } from '../format';

/** "Kompas (1.204 artikel), detikcom (310 artikel)", or "" for an empty library. */
export function fullestOutlets(outlets: OutletCounts): string {
  return joinList(outlets.map(({ outlet, count }) => t('libraryFullOutlet', [outlet || t('libraryFullNoOutlet'), count.toLocaleString(uiLocale())])));
}

/** The whole message: why, nothing lost, what to delete. */
export function libraryFullText(outlets: OutletCounts): string {
  const where = fullestOutlets(outlets);
  return where ? t('libraryFullWhere', [where]) : t('libraryFull');
}
