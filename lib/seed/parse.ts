/**
 * Raw news text, as copied from a page with its boilerplate, → Article.
 *
 * The text is read line by line. Lines before the first body paragraph (the
 * one that opens with a dateline or outlet marker, "JAKARTA -",
 * "TRIBUNWOW.COM -") are the page header: the headline, section labels,
 * author lines, photo captions. After it, only widget lines are dropped
 * ("Baca juga:", "Halaman:", font-size buttons); every other line is body.
 */
import { normalizeText } from '../text/tokens';
import { findDates, daysBetween, type DateScanInput } from '../dates';
import { extractQuotesWithWarnings } from '../quotes/extract';
import { findEntities } from '../entities';
import { BYLINE, COPIED_WIDGET_LINE as WIDGET_LINE, isFurniture, READ_ALSO, SIGN_OFF } from '../article/furniture';
import { outletForHost, outletNamed } from '../outlets';
import type { Article, DateMention, ParseWarning } from '../types';

export interface SeedSidecar {
  url?: string;
  outlet?: string;
  publishedAt?: string;
  title?: string;
}

/** "JAKARTA -", "TRIBUNWOW.COM -", "JAKARTA (ANTARA) -", "KOMPAS.com -" at a paragraph's start. */
const MARKER = /^((?:[A-Z][A-Za-z]*\.(?:COM|com|co\.id|id))|(?:[A-Z]{3,}(?:\s[A-Z]{3,})?))(?:\s*\((ANTARA|[A-Za-z.]+)\))?\s+[-–—]\s+/;
/** An outlet naming itself as the one that quoted a source: "Dikutip TribunWow.com dari Channel News Asia".
 * Only the outlet's own address form followed by "dari": "dilansir Reuters" or "dikutip dari Kompas.com" name a source. */
const SELF_CITED = /\b(?:[Dd]ilansir|[Mm]elansir|[Dd]ikutip|[Mm]engutip)\s+([A-Z][\w-]*\.(?:com|co\.id|id))\s+dari\s+[A-Z]/u;
const CITED = /\b(?:[Dd]ilansir|[Mm]elansir|[Dd]ikutip|[Mm]engutip)\s+(?:(?:dari|oleh)\s+)?((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*)*)(?:\s+dari\s+((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*)*))?/gu;

/** The warning of a text in which no body paragraph was found. */
export const NO_ARTICLE_TEXT_WARNING = 'No article text found.';

export interface ArticleParts {
  id: string;
  paragraphs: string[];
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  file?: string;
}

/** Raw text read for one article, boilerplate included: twice what the page
 * reader keeps of a live page's article (lib/article/read.ts), and several
 * times the longest real news article. A text past it is an archive, a
 * log or a mistake, and would otherwise become one article of a million
 * paragraphs; its first part is read and the rest reported. */
export const MAX_ARTICLE_TEXT_CHARS = 200_000;
/** Body paragraphs kept of one article, as the page reader keeps of a page. */
export const MAX_ARTICLE_PARAGRAPHS = 200;

