/**
 * Indonesian news dates: "Selasa (13/6/2023)", "Kamis, 13 Februari 2025",
 * "Jumat (5/7)", "14 Juni", "DECEMBER 9, 2022".
 *
 * Written by hand rather than with chrono-node: chrono's Indonesian locale
 * reads "Selasa (13/6/2023)" as a relative weekday too and puts "Jumat (5/7)"
 * in the wrong year, and these five patterns are all news text uses.
 */
import type { DateConfidence, DateMention, DateSource } from './types';

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, pebruari: 2, maret: 3, mar: 3, march: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, agustus: 8, agu: 8, agt: 8,
  aug: 8, august: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10, november: 11, nov: 11,
  nopember: 11, desember: 12, des: 12, dec: 12, december: 12,
};
const WEEKDAYS: Record<string, number> = { minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6 };
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_RE = Object.keys(WEEKDAYS).join('|');

/** NATO summits by host city: "jelang KTT NATO di Vilnius" places a yearless date in 2023. */
const SUMMIT_YEARS: Record<string, number> = { madrid: 2022, vilnius: 2023, washington: 2024, 'den haag': 2025, 'the hague': 2025 };

const PATTERNS: { re: RegExp; kind: 'weekday-slash' | 'day-month' | 'month-day' }[] = [
  { re: new RegExp(`\\b(${WEEKDAY_RE})\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\)`, 'giu'), kind: 'weekday-slash' },
  { re: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+)?(\\d{1,2})\\s+(${MONTH_RE})\\.?(?:\\s+(\\d{4}))?\\b`, 'giu'), kind: 'day-month' },
  { re: new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}),\\s*(\\d{4})\\b`, 'giu'), kind: 'month-day' },
];

interface RawDate { text: string; day: number; month: number; year?: number; weekday?: number; index: number }

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function valid(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function scan(text: string): RawDate[] {
  const found: RawDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index, end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      let raw: RawDate | undefined;
      if (kind === 'weekday-slash') {
        let year = m[4] ? Number(m[4]) : undefined;
        if (year !== undefined && year < 100) year += 2000;
        raw = { text: m[0], weekday: WEEKDAYS[m[1]!.toLowerCase()], day: Number(m[2]), month: Number(m[3]), year, index: start };
      } else if (kind === 'day-month') {
        raw = {
          text: m[0], weekday: m[1] ? WEEKDAYS[m[1].toLowerCase()] : undefined, day: Number(m[2]),
          month: MONTHS[m[3]!.toLowerCase()]!, year: m[4] ? Number(m[4]) : undefined, index: start,
        };
      } else {
        raw = { text: m[0], month: MONTHS[m[1]!.toLowerCase()]!, day: Number(m[2]), year: Number(m[3]), index: start };
      }
      if (raw.month < 1 || raw.month > 12 || raw.day < 1 || raw.day > 31) continue;
      taken.push([start, end]);
      found.push(raw);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The year the text's context points at: a NATO summit city named near "KTT", else the latest full date. */
export function contextYear(text: string, knownYears: number[]): number | undefined {
  const lower = text.toLowerCase();
  if (/\bktt\b|pertemuan puncak/.test(lower)) {
    for (const [city, year] of Object.entries(SUMMIT_YEARS)) if (lower.includes(city)) return year;
  }
  return knownYears.length ? Math.max(...knownYears) : undefined;
}

/**
 * Resolve a yearless date. With a weekday, take the year nearest the context
 * year (or the latest not after `latestYear`) in which that date falls on that
 * weekday; without one, take the context year.
 */
function resolveYear(raw: RawDate, ctx: number | undefined, latestYear: number): { year: number; confidence: DateConfidence } | undefined {
  if (raw.year !== undefined) return { year: raw.year, confidence: 'exact' };
  if (raw.weekday !== undefined) {
    const fits: number[] = [];
    for (let y = latestYear; y >= latestYear - 30; y--) if (valid(y, raw.month, raw.day) && weekdayOf(y, raw.month, raw.day) === raw.weekday) fits.push(y);
    if (!fits.length) return undefined;
    const target = ctx ?? latestYear;
    fits.sort((a, b) => Math.abs(a - target) - Math.abs(b - target) || b - a);
    return { year: fits[0]!, confidence: 'weekday-checked' };
  }
  return ctx !== undefined ? { year: ctx, confidence: 'inferred-year' } : undefined;
}

export interface DateScanInput { text: string; source: DateSource; paragraph?: number }

/** Dates in an article's parts; yearless ones resolved against the whole article's context. */
export function findDates(parts: DateScanInput[], now: Date = new Date()): DateMention[] {
  const raws = parts.map((p) => ({ part: p, dates: scan(p.text) }));
  const years = raws.flatMap((r) => r.dates.flatMap((d) => (d.year !== undefined ? [d.year] : [])));
  const ctx = contextYear(parts.map((p) => p.text).join('\n'), years);
  const latestYear = now.getUTCFullYear();
  const out: DateMention[] = [];
  for (const { part, dates } of raws) {
    for (const raw of dates) {
      const resolved = resolveYear(raw, ctx, latestYear);
      if (!resolved || !valid(resolved.year, raw.month, raw.day)) continue;
      if (raw.year !== undefined && raw.weekday !== undefined && weekdayOf(raw.year, raw.month, raw.day) !== raw.weekday) {
        // A written weekday that does not fit its date is kept, but never counted as exact.
        out.push({ date: iso(resolved.year, raw.month, raw.day), text: raw.text, source: part.source, confidence: 'inferred-year', paragraph: part.paragraph });
        continue;
      }
      out.push({ date: iso(resolved.year, raw.month, raw.day), text: raw.text, source: part.source, confidence: resolved.confidence, paragraph: part.paragraph });
    }
  }
  return out;
}

export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000);
}
