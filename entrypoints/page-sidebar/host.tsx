/**
 * The sidebar in the page: the panel and its launcher, in Jejak's element
 * out of the page's reach (entrypoints/article/page-host.ts: a closed shadow
 * root in the top layer, trusted events only, nothing inherited from the
 * page). While open, the page is pushed aside by an inline margin on its
 * root element, and its fixed elements are kept clear of the panel
 * (make-room.ts), all restored as they were when the sidebar closes.
 * When the extension is updated or reloaded under the page, the sidebar
 * removes itself at the reader's next interaction instead of staying dead,
 * or as soon as the new version's article script runs in the page, which
 * also gives the page back the room this one made should its script have
 * been stopped.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SidebarApp, clampWidth, defaultWidth, type SidebarState } from '../../components/sidebar/SidebarApp';
import launcherCss from '../../components/sidebar/launcher.css?inline';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import saveCss from '../../components/save/save.css?inline';
import type { SaveState } from '../../components/save/SaveToJejak';
import type { SidebarHandle, SidebarMountOptions } from '../article/sidebar-bridge';
import { alive, ext } from '../article/page-api';
import { introduceLauncher } from '../article/introduce';
import { createPageHost } from '../article/page-host';
import { ROOM_RECORD } from '../article/orphans';
import { makeRoom } from './make-room';

const WIDTH_KEY = 'sidebarWidth';

export function mountSidebar(options: SidebarMountOptions): SidebarHandle {
  let setStateOutside: (s: SidebarState) => void = () => {};
  let setOpenOutside: (o: boolean | ((o: boolean) => boolean)) => void = () => {};
  let setSaveOutside: (s: SaveState) => void = () => {};
  let pending: { state?: SidebarState; open?: boolean | ((o: boolean) => boolean); save?: SaveState } = {};
  const { host, container, remove: removeHost } = createPageHost(launcherCss + sidebarCss + saveCss, () => teardown(true));
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
      ext.storage.local.get(WIDTH_KEY).then(
        (stored) => {
          if (typeof stored[WIDTH_KEY] === 'number') setWidth(clampWidth(stored[WIDTH_KEY]));
        },
        () => {},
      );
      // Known already where the article script's own launcher showed first; else this launcher is the page's first.
      void (options.introduce ?? introduceLauncher()).then(setIntroduce);
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
        focusOnMount={options.focus}
        width={width}
        onWidthChange={(w) => {
          const clamped = clampWidth(w);
          setWidth(clamped);
          if (alive()) void ext.storage.local.set({ [WIDTH_KEY]: clamped }).catch(() => {});
        }}
      />
    );
  }

  render(<Host />, container);

  let removed = false;
  /** Take the sidebar off the page; `gone` says whether it went by itself (the page scripts are told) or was asked to. */
  function teardown(gone: boolean) {
    if (removed) return;
    removed = true;
    render(null, container);
    push(undefined);
    removeHost();
    if (gone) options.onGone();
  }

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