export function parseSeedText(text: string, options: { id: string; file?: string; sidecar?: SeedSidecar }): Article {
  const warnings: ParseWarning[] = [];
  let source = String(text);
  if (source.length > MAX_ARTICLE_TEXT_CHARS) {
    const cut = source.lastIndexOf('\n', MAX_ARTICLE_TEXT_CHARS);
    warnings.push({
      message: `Text of ${source.length.toLocaleString('en')} characters: only the first ${MAX_ARTICLE_TEXT_CHARS.toLocaleString('en')} are read as one article.`,
    });
    source = source.slice(0, cut > 0 ? cut : MAX_ARTICLE_TEXT_CHARS);
  }
  const lines = normalizeText(source).split(/\r?\n/).map((l, i) => ({ text: l.replace(/\s+/g, ' ').trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  const bodyStart = lines.findIndex((l) => MARKER.test(l.text) && l.text.length > 80);
  const header = bodyStart > 0 ? lines.slice(0, bodyStart) : [];
  const rest = bodyStart >= 0 ? lines.slice(bodyStart) : lines;

  let title: string | undefined;
  const authors: string[] = [];
  let editor: string | undefined;
  const headerDates: DateScanInput[] = [];
  for (const l of header) {
    const by = BYLINE.exec(l.text);
    if (by) {
      if (by[1] === 'Editor' || by[1] === 'Redaktur') editor = by[2]!.trim();
      else authors.push(by[2]!.trim());
      continue;
    }
    if (WIDGET_LINE.test(l.text)) continue;
    // Only a line that is little more than a date is the page's date; a date inside a photo caption is the photo's.
    if (l.text.split(' ').length <= 6) headerDates.push({ text: l.text, source: 'header' });
    // The headline: the longest header line that reads as a title, not a caption (no closing period, no photo credit).
    const words = l.text.split(' ').length;
    if (words >= 5 && !/[.]$/.test(l.text) && !/\(Foto\b|Foto:/i.test(l.text) && (!title || words > title.split(' ').length)) title = l.text;
  }

  const paragraphs: string[] = [];
  const paragraphLines: number[] = [];
  for (let i = 0; i < rest.length; i++) {
    const l = rest[i]!;
    if (WIDGET_LINE.test(l.text)) continue;
    const by = BYLINE.exec(l.text);
    if (by) {
      if (by[1] === 'Editor') editor = by[2]!.trim();
      else authors.push(by[2]!.trim());
      continue;
    }
    if (READ_ALSO.test(l.text)) {
      // "Baca juga: <headline>" is a link. A bare "Baca juga:" links the next line only when that line reads as a headline.
      const next = rest[i + 1];
      if (/:\s*$/.test(l.text) && next && next.text.split(' ').length < 16 && !/[.!?"]$/.test(next.text)) i++;
      continue;
    }
    if (isFurniture(l.text)) continue;
    // A headline line of a text without a blank-line header (seed style "Title\nJAKARTA - …").
    if (bodyStart < 0 && paragraphs.length === 0 && !title && l.text.split(' ').length >= 5 && !/[.!?"]$/.test(l.text) && rest.length > 1) {
      title = l.text;
      continue;
    }
    const body = l.text.replace(SIGN_OFF, '');
    paragraphs.push(body);
    paragraphLines.push(l.line);
  }
  if (bodyStart < 0 && !title && paragraphs.length > 1 && MARKER.test(paragraphs[1]!) && !/[.!?"]$/.test(paragraphs[0]!)) {
    title = paragraphs.shift();
    paragraphLines.shift();
  }
  if (paragraphs.length === 0) warnings.push({ message: NO_ARTICLE_TEXT_WARNING });
  if (paragraphs.length > MAX_ARTICLE_PARAGRAPHS) {
    warnings.push({ message: `${paragraphs.length.toLocaleString('en')} paragraphs: only the first ${MAX_ARTICLE_PARAGRAPHS} are kept.` });
    paragraphs.length = MAX_ARTICLE_PARAGRAPHS;
    paragraphLines.length = MAX_ARTICLE_PARAGRAPHS;
  }

  let outlet: string | undefined;
  let dateline: string | undefined;
  const marker = paragraphs[0] ? MARKER.exec(paragraphs[0]) : null;
  if (marker) {
    const word = marker[1]!;
    if (/\./.test(word)) outlet = outletNamed(word)?.name ?? word;
    else dateline = word;
    if (marker[2]) outlet = outletNamed(marker[2])?.name ?? marker[2];
  }
  if (!outlet) {
    const agency = paragraphs[0] && /^[A-Z]+\s*\((ANTARA)\)/.exec(paragraphs[0]);
    if (agency) outlet = 'ANTARA';
  }

  const article = assemble({
    id: options.id, paragraphs, title: options.sidecar?.title ?? title, outlet: canonicalOutlet(options.sidecar?.outlet) ?? outlet,
    url: options.sidecar?.url, publishedAt: options.sidecar?.publishedAt, file: options.file,
  }, headerDates, warnings, paragraphLines);
  article.dateline = dateline;
  article.authors = authors;
  article.editor = editor;
  return article;
}

export function articleFromParts(parts: ArticleParts): Article {
  const paragraphs = parts.paragraphs.map((p) => normalizeText(String(p)).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return assemble({ ...parts, paragraphs }, [], [], []);
}

/** An outlet as Jejak names it ("kompas.com" → "Kompas"); a name Jejak does not know, as written. */
function canonicalOutlet(label: string | undefined): string | undefined {
  const trimmed = label?.trim();
  return trimmed ? (outletNamed(trimmed)?.name ?? trimmed) : undefined;
}

/**
 * Who published a text that its metadata and opening marker do not name:
 * the outlet naming itself as the one that quoted a source, else the outlet
 * whose site the article's address is on.
 */
export function inferOutlet(paragraphs: readonly string[], url: string | undefined): string | undefined {
  for (const paragraph of paragraphs) {
    const self = SELF_CITED.exec(paragraph);
    if (self) return canonicalOutlet(self[1]);
  }
  if (!url) return undefined;
  try {
    return outletForHost(new URL(url).hostname)?.name;
  } catch {
    return undefined;
  }
}

function assemble(parts: ArticleParts, headerDates: DateScanInput[], warnings: ParseWarning[], paragraphLines: number[]): Article {
  const { paragraphs } = parts;
  parts = { ...parts, outlet: canonicalOutlet(parts.outlet) ?? inferOutlet(paragraphs, parts.url) };
  const citedSources: string[] = [];
  for (const p of paragraphs) {
    for (const m of p.matchAll(CITED)) {
      for (const name of [m[1], m[2]]) {
        const clean = name?.replace(/\s+(?:dari|pada)$/, '').trim();
        // The outlet's own name ("Dikutip TribunWow.com dari …" in TribunWow) is no source.
        if (clean && canonicalOutlet(clean) !== parts.outlet && !citedSources.includes(clean)) citedSources.push(clean);
      }
    }
  }
  const bodyDates: DateScanInput[] = paragraphs.map((text, paragraph) => ({ text, source: 'body', paragraph }));
  const dates: DateMention[] = findDates([...headerDates, ...bodyDates]);
  if (parts.publishedAt) dates.unshift({ date: parts.publishedAt.slice(0, 10), text: parts.publishedAt, source: 'sidecar', confidence: 'exact' });

  // Publication date: known metadata first; else the date the lead reports on (the first three paragraphs),
  // since that is what the story is about; else a header date; else any body date.
  const lead = dates.find((d) => d.source === 'body' && (d.paragraph ?? 99) < 3);
  const published = dates.find((d) => d.source === 'sidecar' || d.source === 'metadata') ?? lead ?? dates.find((d) => d.source === 'header') ?? dates.find((d) => d.source === 'body');
  const header = dates.find((d) => d.source === 'header');
  let dateConflict: Article['dateConflict'];
  if (header && lead && daysBetween(header.date, lead.date) > 7) {
    dateConflict = { message: `The page header says ${header.date} ("${header.text}") but the text says ${lead.date} ("${lead.text}").`, dates: [header, lead] };
    warnings.push({ message: dateConflict.message });
  }

  // Quotes after the date: an office named without a name ("kata Sekjen NATO itu") is settled by who held it then.
  const extraction = extractQuotesWithWarnings(paragraphs, parts.id, { publishedAt: published?.date });
  for (const w of extraction.warnings) {
    const p = /paragraph (\d+)/.exec(w.message);
    warnings.push({ message: w.message, line: p ? paragraphLines[Number(p[1]) - 1] : undefined });
  }

  return {
    id: parts.id,
    source: { file: parts.file, url: parts.url },
    url: parts.url,
    title: parts.title,
    outlet: parts.outlet,
    citedSources,
    authors: [],
    publishedAt: published?.date,
    dates,
    dateConflict,
    paragraphs,
    quotes: extraction.quotes,
    entities: findEntities(paragraphs, parts.title),
    warnings,
  };
}
