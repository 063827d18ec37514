// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ButtonView,
  createProductButton,
  type DrawButton,
} from '../../../entrypoints/products.content/product-button';
import { setLocale } from '../../../lib/i18n';

/** The product list's button, drawn with the DOM: what it shows in each state and what a click reaches. */

const accounts = [
  { id: 'acc-a', alias: '하늘리빙', hasDefaultPreset: true },
  { id: 'acc-b', alias: '하늘아울렛', hasDefaultPreset: false },
];
const idle: ButtonView = { site: 'smartstore', number: '10000001', linkedTo: [], state: 'idle' };

function setup() {
  const root = document.createElement('div');
  const onPress = vi.fn();
  const onPick = vi.fn();
  const draw: DrawButton = createProductButton(root, { onPress, onPick });
  const box = () => root.querySelector<HTMLElement>('.pb')!;
  const button = () => root.querySelector<HTMLButtonElement>('.pb__button')!;
  /** the classes of what follows the button, in order */
  const parts = () => [...box().children].slice(1).map((e) => e.className);
  return { root, draw, onPress, onPick, box, button, parts };
}

afterEach(() => setLocale('ko'));

describe('the product button (plain DOM)', () => {
  it('draws an idle SmartStore button as the product list shows it', () => {
    const { root, draw, box, button } = setup();
    draw(idle);
    expect(root.children).toHaveLength(1);
    expect(box().className).toBe('pb pb--idle');
    expect(box().dataset).toMatchObject({ state: 'idle', site: 'smartstore' });
    expect(box().children).toHaveLength(1);
    expect(button().type).toBe('button');
    expect(button().textContent).toBe('가져오기');
    expect(button().title).toBe('이 스마트스토어 상품을 식스샵 프로로 가져옵니다');
    expect(button().disabled).toBe(false);
    expect(button().hasAttribute('aria-busy')).toBe(false);
  });

  it('says 내보내기 on the shop and 다시 … with a 연동됨 badge once linked', () => {
    const { draw, button, parts, root } = setup();
    draw({ ...idle, site: 'shop', number: '1001' });
    expect(button().textContent).toBe('내보내기');
    expect(button().title).toBe('이 식스샵 프로 상품을 스마트스토어로 내보냅니다 (기본 판매 설정 프리셋)');
    draw({ ...idle, site: 'shop', number: '1001', linkedTo: ['하늘리빙'] });
    expect(button().textContent).toBe('다시 내보내기');
    expect(parts()).toEqual(['pb__linked']);
    expect(root.querySelector('.pb__linked')!.textContent).toBe('연동됨');
  });

  it('is disabled and busy while working, and says so', () => {
    const { draw, box, button, parts } = setup();
    draw({ ...idle, linkedTo: ['하늘리빙'], state: 'working' });
    expect(box().className).toBe('pb pb--working');
    expect(box().dataset.state).toBe('working');
    expect(button().disabled).toBe(true);
    expect(button().getAttribute('aria-busy')).toBe('true');
    expect(button().textContent).toBe('가져오기 중…');
    // the badge is for a button at rest
    expect(parts()).toEqual([]);
    draw({ ...idle, linkedTo: ['하늘리빙'] });
    expect(button().disabled).toBe(false);
    expect(button().hasAttribute('aria-busy')).toBe(false);
    expect(button().textContent).toBe('다시 가져오기');
  });

  it('announces a finished import, and shows a failure or a conflict with its message', () => {
    const { root, draw, parts } = setup();
    draw({ ...idle, state: 'done', linkedTo: ['연동됨'] });
    expect(parts()).toEqual(['pb__ok']);
    expect(root.querySelector('[role=status]')!.textContent).toBe('가져왔습니다');
    draw({ ...idle, state: 'failed', message: '연동된 스마트스토어 계정이 없습니다.' });
    expect(parts()).toEqual(['pb__message']);
    expect(root.querySelector('[role=alert]')!.textContent).toBe('연동된 스마트스토어 계정이 없습니다.');
    draw({ ...idle, state: 'conflict', message: '그사이 상품이 수정되었습니다.' });
    expect(root.querySelector('.pb')!.className).toBe('pb pb--conflict');
    expect(root.querySelector('[role=alert]')!.textContent).toBe('그사이 상품이 수정되었습니다.');
    // a message belongs to a failure only; a failure without one shows none
    draw({ ...idle, message: '남은 메시지' });
    expect(parts()).toEqual([]);
    draw({ ...idle, state: 'failed' });
    expect(parts()).toEqual([]);
  });

  it('keeps the button itself across redraws, so a pressed button keeps its focus', () => {
    const { draw, button, parts } = setup();
    draw(idle);
    const first = button();
    draw({ ...idle, state: 'working' });
    draw({ ...idle, state: 'done', linkedTo: ['연동됨'] });
    draw({ ...idle, state: 'failed', message: 'x', choose: accounts });
    expect(button()).toBe(first);
    expect(parts()).toEqual(['pb__menu', 'pb__message']);
    draw({ ...idle, linkedTo: ['하늘리빙'], choose: accounts });
    expect(button()).toBe(first);
    expect(parts()).toEqual(['pb__linked', 'pb__menu']);
  });

  it('hands the click to its handler, and each menu item its account', () => {
    const { root, draw, onPress, onPick, button } = setup();
    draw({ ...idle, site: 'shop', choose: accounts });
    button().click();
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(onPress.mock.calls[0]![0]).toBeInstanceOf(MouseEvent);
    const menu = root.querySelector('[role=menu]')!;
    expect(menu.getAttribute('aria-label')).toBe('스마트스토어 계정 선택');
    const items = [...menu.querySelectorAll<HTMLButtonElement>('button[role=menuitem]')];
    expect(items.map((b) => [b.type, b.textContent])).toEqual([
      ['button', '하늘리빙'],
      ['button', '하늘아울렛'],
    ]);
    items[1]!.click();
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick.mock.calls[0]![1]).toBe('acc-b');
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('builds the menu again only for other accounts, and takes it away when the choice is gone', () => {
    const { root, draw } = setup();
    draw({ ...idle, site: 'shop', choose: accounts });
    const item = root.querySelector('[role=menuitem]');
    draw({ ...idle, site: 'shop', choose: accounts, state: 'failed', message: 'x' });
    expect(root.querySelector('[role=menuitem]')).toBe(item);
    draw({ ...idle, site: 'shop', choose: [accounts[1]!] });
    expect([...root.querySelectorAll('[role=menuitem]')].map((b) => b.textContent)).toEqual(['하늘아울렛']);
    draw({ ...idle, site: 'shop' });
    expect(root.querySelector('[role=menu]')).toBeNull();
  });

  it('speaks the language of the moment it is drawn', () => {
    const { draw, button } = setup();
    draw(idle);
    expect(button().textContent).toBe('가져오기');
    setLocale('en');
    draw({ ...idle, state: 'working' });
    expect(button().textContent).toBe('Importing…');
    expect(button().title).toBe('Import this SmartStore product into Sixshop Pro');
  });
});
