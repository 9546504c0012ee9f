/**
 * The sidebar in the page, out of the page's reach:
 * - a CLOSED shadow root: page scripts cannot read the panel (what other
 *   outlets reported, and later what the reader has read) or reach its
 *   buttons; only events the browser marks trusted (the reader's own input)
 *   are acted on;
 * - in the TOP LAYER (the Popover API, where the browser has it): above any
 *   page element whatever its z-index, added before or after Jejak, and
 *   positioned against the viewport, so a `transform` on <body> cannot make
 *   it scroll away;
 * - inherited properties reset at the host (`all: initial`, plus `direction`
 *   and `unicode-bidi`, which `all` leaves alone), so `direction: rtl`, fonts
 *   or colours set on the page do not leak in;
 * - on a page that already uses Jejak's tag name for an element of its own,
 *   a plain <div> host instead; on a page without <head>, nothing is written
 *   there: while open, the page is pushed aside by an inline margin on its
 *   root element, and its fixed elements are kept clear of the panel
 *   (make-room.ts), all restored as they were when the sidebar closes.
 * When the extension is updated or reloaded under the page, the sidebar
 * removes itself at the reader's next interaction instead of staying dead,
 * or as soon as the new version's article script runs in the page, which
 * also gives the page back the room this one made should its script have
 * been stopped.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SidebarApp, clampWidth, defaultWidth, type SidebarState } from '../../components/sidebar/SidebarApp';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import saveCss from '../../components/save/save.css?inline';
import type { SaveState } from '../../components/save/SaveToJejak';
import type { SidebarHandle, SidebarMountOptions } from '../article/sidebar-bridge';
import { alive, ext } from '../article/page-api';
import { REPLACED_EVENT, ROOM_RECORD, SIDEBAR_MARK } from '../article/orphans';
import { makeRoom } from './make-room';

const HOST_TAG = 'jejak-sidebar';
const WIDTH_KEY = 'sidebarWidth';
/** How many pages with findings the launcher has been shown on, with words, so far. */
const INTRODUCED_KEY = 'launcherIntroduced';
/** On the reader's first pages with findings the launcher says what it is; after these it is the mark and count alone. */
const INTRODUCED_PAGES = 3;

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

/** Events the sidebar reacts to: any not made by the reader (a page's dispatchEvent, a synthetic click) stops at the shadow root. */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'pointermove', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'focusin'];

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

export function mountSidebar(options: SidebarMountOptions): SidebarHandle {
  let setStateOutside: (s: SidebarState) => void = () => {};
  let setOpenOutside: (o: boolean | ((o: boolean) => boolean)) => void = () => {};
  let setSaveOutside: (s: SaveState) => void = () => {};
  let pending: { state?: SidebarState; open?: boolean | ((o: boolean) => boolean); save?: SaveState } = {};
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
  style.textContent = HOST_CSS + sidebarCss + saveCss;
  const container = document.createElement('div');
  // How a newer Jejak, after an update or reload, finds this sidebar and has it go (article/orphans.ts).
  container.setAttribute(SIDEBAR_MARK, '');
  shadow.append(style, container);
  // What the open panel changed on the page, kept beside the mark for a newer Jejak to undo should this script be stopped.
  const push = makeRoom(
    (el) => el === host,
    (record) => (record === undefined ? container.removeAttribute(ROOM_RECORD) : container.setAttribute(ROOM_RECORD, record)),
  );

  function Host() {
    const [state, setState] = useState<SidebarState>(pending.state ?? options.initial);
    const [open, setOpen] = useState(options.open);
    const [save, setSave] = useState<SaveState>(pending.save ?? options.save);
    // Until the reader drags it, the width suits the window (SidebarApp's defaultWidth).
    const [width, setWidth] = useState(defaultWidth());
    // Zooming or resizing the window changes how wide the sidebar may be.
    const [viewport, setViewport] = useState(window.innerWidth);
    const [introduce, setIntroduce] = useState(false);
    setStateOutside = setState;
    setOpenOutside = setOpen;
    setSaveOutside = setSave;
    useEffect(() => {
      if (pending.open !== undefined) setOpen(pending.open);
      pending = {};
      // One read for both: each read is a round trip to the browser on the way to the launcher.
      ext.storage.local.get([WIDTH_KEY, INTRODUCED_KEY]).then(
        (stored) => {
          if (typeof stored[WIDTH_KEY] === 'number') setWidth(clampWidth(stored[WIDTH_KEY]));
          const introduced = typeof stored[INTRODUCED_KEY] === 'number' ? stored[INTRODUCED_KEY] : 0;
          if (introduced >= INTRODUCED_PAGES) return;
          setIntroduce(true);
          if (alive()) void ext.storage.local.set({ [INTRODUCED_KEY]: introduced + 1 }).catch(() => {});
        },
        () => {},
      );
      const onResize = () => setViewport(window.innerWidth);
      window.addEventListener('resize', onResize);
      return () => window.removeEventListener('resize', onResize);
    }, []);
    useEffect(() => {
      push(open ? clampWidth(width) : undefined);
    }, [open, width, viewport]);
    // The quote marked in the page goes with the panel that pointed at it.
    useEffect(() => {
      if (!open) options.onClose();
    }, [open]);
    return (
      <SidebarApp
        state={state}
        open={open}
        onOpenChange={setOpen}
        onQuoteClick={options.onQuoteClick}
        save={{ state: save, onSave: options.onSave }}
        introduce={introduce}
        width={width}
        onWidthChange={(w) => {
          const clamped = clampWidth(w);
          setWidth(clamped);
          if (alive()) void ext.storage.local.set({ [WIDTH_KEY]: clamped }).catch(() => {});
        }}
      />
    );
  }

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
  render(<Host />, container);

  // The page opened a popover or dialog of its own: Jejak's goes back on top of it.
  const onToggle = (event: Event) => {
    if (event.target !== host && (event as ToggleEvent).newState === 'open') raise();
  };
  // The extension was updated or reloaded: this sidebar can do nothing any more, and goes.
  const checkAlive = () => {
    if (!alive()) remove();
  };
  let removed = false;
  /** Take the sidebar off the page; `gone` says whether it went by itself (the page scripts are told) or was asked to. */
  function teardown(gone: boolean) {
    if (removed) return;
    removed = true;
    document.removeEventListener('toggle', onToggle, true);
    for (const type of ['pointerdown', 'keydown', 'visibilitychange']) document.removeEventListener(type, checkAlive, true);
    render(null, container);
    push(undefined);
    host.remove();
    if (gone) options.onGone();
  }
  const remove = () => teardown(true);
  document.addEventListener('toggle', onToggle, true);
  container.addEventListener(REPLACED_EVENT, remove);
  for (const type of ['pointerdown', 'keydown', 'visibilitychange']) document.addEventListener(type, checkAlive, true);

  return {
    setState: (s) => {
      pending.state = s;
      setStateOutside(s);
    },
    setOpen: (o) => {
      pending.open = o;
      setOpenOutside(o);
    },
    setSave: (s) => {
      pending.save = s;
      setSaveOutside(s);
    },
    remove: () => teardown(false),
  };
}
