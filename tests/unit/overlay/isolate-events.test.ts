// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ISOLATED_EVENTS, isolateEvents } from '../../../components/overlay/shadow-host';

/** A row's controls in a shadow root inside the page, and every event of the list the page hears. */
function controls() {
  const host = document.createElement('span');
  const root = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(root);
  const button = document.createElement('button');
  root.append(button);
  document.body.append(host);
  const heard: string[] = [];
  for (const type of [...ISOLATED_EVENTS, 'pointerover', 'focusin'])
    document.addEventListener(type, () => heard.push(type));
  isolateEvents(root);
  const fire = (type: string) => button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  return { heard, fire };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('events inside the overlay controls stay there', () => {
  it('a click and a press are stopped before the seller came to the controls', () => {
    const { heard, fire } = controls();
    fire('click');
    fire('pointerdown');
    expect(heard).toEqual([]);
  });

  it('once the pointer comes over them, no event of the list reaches the page', () => {
    const { heard, fire } = controls();
    fire('pointerover');
    for (const type of ISOLATED_EVENTS) fire(type);
    expect(heard).toEqual(['pointerover']);
  });

  it('once the focus comes into them, typing does not reach the page', () => {
    const { heard, fire } = controls();
    fire('focusin');
    for (const type of ['keydown', 'keypress', 'input', 'keyup', 'paste', 'change']) fire(type);
    expect(heard).toEqual(['focusin']);
  });

  it('a press that arrives first arms the rest of the press (mousedown, pointerup, mouseup, dblclick)', () => {
    const { heard, fire } = controls();
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick']) fire(type);
    expect(heard).toEqual([]);
  });

  it('events of the page elsewhere still reach it', () => {
    const { heard } = controls();
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(heard).toEqual(['keydown']);
  });
});
