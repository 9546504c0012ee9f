/**
 * Page furniture: what sits on a news page, or in text copied from one,
 * without being the article — link lines ("Baca juga:", Tempo's "Baca:"),
 * advertisement labels, captions and photo credits, closing credits, video
 * teasers, promotions, editors' initials. Every reader of articles takes its
 * rules from here: the page reader (lib/article/read.ts, used by the
 * extension, the index builder and `npm run analyze`) and the raw-text parser
 * (lib/seed/parse.ts).
 */

/** Link lines and widget labels inside the body: "Baca juga:", "Baca selengkapnya", Tempo's "Baca:" and "Pilihan Editor:", video teasers. */
const NOT_BODY = /^(?:Baca|Simak|Lihat)\s+[Jj]uga\b|^Baca\s+selengkapnya\b|^(?:Baca|Pilihan Editor|Artikel Terkait)\s*:|^(?:Simak|Saksikan|Tonton)\s+(?:juga\s+)?Video\b|^(?:Berita Terkait|Terpopuler|Bagikan|Tags?\s*:|ADVERTISEMENT|Scroll to continue)/i;
/** What outlets append to every article, however long: notices and channel promotions. */
const PROMO = /^(?:Dilarang keras mengambil konten|Dapatkan update berita pilihan)|^(?:Follow|Ikuti|Simak)\b.{0,80}\b(?:Google News|WhatsApp Channel|Telegram)\b/i;
/** Closing credits; only a short line is one, a paragraph may well open with "Sumber:". */
const CREDIT = /^(?:Sumber|Pewarta|Penulis|Reporter|Editor|Redaktur|Foto|Video)\s*:|^Copyright\b|©/i;
const CREDIT_MAX_CHARS = 200;
/**
 * Lines that are markers, not text: editors' initials closing a detik, CNN or
 * CNBC article ("(rds/bac)"), Tribun's "(Tribunnews.com/Whiesa)", embed
 * placeholders ("[Gambas:Video CNN]"), Tempo's agency line ("REUTERS | AL JAZEERA").
 */
const MARKER_LINE = /^\([a-z]{2,5}(?:\/[a-z]{2,5})*\)$|^\([\w.]+\.(?:com|co\.id|id)\s*\/[^)]*\)$|^\[Gambas:[^\]]*\]$|^[A-Z][A-Z. ]+(?:\|\s*[A-Z][A-Z. ]+)+$/;
/** A dateline left inside the article's container ("Rabu, 14 Juni 2023 - 09:55 WIB"). */
const DATE_LINE = /^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),\s*\d{1,2}\s+\p{L}+\.?\s+\d{4}\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4},?\s+\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)$/u;
const DATE_LINE_MAX_CHARS = 60;

/**
 * Whether one paragraph (or line) of an article body is furniture. A dateline
 * counts: inside a body it is the page's header left in the container. (The
 * raw-text parser reads its header apart, where a dateline is the page's date.)
 */
export function isFurniture(text: string): boolean {
  return NOT_BODY.test(text) || PROMO.test(text) || MARKER_LINE.test(text)
    || (text.length <= CREDIT_MAX_CHARS && CREDIT.test(text))
    || (text.length <= DATE_LINE_MAX_CHARS && DATE_LINE.test(text));
}

/**
 * Text copied from a page carries the labels of its buttons and widgets as
 * lines of their own (share, font size, pagination, image placeholders). On a
 * page they are controls, never paragraphs, so only the raw-text parser needs
 * them; paragraph furniture (`isFurniture`) applies to copied text as well.
 */
export const COPIED_WIDGET_LINE = /^(?:Bagikan:?|Share:?|AA|Text Sizes|Small|Medium|Large|Larger|image|Halaman:?.*|Berita Terkait|Advertisement|Scroll to continue.*|Simak juga:?|Lihat juga:?)$/i;

/**
 * A "read also" link line. In copied text a bare "Baca juga:" may put its
 * headline on the next line, which the raw-text parser skips with it; on a
 * page the link is one element, which `isFurniture` drops.
 */
export const READ_ALSO = /^(?:Baca|Simak|Lihat)\s+[Jj]uga\s*:/;

/** A byline or credit line: the raw-text parser keeps its name as author or editor. */
export const BYLINE = /^(Penulis|Editor|Reporter|Pewarta|Redaktur)\s*:\s*(.+)$/;

/** A sign-off closing the last paragraph: "… kata Biden. (Tribunnews.com/Whiesa)". */
export const SIGN_OFF = /\s*\((?:[A-Za-z]+\.com|[A-Z]{3,})\s*\/[^)]*\)\s*$/;

/**
 * Blocks that sit inside an article's container on real pages but are not
 * its text: captions, link boxes, comments. Removed before Readability runs,
 * because its output no longer carries the classes that tell them apart.
 */
export const NOISE_SELECTOR = [
  'figure', 'figcaption', '[class*="caption"]',
  // Link boxes: their headlines are long enough, and quote enough, to pass for paragraphs.
  '[class*="baca-juga"]', '[class*="bacajuga"]', '[class*="baca_juga"]', '[class*="linksisip"]',
  '[class*="comment"]', '[class*="komentar"]', '[id*="comment"]',
].join(', ');

/** Photo blocks by class name: holding an image and little text, that text is a caption or credit. */
export const PHOTO_BLOCK_SELECTOR = ['[class*="img"]', '[class*="image"]', '[class*="photo"]', '[class*="foto"]', '[class*="picture"]'].join(', ');
export const CAPTION_MAX_CHARS = 300;
