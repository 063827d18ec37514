import type { SharedStyles } from './shared-styles';

/**
 * Events that never leave our shadow roots: the page's shortcuts and row click handlers do not see them. Both
 * overlays use this list.
 */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'input',
  'change',
  'paste',
];

const stop = (e: Event) => e.stopPropagation();

export interface ShadowHost {
  /** the element placed in the page (`<sixshop-link-…>`) */
  host: HTMLElement;
  /** where the content is drawn, inside the open shadow root */
  root: HTMLElement;
}

/** A light host element with an open shadow root that adopts the shared stylesheet. Not yet in the page. */
export function createShadowHost(tag: string, styles: SharedStyles): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  styles.adopt(shadow);
  const root = document.createElement('div');
  root.className = 'root';
  shadow.append(root);
  return { host, root };
}

/** Keeps the seller's input inside `root` from reaching the page (done once, when controls are drawn). */
export function isolateEvents(root: HTMLElement): void {
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, stop);
}
