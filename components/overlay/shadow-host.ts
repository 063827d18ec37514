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

/**
 * What arms the rest of the list: every other event of it comes only once the pointer came over the controls,
 * the focus came into them, or a press began on them. A press and a click are stopped from the start (a press
 * under a pointer that has not moved since the controls appeared, a click from assistive technology).
 */
const ARMING = ['pointerover', 'focusin', 'pointerdown'];

/**
 * Keeps the seller's input inside `root` from reaching the page (done once, when controls are drawn). Five
 * listeners per root until the seller comes to it (the three that arm, a press and a click stopped), the whole
 * list then: a page of rows draws dozens of roots at once, and most are never touched.
 */
export function isolateEvents(root: HTMLElement): void {
  const arm = () => {
    for (const type of ARMING) root.removeEventListener(type, arm);
    for (const type of ISOLATED_EVENTS) root.addEventListener(type, stop);
  };
  for (const type of ARMING) root.addEventListener(type, arm);
  // the press that arms is stopped too (by the listener added now, or by this one)
  root.addEventListener('pointerdown', stop);
  root.addEventListener('click', stop);
}
