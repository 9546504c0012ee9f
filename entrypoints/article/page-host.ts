/**
 * Jejak's one element in a news page, out of the page's reach. Both what
 * Jejak shows on a page live in one: the launcher alone (launcher.ts, plain
 * DOM, made by the article script) and the sidebar (page-sidebar/host.tsx,
 * Preact, whose script is injected only once the reader opens it).
 * - a CLOSED shadow root: page scripts cannot read what is inside (what other
 *   outlets reported, and what the reader has read) or reach its buttons;
 *   only events the browser marks trusted (the reader's own input) are
 *   acted on;
 * - in the TOP LAYER (the Popover API, where the browser has it): above any
 *   page element whatever its z-index, added before or after Jejak, and
 *   positioned against the viewport, so a `transform` on <body> cannot make
 *   it scroll away;
 * - inherited properties reset at the host (`all: initial`, plus `direction`
 *   and `unicode-bidi`, which `all` leaves alone), so `direction: rtl`, fonts
 *   or colours set on the page do not leak in;
 * - on a page that already uses Jejak's tag name for an element of its own,
 *   a plain <div> host instead; nothing is ever written to <head>, which a
 *   page may not have.
 * When the extension is updated or reloaded under the page, the element
 * removes itself at the reader's next interaction instead of staying dead,
 * or as soon as the new version's article script asks (orphans.ts).
 */
import { alive } from './page-api';
import { REPLACED_EVENT, SIDEBAR_MARK } from './orphans';

const HOST_TAG = 'jejak-sidebar';

/**
 * The host's own box: the whole viewport, transparent and letting every
 * click through, with nothing inherited from the page. `!important` in the
 * shadow root's :host wins over the page's own !important rules.
 */
const HOST_CSS = `
:host {
  all: initial !important;
  direction: ltr !important;
  unicode-bidi: isolate !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  width: auto !important;
  height: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
  transform: none !important;
  filter: none !important;
  opacity: 1 !important;
  visibility: visible !important;
  contain: none !important;
}
:host::backdrop { display: none !important; }
.launcher, .panel { pointer-events: auto; }
`;

/** Events Jejak's controls react to: any not made by the reader (a page's dispatchEvent, a synthetic click) stops at the shadow root. */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'pointermove', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'focusin'];

/** Reader input on the page after which a host whose extension is gone removes itself. */
const LIVENESS_EVENTS = ['pointerdown', 'keydown', 'visibilitychange'];

export interface PageHost {
  host: HTMLElement;
  /** Where the view goes: inside the closed root, marked as Jejak's (orphans.ts). */
  container: HTMLElement;
  /** Take the element off the page. */
  remove(): void;
}

function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [HOST_TAG, 'div']) {
    try {
      const host = document.createElement(tag);
      // A page that defined this tag for itself may have attached its own root already: then the next tag.
      const shadow = host.attachShadow({ mode: 'closed' });
      return { host, shadow };
    } catch {
      // Next candidate.
    }
  }
  throw new Error('no element can host the sidebar');
}

/**
 * Puts Jejak's element on the page with `css` (the view's own styles, after
 * the host's). `onGone` is called when it went by itself: the extension was
 * updated or reloaded under the page, or a newer version asked it to go.
 */
export function createPageHost(css: string, onGone: () => void): PageHost {
  const { host, shadow } = createHost();
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) {
          event.stopImmediatePropagation();
          event.preventDefault();
        }
      },
      { capture: true },
    );
  }
  const style = document.createElement('style');
  style.textContent = HOST_CSS + css;
  const container = document.createElement('div');
  container.setAttribute(SIDEBAR_MARK, '');
  shadow.append(style, container);

  // First in the page, so the launcher is among the first stops of the Tab key, not after every link of the page.
  const parent = document.body ?? document.documentElement;
  parent.prepend(host);
  const topLayer = typeof host.showPopover === 'function';
  const raise = () => {
    if (!topLayer || !host.isConnected) return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // A page that removed the popover attribute: the fixed host with the highest z-index stays.
    }
  };
  if (topLayer) {
    host.setAttribute('popover', 'manual');
    raise();
  }
  // The page opened a popover or dialog of its own: Jejak's goes back on top of it.
  const onToggle = (event: Event) => {
    if (event.target !== host && (event as ToggleEvent).newState === 'open') raise();
  };
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    document.removeEventListener('toggle', onToggle, true);
    for (const type of LIVENESS_EVENTS) document.removeEventListener(type, checkAlive, true);
    host.remove();
  };
  const gone = () => {
    if (removed) return;
    onGone();
    remove();
  };
  // The extension was updated or reloaded: this element can do nothing any more, and goes.
  const checkAlive = () => {
    if (!alive()) gone();
  };
  document.addEventListener('toggle', onToggle, true);
  container.addEventListener(REPLACED_EVENT, gone);
  for (const type of LIVENESS_EVENTS) document.addEventListener(type, checkAlive, true);
  return { host, container, remove };
}
