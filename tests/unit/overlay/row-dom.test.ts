// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { h, sync } from '../../../components/overlay/row/dom';

/** What `parent` holds, as tag and text, in order. */
const shown = (parent: Element) => [...parent.children].map((c) => `${c.localName}:${c.textContent}`);

/** The child-list changes made to `parent` while `f` runs. */
function changesDuring(parent: Element, f: () => void): number {
  const observer = new MutationObserver(() => undefined);
  observer.observe(parent, { childList: true });
  f();
  const n = observer.takeRecords().length;
  observer.disconnect();
  return n;
}

describe('sync: a parent made to hold exactly the given nodes', () => {
  it('fills a new element in order', () => {
    const parent = h('div');
    sync(parent, [h('span', null, 'a'), h('button', null, 'b')]);
    expect(shown(parent)).toEqual(['span:a', 'button:b']);
  });

  it('changes nothing when given the nodes it already holds, in the same order', () => {
    const a = h('span', null, 'a');
    const b = h('input');
    const parent = h('div', null, a, b);
    expect(changesDuring(parent, () => sync(parent, [a, b]))).toBe(0);
    expect([...parent.children]).toEqual([a, b]);
  });

  it('keeps a node that stays in place while others come and go around it', () => {
    const kept = h('input');
    const parent = h('div', null, h('span', null, 'old'), kept, h('button', null, 'x'));
    document.body.append(parent);
    kept.focus();
    sync(parent, [h('span', null, 'new'), kept, h('a', null, 'link')]);
    expect(shown(parent)).toEqual(['span:new', 'input:', 'a:link']);
    expect(parent.children[1]).toBe(kept);
    expect(document.activeElement).toBe(kept);
    parent.remove();
  });

  it('keeps a text element drawn again unchanged, and drops one gone', () => {
    const alert = h('span', { role: 'alert' }, '보내지 못했습니다.');
    const parent = h('div', null, alert, h('span', null, 'gone'));
    sync(parent, [h('span', { role: 'alert' }, '보내지 못했습니다.')]);
    expect(parent.children[0]).toBe(alert);
    expect(shown(parent)).toEqual(['span:보내지 못했습니다.']);
  });

  it('empties a parent given nothing', () => {
    const parent = h('div', null, h('span', null, 'a'));
    sync(parent, []);
    expect(parent.childNodes).toHaveLength(0);
  });
});
