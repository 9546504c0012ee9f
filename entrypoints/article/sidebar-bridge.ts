/**
 * How the article script and the sidebar script meet. The sidebar (Preact,
 * the components, their styles) is a script of its own that the background
 * injects into the tab only when there is something to show; both run in the
 * content scripts' isolated world, which the page never sees, and meet in a
 * slot on that world's global object.
 */
import type { Ok } from '../../lib/messages';
import type { Quote } from '../../lib/types';
import type { SidebarState } from '../../components/sidebar/SidebarApp';
import type { SaveState } from '../../components/save/SaveToJejak';

export type SidebarViewState = SidebarState;

export interface SidebarMountOptions {
  initial: SidebarViewState;
  open: boolean;
  /** Finds and marks the quote in the page; false when the page no longer has it. */
  onQuoteClick(quote: Quote): boolean;
  /** The reader closed the panel. */
  onClose(): void;
  /** The sidebar went away by itself (the extension was updated or reloaded under the page). */
  onGone(): void;
  /** "Simpan ke Jejak": what became of saving this page so far, and the reader pressing it. */
  save: SaveState;
  onSave(): void;
  /** Opened by the reader's own click: focus moves into the panel. */
  focus?: boolean;
  /** Whether the launcher introduces itself, where the article script's own launcher already counted this page (entrypoints/article/introduce.ts). */
  introduce?: Promise<boolean>;
}

export interface SidebarHandle {
  setState(state: SidebarViewState): void;
  setOpen(open: boolean | ((open: boolean) => boolean)): void;
  setSave(state: SaveState): void;
  remove(): void;
}

export interface SidebarModule {
  mount(options: SidebarMountOptions): SidebarHandle;
}

interface Slot { module?: SidebarModule; waiting: Array<(module: SidebarModule) => void> }

const SLOT = '__jejakSidebarSlot';
/** The sidebar script is a few hundred kilobytes at most, from the extension's own files: this is only for a background that never answered. */
const LOAD_TIMEOUT_MS = 10_000;

function slot(): Slot {
  const g = globalThis as unknown as Record<string, Slot | undefined>;
  if (!g[SLOT]) Object.defineProperty(globalThis, SLOT, { value: { waiting: [] } satisfies Slot });
  return g[SLOT]!;
}

/** The sidebar module, injected by the background on the first call (`inject`). */
export async function loadSidebar(inject: () => Promise<Ok>): Promise<SidebarModule> {
  const s = slot();
  if (s.module) return s.module;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = new Promise<SidebarModule>((resolve, reject) => {
    s.waiting.push(resolve);
    timer = setTimeout(() => reject(new Error('the sidebar script did not load')), LOAD_TIMEOUT_MS);
  });
  const injected = await inject();
  if (!injected.ok && !s.module) throw new Error(`the sidebar script was not injected: ${injected.reason}`);
  return ready.finally(() => clearTimeout(timer));
}

/** Called by the sidebar script when it has run. */
export function provideSidebar(module: SidebarModule): void {
  const s = slot();
  s.module = module;
  for (const resolve of s.waiting.splice(0)) resolve(module);
}
