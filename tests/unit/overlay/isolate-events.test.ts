// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ISOLATED_EVENTS, isolateEvents } from '../../../components/overlay/shadow-host';

const cleanups: Array<() => void> = [];

/** Listens on `target` for every event of the list (`capture` or bubbling), as a page would. */
function listen(target: EventTarget, capture = false): string[] {
  const heard: string[] = [];
  for (const type of ISOLATED_EVENTS) {
    const f = () => heard.push(type);
    target.addEventListener(type, f, capture);
    cleanups.push(() => target.removeEventListener(type, f, capture));
  }
  return heard;
}

/** A row of the page with our controls (a button in a shadow root) in its cell. */
function row() {
  const tr = document.createElement('div');
  const host = document.createElement('sixshop-link-row');
  const root = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(root);
  const button = document.createElement('button');
  root.append(button);
  tr.append(host);
  document.body.append(tr);
  const fire = (type: string, on: Element = button) =>
    on.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  return { tr, host, button, fire };
}

afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  document.body.innerHTML = '';
});

describe('events inside the overlay controls stay there', () => {
  it('no event of the list reaches the row or the page, from the first one on', () => {
    const { tr, host, fire } = row();
    isolateEvents(host);
    const page = listen(document);
    const rowHeard = listen(tr);
    for (const type of ISOLATED_EVENTS) fire(type);
    for (const type of ISOLATED_EVENTS) fire(type);
    expect(page).toEqual([]);
    expect(rowHeard).toEqual([]);
  });

  it('the controls themselves still get every event', () => {
    const { host, button, fire } = row();
    isolateEvents(host);
    const own = listen(button);
    for (const type of ISOLATED_EVENTS) fire(type);
    expect(own).toEqual(ISOLATED_EVENTS);
  });

  it('an event set off inside the controls while another of its kind is on its way is kept in too, both of them', () => {
    const { host, button, fire } = row();
    isolateEvents(host);
    const inner = document.createElement('span');
    button.after(inner);
    button.addEventListener('click', () => fire('click', inner));
    const page = listen(document);
    fire('click');
    fire('click');
    expect(page).toEqual([]);
  });

  it('every host of the page is kept apart, the ones made later too', () => {
    const a = row();
    const b = row();
    isolateEvents(a.host);
    isolateEvents(b.host);
    const page = listen(document);
    a.fire('click');
    b.fire('keydown');
    const c = row();
    isolateEvents(c.host);
    c.fire('input');
    expect(page).toEqual([]);
  });

  it('events of the page elsewhere, and of a host never isolated, still reach it', () => {
    const ours = row();
    isolateEvents(ours.host);
    const other = row();
    const page = listen(document);
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    ours.fire('click', ours.tr);
    other.fire('click');
    expect(page).toEqual(['keydown', 'click', 'click']);
  });
});
