/**
 * The toolbar popup as Chromium really opens it: `chrome.action.openPopup()`
 * from the extension's service worker, then the popup's own target reached
 * through the DevTools protocol (Playwright lists tabs, not action popups).
 * The popup is laid out at the size the browser gives it, which a tab of
 * popup.html cannot show: a browser sizes its popup from the content.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

interface TargetInfo { targetId: string; type: string; url: string }
interface Reply { id: number; result?: Record<string, unknown>; error?: { message: string } }

/** How long a freshly opened popup may take to show up as a target. */
const POPUP_APPEAR_MS = 10_000;
const POLL_MS = 100;

export class ActionPopup {
  private nextId = 0;
  private readonly waiting = new Map<number, (reply: Reply) => void>();

  private constructor(private readonly cdp: CDPSession, private readonly sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as Reply;
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
  }

  /** Opens the action popup for the tab `page` (brought to the front first) and attaches to it. */
  static async open(context: BrowserContext, worker: Worker, page: Page): Promise<ActionPopup> {
    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    const isPopup = (t: TargetInfo) => t.type === 'page' && new URL(t.url).pathname === '/popup.html';
    const before = ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos.filter(isPopup).map((t) => t.targetId);
    await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
    const until = Date.now() + POPUP_APPEAR_MS;
    for (;;) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const popup = targetInfos.find((t) => isPopup(t) && !before.includes(t.targetId));
      if (popup) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as { sessionId: string };
        return new ActionPopup(cdp, sessionId);
      }
      if (Date.now() > until) throw new Error('the action popup did not open');
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result ?? {})));
      void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    });
  }

  /** The value of a JavaScript expression in the popup (JSON-serialisable). */
  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (result.exceptionDetails) throw new Error(`in the popup: ${result.exceptionDetails.text}`);
    return result.result.value;
  }

  /** Waits until the expression is truthy in the popup. */
  async waitFor(expression: string, timeout = POPUP_APPEAR_MS): Promise<void> {
    const until = Date.now() + timeout;
    while (!(await this.evaluate<boolean>(`Boolean(${expression})`))) {
      if (Date.now() > until) throw new Error(`the popup never had ${expression}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /** The popup in the light or dark theme (emulation set on a page does not reach a popup). */
  async colorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  }

  /** A PNG of the popup exactly as the browser sized it. */
  async screenshot(): Promise<Buffer> {
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    await this.evaluate('window.close()').catch(() => {});
    await this.cdp.detach().catch(() => {});
  }
}

/** What the layout tests ask of the popup: its width, and each button's text with the number of lines it takes. */
export const POPUP_LAYOUT = `(() => {
  const lines = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  };
  return {
    bodyWidth: document.body.getBoundingClientRect().width,
    windowWidth: window.innerWidth,
    buttons: [...document.querySelectorAll('button')].map((b) => ({ text: b.innerText.trim(), lines: lines(b) })),
    text: document.body.innerText,
  };
})()`;

export interface PopupLayout {
  bodyWidth: number;
  windowWidth: number;
  buttons: Array<{ text: string; lines: number }>;
  text: string;
}
