// @vitest-environment jsdom
/**
 * The launcher the article script shows alone (entrypoints/article/launcher.ts)
 * and the sidebar's own (SidebarApp): one takes the other's place when the
 * reader opens the panel, so the reader must not be able to tell them apart.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { SidebarApp, type SidebarState } from '../../components/sidebar/SidebarApp';
import { launcherWords } from '../../components/sidebar/launcher-words';
import { launcherSay, renderLauncher, showLauncher } from '../../entrypoints/article/launcher';
import { REPLACED_EVENT, SIDEBAR_MARK } from '../../entrypoints/article/orphans';
import { analyzeResponse, emptyResponse } from './fixtures/analysis';
import { expectNoAxeViolations } from './axe';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** The same page with only another outlet's article on the same event, and no quote it shares. */
const relatedOnly: SidebarState = { status: 'ready', data: { ...analyzeResponse, analysis: { ...analyzeResponse.analysis, quotes: emptyResponse.analysis.quotes } } };
const STATES: Array<[string, SidebarState]> = [
  ['quotes matched', { status: 'ready', data: analyzeResponse }],
  ['only the same event', relatedOnly],
  ['nothing found', { status: 'ready', data: emptyResponse }],
  ['loading', { status: 'loading' }],
  ['error', { status: 'error', reason: 'failed' }],
];

/** An element as markup with its attributes in one order: Preact and the DOM write them in their own. */
function canonical(element: Element): string {
  const attributes = [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
  const children = [...element.childNodes].map((node) => (node.nodeType === Node.ELEMENT_NODE ? canonical(node as Element) : node.textContent)).join('');
  return `<${element.localName} ${attributes}>${children}</${element.localName}>`;
}

function sidebarLauncher(state: SidebarState, introduce: boolean): Element {
  const { container } = render(<SidebarApp state={state} open={false} onOpenChange={() => {}} onQuoteClick={() => {}} width={400} onWidthChange={() => {}} introduce={introduce} />);
  return container.querySelector('button.launcher')!;
}

/** The shadow roots attached from now on: the test sees inside the closed root as only the extension can. */
function closedRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

describe('the launcher shown before the sidebar is loaded', () => {
  for (const [name, state] of STATES) {
    for (const introduce of [false, true]) {
      it(`is the sidebar's launcher, attribute for attribute: ${name}${introduce ? ', introducing itself' : ''}`, () => {
        const expected = canonical(sidebarLauncher(state, introduce));
        const button = document.createElement('button');
        // In the words the article script carries itself: only the launcher's messages.
        renderLauncher(button, state.status, launcherWords(state, introduce));
        expect(canonical(button)).toBe(expected);
      });
    }
  }

  it('names the count and says it in words on the first pages, with no accessibility violations', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    renderLauncher(button, 'ready', launcherWords(STATES[0]![1], true));
    expect(button.getAttribute('aria-label')).toBe('Jejak: 4 kutipan juga dimuat media lain');
    expect(button.textContent).toBe('Jejak · 4 kutipan');
    await expectNoAxeViolations(document.body);
  });

  it('puts one element on the page, its root closed to the page, which pressing by script does not open', () => {
    const roots = closedRoots();
    const onOpen = vi.fn();
    const launcher = showLauncher(STATES[0]![1], false, { onOpen, onGone: () => {} });
    const hosts = document.body.children;
    expect(hosts).toHaveLength(1);
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull();
    const button = roots[0]!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Jejak: 4 kutipan juga dimuat media lain');
    // A page's synthetic click is not the reader's.
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onOpen).not.toHaveBeenCalled();
    launcher.remove();
    expect(document.body.children).toHaveLength(0);
  });

  it('shows a newer analysis, a spinner while the sidebar is on its way, and itself again when the sidebar does not come', () => {
    const roots = closedRoots();
    const launcher = showLauncher({ status: 'ready', data: emptyResponse }, false, { onOpen: () => {}, onGone: () => {} });
    const button = () => roots[0]!.querySelector('button')!;
    expect(button().getAttribute('aria-label')).toBe(launcherSay(launcherWords({ status: 'ready', data: emptyResponse }, false).name));
    launcher.update(STATES[0]![1], false);
    expect(button().textContent).toBe('4');
    launcher.opening();
    expect(button().querySelector('.launcher-spinner')).not.toBeNull();
    expect(button().getAttribute('aria-busy')).toBe('true');
    // The sidebar's script did not come: the launcher as it was, to be pressed again.
    launcher.settle();
    expect(button().querySelector('.launcher-spinner')).toBeNull();
    expect(button().textContent).toBe('4');
    expect(button().hasAttribute('aria-busy')).toBe(false);
  });

  it('goes, saying so, when a newer Jejak asks it to', () => {
    const roots = closedRoots();
    const onGone = vi.fn();
    showLauncher(STATES[0]![1], false, { onOpen: () => {}, onGone });
    roots[0]!.querySelector(`[${SIDEBAR_MARK}]`)!.dispatchEvent(new Event(REPLACED_EVENT));
    expect(onGone).toHaveBeenCalledOnce();
    expect(document.body.children).toHaveLength(0);
  });

  it('hands focus into the panel when the sidebar opens in its place from the reader’s click, and not when it opens by itself', () => {
    const state = STATES[0]![1];
    const props = { state, open: true, onOpenChange: () => {}, onQuoteClick: () => {}, width: 400, onWidthChange: () => {} };
    render(<SidebarApp {...props} />);
    expect(document.activeElement).toBe(document.body);
    cleanup();
    render(<SidebarApp {...props} focusOnMount />);
    const panel = document.querySelector('aside.panel')!;
    expect(panel.contains(document.activeElement)).toBe(true);
  });
});
