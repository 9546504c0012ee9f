/**
 * Quotes and who said them, in Indonesian news style.
 *
 * Text is expected normalized (curly quotes folded to '"', see normalizeText).
 * Double quote marks are paired left to right within a paragraph. A paragraph
 * that opens a quote and never closes it continues into the next paragraph if
 * that one opens with a quote mark (the convention for quotes over several
 * paragraphs); otherwise the unclosed mark is reported as a warning and its
 * text is not taken as a quote, so one stray mark never swallows an article.
 *
 * The speaker comes, in order of preference, from:
 *  1. a cue after the quote: `"…," kata Stoltenberg`, `ujar Biden`, `tandas Presiden Biden`, `tulis Zelensky`;
 *  2. a -nya cue after it (`katanya`, `ujarnya`, `tegasnya`): the current subject;
 *  3. words before it in the same sentence: `Stoltenberg mengatakan: "…"`,
 *     `Menurut Umerov, … "…"`, `Ia menambahkan, "…"`, `dia mengatakan "…"`;
 *  4. for a paragraph that is only a quote, the current subject.
 * The current subject is the first person named in the latest sentence that
 * names one, which is how Indonesian reports carry a speaker across paragraphs.
 *
 * Rule for what counts: every quoted span with a resolved speaker is a quote,
 * short ones included ("masih awal", "sulit"), because those are exactly the
 * words outlets quote and reword. Quoted spans with no speaker (titles,
 * nicknames, headline quotes) are not reported.
 */
import { findEntityHits } from '../entities';
import { canonicalSpeaker, stripTitles } from './speakers';
import { TITLES } from '../gazetteer';
import type { ParseWarning, Quote, Speaker } from '../types';

// `tulis` is how outlets attribute posts on Telegram, X or Truth Social: `"…," tulis Zelensky di Telegram`.
const AFTER_VERBS = 'kata|ujar|sebut|tandas|tegas|tambah|ucap|urai|jelas|ungkap|imbuh|tutur|lanjut|pungkas|terang|papar|katakan|tulis';
const AFTER_CUE = new RegExp(`^[\\s,.]*(?:${AFTER_VERBS})(nya)?\\b\\s*`, 'u');
const BEFORE_CUE = /\b(mengatakan|menegaskan|menambahkan|menyatakan|menyebut|mengungkapkan|menekankan|berkata|menulis|Menurut)\b/gu;
const PRONOUN_BEFORE = /\b(?:[Ii]a|[Dd]ia|[Bb]eliau)\s+(?:juga\s+)?(?:mengatakan|menambahkan|menegaskan|menyatakan|berkata|menyebut)\b/u;
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(' ')));
const NAME = /^((?:[A-Z][\p{L}'.-]*|AS)(?:\s+(?:[A-Z][\p{L}'.-]*|AS))*)/u;

export interface QuoteExtraction {
  quotes: Quote[];
  warnings: ParseWarning[];
}

interface Span { paragraph: number; start: number; endParagraph: number; end: number; closeIndex: number }

/** Pair quote marks; returns spans (offsets of the quoted words) and warnings. */
function findSpans(paragraphs: string[], warnings: ParseWarning[]): Span[] {
  const spans: Span[] = [];
  let open: { paragraph: number; start: number } | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    if (open && !text.startsWith('"')) {
      warnings.push({ message: `Unclosed quote mark in paragraph ${open.paragraph + 1}; its text is not counted as a quote.` });
      open = undefined;
    }
    let i = open ? 1 : 0; // a continuation paragraph's opening mark re-opens the same quote
    for (; i < text.length; i++) {
      if (text.charCodeAt(i) !== 34) continue;
      if (open) {
        spans.push({ paragraph: open.paragraph, start: open.start, endParagraph: p, end: i, closeIndex: i });
        open = undefined;
      } else {
        open = { paragraph: p, start: i + 1 };
      }
    }
  }
  if (open) warnings.push({ message: `Unclosed quote mark in paragraph ${open.paragraph + 1}; its text is not counted as a quote.` });
  return spans;
}

function firstPerson(text: string): string | undefined {
  const hit = findEntityHits(text).find((h) => h.entry.kind === 'person');
  return hit ? hit.text : undefined;
}

