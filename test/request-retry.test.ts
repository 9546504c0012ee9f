/**
 * The article script's requests to a background the browser stopped in the
 * middle (entrypoints/article/request.ts): asked again, a bounded number of
 * times, and never once the extension itself is gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = { id: 'jejak' as string | undefined, sendMessage: vi.fn<(m: unknown) => Promise<unknown>>() };
Object.assign(globalThis, { browser: { runtime, storage: {} }, chrome: { runtime, storage: {} } });
const { requestRetrying } = await import('../entrypoints/article/request');

const noConnection = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

describe('requestRetrying', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    runtime.id = 'jejak';
    runtime.sendMessage.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('asks again until the restarted background answers', async () => {
    runtime.sendMessage.mockImplementationOnce(noConnection).mockImplementationOnce(noConnection).mockResolvedValue({ ok: true });
    const reply = requestRetrying({ type: 'show-sidebar' });
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toEqual({ ok: true });
    expect(runtime.sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives up with the last failure after a bounded number of attempts, within a few seconds', async () => {
    runtime.sendMessage.mockImplementation(noConnection);
    const reply = requestRetrying({ type: 'show-sidebar' });
    const outcome = reply.then(() => 'answered', (e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(outcome).resolves.toMatch(/Could not establish connection/);
    const attempts = runtime.sendMessage.mock.calls.length;
    expect(attempts).toBeGreaterThan(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(attempts);
  });

  it('does not ask again once the extension was updated or reloaded under the page', async () => {
    runtime.sendMessage.mockImplementation(() => {
      runtime.id = undefined;
      return Promise.reject(new Error('Extension context invalidated.'));
    });
    const reply = requestRetrying({ type: 'show-sidebar' });
    await expect(reply).rejects.toThrow(/context invalidated/);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
