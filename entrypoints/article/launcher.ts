/**
 * The launcher alone: what a coverage page shows until the reader opens
 * Jejak. Plain DOM made by the article script, so the sidebar's script
 * (Preact, the components, every message and style) is injected and
 * evaluated only when the reader asks for the panel, not on every page with
 * findings. It looks, reads and sits exactly as the sidebar's own launcher
 * (components/sidebar/SidebarApp.tsx), which takes its place when the panel
 * opens: the same words (launcher-words.ts), the same styles (launcher.css)
 * and the same markup, which a component test compares. The two are written
 * twice because this one must not carry Preact; that test keeps them one.
 */
import launcherCss from '../../components/sidebar/launcher.css?inline';
import { FOOTPRINTS, SOLE_PATH } from '../../components/footprint';
import { launcherWords, sayWith, type LauncherWords, type Words } from '../../components/sidebar/launcher-words';
import type { SidebarState } from '../../components/sidebar/SidebarApp';
import { createPageHost, type PageHost } from './page-host';
import LAUNCHER_TEXTS from 'virtual:jejak-launcher-messages';
import { makeTranslator } from '../../components/translate';

const SVG = 'http://www.w3.org/2000/svg';

/** The launcher's words in the reader's language, from the few messages the article script carries (scripts/messages-plugin.ts). */
export const launcherSay: (words: Words) => string = sayWith(makeTranslator(LAUNCHER_TEXTS));

export interface LauncherOptions {
  /** The reader pressed it: the sidebar opens. */
  onOpen(): void;
  /** It went by itself (the extension was updated or reloaded under the page). */
  onGone(): void;
}

export interface Launcher {
  /** Shows what a newer analysis found; `introduce` shows words beside the mark. */
  update(state: SidebarState, introduce: boolean): void;
  /** The panel is on its way: a spinner until the sidebar takes the launcher's place. */
  opening(): void;
  /** The panel did not come (its script could not be loaded): the launcher as it was, to be pressed again. */
  settle(): void;
  remove(): void;
}

/** The Jejak mark as Wordmark renders it compact: the footprints, no name. */
function mark(): HTMLElement {
  const wrap = document.createElement('span');
  wrap.className = 'wordmark wordmark-compact';
  wrap.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of [['class', 'wordmark-mark'], ['viewBox', '0 0 32 32'], ['width', '32'], ['height', '32'], ['aria-hidden', 'true'], ['focusable', 'false']]) svg.setAttribute(name!, value!);
  for (const transform of FOOTPRINTS) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', SOLE_PATH);
    path.setAttribute('transform', transform);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
  }
  wrap.append(svg);
  return wrap;
}

function span(className: string, text?: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.setAttribute('aria-hidden', 'true');
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Fills `button` as SidebarApp renders its launcher, closed, for `words`. */
export function renderLauncher(button: HTMLButtonElement, status: SidebarState['status'], words: LauncherWords): void {
  const name = launcherSay(words.name);
  button.type = 'button';
  button.className = 'launcher';
  button.dataset.state = status;
  if (words.label) button.dataset.labelled = 'true';
  else delete button.dataset.labelled;
  button.setAttribute('aria-label', name);
  button.setAttribute('aria-expanded', 'false');
  button.title = name;
  const badge = words.label
    ? span('launcher-label', launcherSay(words.label))
    : words.badge === 'spinner'
      ? span('launcher-spinner')
      : words.badge !== undefined
        ? span('launcher-count', String(words.badge))
        : undefined;
  button.replaceChildren(mark(), ...(badge ? [badge] : []));
}

export function showLauncher(state: SidebarState, introduce: boolean, options: LauncherOptions): Launcher {
  let page: PageHost | undefined = createPageHost(launcherCss, () => {
    page = undefined;
    options.onGone();
  });
  const root = document.createElement('div');
  root.className = 'jejak';
  const button = document.createElement('button');
  root.append(button);
  page.container.append(root);
  let current = state;
  let introduced = introduce;
  const draw = () => {
    renderLauncher(button, current.status, launcherWords(current, introduced));
    button.removeAttribute('aria-busy');
  };
  draw();
  button.addEventListener('click', () => options.onOpen());
  return {
    update(next, introduce) {
      current = next;
      introduced = introduce;
      draw();
    },
    settle: draw,
    opening() {
      renderLauncher(button, 'loading', { ...launcherWords(current, false), label: undefined, badge: 'spinner' });
      button.setAttribute('aria-busy', 'true');
    },
    remove() {
      page?.remove();
      page = undefined;
    },
  };
}
