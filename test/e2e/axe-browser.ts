/**
 * axe in a real browser, with the colours and layout it needs for contrast:
 * on Jejak's own extension pages, and inside the sidebar's CLOSED shadow root
 * on a news page. A closed root is out of reach of page scripts, axe's
 * included; the DevTools protocol, as assistive technology does, can still
 * reach it, and hands it to axe as the host's `shadowRoot` for this one check.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; help: string; nodes: Array<{ html: string; failureSummary?: string }> }

function describe(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.html}\n    ${n.failureSummary ?? ''}`).join('\n  ')}`);
}

async function injectAxe(page: Page): Promise<void> {
  // Evaluated through the protocol: an extension page's CSP refuses script tags, not this.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** Every axe violation on a whole page (an extension page), as readable lines. */
export async function axePage(page: Page): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return describe(violations as AxeViolation[]);
}

interface DomNode { nodeId: number; backendNodeId: number; nodeName: string; shadowRootType?: string; shadowRoots?: DomNode[]; children?: DomNode[] }

/** Every axe violation inside the sidebar's closed shadow root on this news page. */
export async function axeSidebar(page: Page, hostTag = 'jejak-sidebar'): Promise<string[]> {
  await injectAxe(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined => {
      if (node.nodeName.toLowerCase() === hostTag && node.shadowRoots?.length) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const host = find(root);
    if (!host) throw new Error(`no ${hostTag} with a shadow root in the page`);
    const shadow = host.shadowRoots![0]!;
    const objectOf = async (backendNodeId: number) =>
      ((await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } }).object.objectId;
    const hostObject = await objectOf(host.backendNodeId);
    const shadowObject = await objectOf(shadow.backendNodeId);
    // axe walks shadow trees through `shadowRoot`: the closed root is given to it there.
    await cdp.send('Runtime.callFunctionOn', {
      objectId: hostObject,
      functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { value: root, configurable: true }); }',
      arguments: [{ objectId: shadowObject }],
    });
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: hostObject,
      functionDeclaration: `async function () {
        const results = await window.axe.run({ include: { fromShadowDom: ['${hostTag}', '.jejak'] } }, { resultTypes: ['violations'] });
        return { violations: results.violations, checked: results.passes.length + results.violations.length + results.incomplete.length };
      }`,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: { violations: AxeViolation[]; checked: number } } };
    // A selector that reached nothing would pass silently: axe must have checked rules on the panel.
    if (result.value.checked === 0) throw new Error('axe checked nothing inside the sidebar');
    return describe(result.value.violations);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
