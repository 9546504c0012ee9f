import { send, type Reply, type Request, type RequestType } from '../../lib/messages';
import { alive, ext } from './page-api';

/** A request to the background from a page script, its reply typed and checked (lib/messages.ts). */
export function request<K extends RequestType>(message: Request<K>): Promise<Reply<K>> {
  return send(ext.runtime, message);
}

/**
 * A background the browser stopped in the middle of a request (or again and
 * again) is asked again, after 0.3, 0.6, 1.2 and 2.4 s: about 4.5 s in all,
 * beyond the second or two a stopped service worker takes to start again.
 */
const ATTEMPTS = 5;
const FIRST_RETRY_MS = 300;

/**
 * `request`, asked again while the background cannot be reached ("Could not
 * establish connection", a reply channel closed by a stopped service worker).
 * Only for requests that may safely arrive twice. Rejects with the last
 * failure once the attempts are spent, or at once when the extension itself
 * is gone (updated or reloaded).
 */
export async function requestRetrying<K extends RequestType>(message: Request<K>): Promise<Reply<K>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request(message);
    } catch (error) {
      if (attempt >= ATTEMPTS || !alive()) throw error;
      await new Promise((resolve) => setTimeout(resolve, FIRST_RETRY_MS * 2 ** (attempt - 1)));
    }
  }
}
