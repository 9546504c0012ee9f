/**
 * The sidebar in the page: a shadow root (page CSS and Jejak's never touch),
 * and, while open, a margin on the page's root element so the sidebar sits
 * beside the article instead of over it.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SidebarApp, clampWidth, type SidebarState } from '../../components/sidebar/SidebarApp';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import type { Quote } from '../../lib/types';

const PUSH_STYLE_ID = 'jejak-page-push';
const WIDTH_KEY = 'sidebarWidth';

export interface SidebarController {
  setState(state: SidebarState): void;
  setOpen(open: boolean | ((open: boolean) => boolean)): void;
  remove(): void;
}

function pushPage(width: number | undefined): void {
  let style = document.getElementById(PUSH_STYLE_ID);
  if (width === undefined) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = PUSH_STYLE_ID;
    document.head.append(style);
  }
  style.textContent = `html { margin-right: ${width}px !important; }`;
}

export async function mountSidebar(
  ctx: ContentScriptContext,
  options: { initial: SidebarState; open: boolean; onQuoteClick(quote: Quote): void },
): Promise<SidebarController> {
  let setStateOutside: (s: SidebarState) => void = () => {};
  let setOpenOutside: (o: boolean | ((o: boolean) => boolean)) => void = () => {};
  const stored = (await browser.storage.local.get(WIDTH_KEY))[WIDTH_KEY];
  const initialWidth = clampWidth(typeof stored === 'number' ? stored : 400);

  function Host() {
    const [state, setState] = useState<SidebarState>(options.initial);
    const [open, setOpen] = useState(options.open);
    const [width, setWidth] = useState(initialWidth);
    // Zooming or resizing the window changes how wide the sidebar may be.
    const [viewport, setViewport] = useState(window.innerWidth);
    setStateOutside = setState;
    setOpenOutside = setOpen;
    useEffect(() => {
      const onResize = () => setViewport(window.innerWidth);
      window.addEventListener('resize', onResize);
      return () => window.removeEventListener('resize', onResize);
    }, []);
    useEffect(() => {
      pushPage(open ? clampWidth(width) : undefined);
    }, [open, width, viewport]);
    return (
      <SidebarApp
        state={state}
        open={open}
        onOpenChange={setOpen}
        onQuoteClick={options.onQuoteClick}
        width={width}
        onWidthChange={(w) => {
          const clamped = clampWidth(w);
          setWidth(clamped);
          void browser.storage.local.set({ [WIDTH_KEY]: clamped });
        }}
      />
    );
  }

  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: 'jejak-sidebar',
    css: sidebarCss,
    position: 'overlay',
    zIndex: 2147483647,
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(<Host />, container);
    },
    onRemove() {
      pushPage(undefined);
    },
  });
  ui.mount();
  return {
    setState: (s) => setStateOutside(s),
    setOpen: (o) => setOpenOutside(o),
    remove: () => ui.remove(),
  };
}
