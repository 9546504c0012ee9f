import { send, type Reply, type Request, type RequestType } from '../../lib/messages';
import { ext } from './page-api';

/** A request to the background from a page script, its reply typed and checked (lib/messages.ts). */
export function request<K extends RequestType>(message: Request<K>): Promise<Reply<K>> {
  return send(ext.runtime, message);
}
