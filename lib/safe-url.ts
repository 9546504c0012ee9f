/**
 * Addresses from outside (index files, imported articles, a page's own
 * metadata) made safe to store and to render as a link. Only `http:` and
 * `https:` pass: a `javascript:` or `data:` address rendered as a link runs
 * script or shows content in the origin of whatever page holds the link.
 * Checked where articles are imported and again where a link is rendered,
 * since a stored article may come from an older or hand-edited file.
 */

/** Longer than any article address; past it an "address" is a payload. */
export const MAX_URL_CHARS = 2_048;

/** The address, as the URL parser writes it, if it is an http(s) address; else undefined. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname) return undefined;
  return url.href;
}
