/**
 * Turning engine data into the short phrases the views show: dates, the
 * topic evidence line, date conflicts. Kept apart from the components so the
 * popup, reader and sidebar word things the same way.
 */
import type { DateConflict, DateSource } from '../lib/types';
import type { TopicEvidence, TopicZone } from '../lib/match/types';
import { topEvidence } from '../lib/response';
import { realIsoDate } from '../lib/iso-date';
import { t, uiLocale, type MessageKey } from './i18n';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "9 Des 2022" (Indonesian) / "9 Dec 2022" (English) from an ISO date; "no date" for a date that does not exist (2023-13-45). */
export function formatDate(iso: string | undefined, locale: string = uiLocale()): string {
  const real = realIsoDate(iso);
  if (!real) return t('noDate');
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(real)!;
  let format = dateFormats.get(locale);
  if (!format) {
    // UTC on both sides: an ISO date is a calendar day, not an instant, and must not shift with the reader's time zone.
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** Sort key that puts undated items last. */
export function dateSortKey(iso: string | undefined): string {
  return iso ?? '9999';
}

/** "a, b dan c" in the UI language. */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('and')} ${items[items.length - 1]}`;
}

const ZONE_ORDER: TopicZone[] = ['title', 'lead', 'body', 'metadata'];
const ZONE_KEYS: Record<TopicZone, MessageKey> = {
  title: 'zoneTitle',
  lead: 'zoneLead',
  body: 'zoneBody',
  metadata: 'zoneMetadata',
};

export interface EvidenceSummary {
  /** Names and terms that counted, strongest first, with how often each occurs. */
  terms: { label: string; count: number }[];
  /** "di judul dan paragraf pembuka". */
  where: string;
}

/**
 * The topic evidence folded per label: the engine reports a signal once per
 * zone it was seen in, a reader wants "Ukraina ×12" once. The zones line
 * names only the prominent places (title, opening) when the signal is there,
 * since "and in the body" adds nothing a reader would act on.
 */
export function summarizeEvidence(evidence: TopicEvidence[], maxTerms = 6): EvidenceSummary {
  const terms = topEvidence(evidence, maxTerms);
  const zones = new Set(evidence.map((item) => item.zone));
  const prominent = ZONE_ORDER.filter((zone) => zones.has(zone) && (zone === 'title' || zone === 'lead'));
  const shown = prominent.length ? prominent : ZONE_ORDER.filter((zone) => zones.has(zone));
  const where = shown.length ? t('zonesIntro', [joinList(shown.map((zone) => t(ZONE_KEYS[zone])))]) : '';
  return { terms, where };
}

const SOURCE_KEYS: Record<DateSource, MessageKey> = {
  header: 'dateSource_header',
  body: 'dateSource_body',
  metadata: 'dateSource_metadata',
  sidecar: 'dateSource_sidecar',
};

/** "Tanggal tidak konsisten: kepala halaman 9 Des 2022, teks 13 Feb 2025". */
export function describeDateConflict(conflict: DateConflict): string {
  const firstPerSource = new Map<DateSource, string>();
  for (const mention of conflict.dates) {
    if (!firstPerSource.has(mention.source)) firstPerSource.set(mention.source, mention.date);
  }
  if (firstPerSource.size < 2) return t('dateConflict', [conflict.message]);
  const parts = [...firstPerSource.entries()].map(([source, date]) => `${t(SOURCE_KEYS[source])} ${formatDate(date)}`);
  return t('dateConflict', [parts.join(', ')]);
}

/** A dateline or outlet marker opening a lead ("JAKARTA -", "TRIBUNWOW.COM -", "Jakarta (ANTARA) -"): not part of a headline. */
const LEAD_MARKER = /^(?:[A-Z][A-Z.]+(?:\s[A-Z][A-Z.]+)?|[A-Z][\w]*\.(?:com|co\.id|id)|[A-Z][a-z]+(?=\s*\())\s*(?:\([^)]{1,40}\))?\s+[-–—]\s+/;

/** The article's title, or its first sentence without the dateline (never cut mid-word: see lib/response.ts leadSentence). */
export function headlineOf(summary: { title?: string; lead?: string } | undefined): string {
  if (summary?.title) return summary.title;
  return (summary?.lead ?? '').replace(LEAD_MARKER, '');
}
