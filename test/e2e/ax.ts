/**
 * Finding and using Jejak's UI as a reader's browser does: through the
 * accessibility tree (CDP `Accessibility.getFullAXTree`, which lists the
 * controls of a closed shadow root by role and name) and trusted input
 * (`page.mouse`, which CDP dispatches as the reader's own). Nothing here
 * pierces the sidebar's shadow root: it is closed, and a page cannot either.
 */
import type { CDPSession, Page } from 'playwright-core';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

export interface AXControl { role: string; name: string; backendNodeId: number }

export class AXPage {
  private constructor(readonly page: Page, private readonly cdp: CDPSession) {}

  static async of(page: Page): Promise<AXPage> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await cdp.send('DOM.enable');
    return new AXPage(page, cdp);
  }

  /** Every control with this role whose accessible name matches, now. */
  async all(role: string, name: RegExp): Promise<AXControl[]> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((n) => !n.ignored && n.role?.value === role && name.test(n.name?.value ?? '') && n.backendDOMNodeId !== undefined)
      .map((n) => ({ role, name: n.name!.value, backendNodeId: n.backendDOMNodeId! }));
  }

  /** The first such control, waited for. */
  async find(role: string, name: RegExp, timeout = 10_000): Promise<AXControl> {
    const until = Date.now() + timeout;
    for (;;) {
      const [found] = await this.all(role, name);
      if (found) return found;
      if (Date.now() > until) throw new Error(`No ${role} named ${name} within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  private async call<T>(backendNodeId: number, fn: string, ...args: unknown[]): Promise<T> {
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  }

  async text(control: AXControl): Promise<string> {
    return this.call<string>(control.backendNodeId, 'function () { return this.innerText; }');
  }

  async attribute(control: AXControl, name: string): Promise<string | null> {
    return this.call<string | null>(control.backendNodeId, 'function (n) { return this.getAttribute(n); }', name);
  }

  /** A computed style property of the control, as it is rendered. */
  async style(control: AXControl, property: string): Promise<string> {
    return this.call<string>(control.backendNodeId, 'function (p) { return getComputedStyle(this).getPropertyValue(p); }', property);
  }

  async box(control: AXControl): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.call(control.backendNodeId, 'function () { this.scrollIntoView({ block: "nearest" }); const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }');
  }

  /** A trusted click at the middle of the control, as the reader's mouse would. */
  async click(control: AXControl): Promise<void> {
    const b = await this.box(control);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /**
   * Presses the control as a page script holding it would: synthetic pointer,
   * mouse and key events and `click()`, from the page's own world, none of
   * them trusted. (A page cannot reach into the closed root; the test hands
   * it the control through the DevTools protocol, the harder case.)
   */
  async pressAsPage(control: AXControl): Promise<void> {
    await this.call<void>(
      control.backendNodeId,
      `function () {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) this.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
        this.focus();
        for (const type of ['keydown', 'keypress', 'keyup']) this.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
        this.click();
      }`,
    );
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}