function nameAt(text: string): string | undefined {
  const m = NAME.exec(text);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  // Drop trailing outlet/agency words written in capitals after a name ("Stoltenberg dilansir ANTARA" stops earlier anyway).
  while (words.length > 1 && /^[A-Z]{3,}$/.test(words.at(-1)!) && !TITLE_WORDS.has(words.at(-1)!)) words.pop();
  const name = words.join(' ').replace(/[.'-]+$/u, '');
  return stripTitles(name) ? name : undefined;
}

/** Words that end a lower-case role before any name: `kata seorang pejabat kepada Reuters` names the outlet, not the speaker. */
const ROLE_STOP = /^(?:kepada|di|dari|dalam|melalui|pada|ke|untuk|seperti|sebagaimana|saat|ketika|usai|seusai|setelah|sebelum|dilansir|dikutip|mengutip|melansir|itu|tersebut|yang|dia|ia|beliau|mereka|kami|saya)$/u;

/**
 * The name after a role written in lower case: `kata juru bicara Kremlin,
 * Dmitry Peskov`, `ujar pelatih Serhiy Rebrov`. The role's own capitalised
 * words (an institution) are skipped when a comma closes them.
 */
function nameAfterRole(text: string): string | undefined {
  const role = /^(?:\p{Ll}[\p{L}-]*\s+){1,4}/u.exec(text);
  if (!role || role[0].trim().split(/\s+/).some((w) => ROLE_STOP.test(w))) return undefined;
  let rest = text.slice(role[0].length);
  if (!/^\p{Lu}/u.test(rest)) return undefined;
  const institution = /^(?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*,\s*(?=\p{Lu})/u.exec(rest);
  if (institution) rest = rest.slice(institution[0].length);
  return nameAt(rest);
}

function sentenceStart(text: string, before: number): number {
  let i = before - 1;
  while (i > 0) {
    if (/[.!?]/.test(text[i]!) && /\s/.test(text[i + 1] ?? '') && text[i - 1] !== '"') return i + 1;
    i--;
  }
  return 0;
}

export function extractQuotesWithWarnings(paragraphs: string[], articleId: string): QuoteExtraction {
  const warnings: ParseWarning[] = [];
  const spans = findSpans(paragraphs, warnings);
  const quotes: Quote[] = [];
  let subject: string | undefined;
  // Subjects are tracked sentence by sentence, outside quotes, in reading order.
  const spansByParagraph = new Map<number, Span[]>();
  for (const s of spans) {
    const list = spansByParagraph.get(s.paragraph);
    if (list) list.push(s);
    else spansByParagraph.set(s.paragraph, [s]);
  }

  const noteSubjects = (text: string) => {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const person = firstPerson(sentence);
      if (person) subject = person;
    }
  };
  const outside = (p: number) => {
    const text = paragraphs[p]!;
    return text.replace(/"[^"]*"/g, (m) => ' '.repeat(m.length));
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const maskedText = outside(p);
    let done = 0;
    for (const span of spansByParagraph.get(p) ?? []) {
      const openMark = span.start - 1;
      // Subjects named before this quote in the paragraph count for it.
      noteSubjects(maskedText.slice(done, openMark));
      done = openMark;
      const closeText = paragraphs[span.endParagraph]!;
      const after = closeText.slice(span.closeIndex + 1);
      let speakerName: string | undefined;
      let cue: string | undefined;
      const a = AFTER_CUE.exec(after);
      if (a) {
        cue = a[0].trim().replace(/^[,.\s]+/, '');
        if (a[1]) speakerName = subject;
        else {
          const rest = after.slice(a[0].length);
          speakerName = nameAt(rest) ?? nameAfterRole(rest);
          if (!speakerName && /^(?:dia|ia)\b/i.test(rest)) speakerName = subject;
        }
      }
      if (!speakerName) {
        const before = maskedText.slice(sentenceStart(maskedText, openMark), openMark);
        const pronoun = PRONOUN_BEFORE.exec(before);
        const person = firstPerson(before);
        const menurut = /\bMenurut\s+(.+?),/u.exec(before);
        if (menurut) {
          speakerName = nameAt(menurut[1]!) ?? subject;
          cue = 'Menurut';
        } else if (person) {
          speakerName = person;
          const verb = [...before.matchAll(BEFORE_CUE)].at(-1);
          cue = verb ? verb[1] : undefined;
        } else if (pronoun) {
          speakerName = subject;
          cue = pronoun[0];
        } else if (/\b(?:itu|tersebut)\s+(?:mengatakan|menambahkan)\b/u.test(before)) {
          speakerName = subject;
          cue = 'mengatakan';
        }
      }
      if (!speakerName && span.start === 1 && (after.trim() === '' || /^[\s.,]*$/.test(after))) {
        // A paragraph that is only a quote continues the current speaker.
        speakerName = subject;
      }
      const quoteText = span.paragraph === span.endParagraph
        ? text.slice(span.start, span.end)
        : [text.slice(span.start), ...paragraphs.slice(span.paragraph + 1, span.endParagraph).map((x) => x.replace(/^"/, '')), closeText.slice(1, span.end)].join('\n');
      const cleaned = quoteText.replace(/[\s,]+$/u, '');
      if (!speakerName || !/\p{L}/u.test(cleaned)) continue;
      const speaker: Speaker = canonicalSpeaker(speakerName);
      subject = speakerName;
      const endTrim = span.end - (quoteText.length - cleaned.length);
      quotes.push({
        id: `${articleId}#q${quotes.length}`,
        text: cleaned,
        speaker,
        cue,
        range: { paragraph: span.paragraph, start: span.start, endParagraph: span.endParagraph, end: endTrim },
      });
    }
    noteSubjects(maskedText.slice(done));
  }
  return { quotes, warnings };
}

export function extractQuotes(paragraphs: string[], articleId: string): Quote[] {
  return extractQuotesWithWarnings(paragraphs, articleId).quotes;
}
