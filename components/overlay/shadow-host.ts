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

/** Hosts whose events stay inside, and those of them the seller has come to (their own listeners made). */
const isolated = new WeakSet<Element>();
const armed = new WeakSet<Element>();
let guarding = false;

/**
 * Seen first on the way down (the document's capture phase), the first event bound for one of our hosts gives
 * that host its own listeners, which stop every event of the list there on its way back up: the controls inside
 * have it by then, the row and the page never do.
 */
function guard(e: Event): void {
  for (const node of e.composedPath()) {
    if (node instanceof Element && isolated.has(node)) {
      if (armed.has(node)) return;
      armed.add(node);
      for (const type of ISOLATED_EVENTS) node.addEventListener(type, stop);
      return;
    }
  }
}

/**
 * Keeps the seller's input inside `host`'s shadow root from reaching the page. A page of rows draws dozens of
 * hosts at once and most are never touched, so a host gets listeners of its own only when an event first comes
 * its way: one capture listener per event type on the document (added with the first host; a frame's document has
 * its own content script) sees every event on its way to one of ours (the host is on the event's path).
 */
export function isolateEvents(host: HTMLElement): void {
  isolated.add(host);
  if (guarding) return;
  guarding = true;
  for (const type of ISOLATED_EVENTS) document.addEventListener(type, guard, true);
}
