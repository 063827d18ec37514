import { t } from '../../lib/i18n';
import type { PageAccount, PageSite } from '../../lib/products/page-lookup';

/**
 * One product's button and what it says, drawn with the DOM alone: the script that carries it runs on every
 * seller page, product list or not, and a UI library would be most of its size.
 */

export type ButtonState = 'idle' | 'working' | 'done' | 'failed' | 'conflict';

export interface ButtonView {
  site: PageSite;
  number: string;
  /** linked to a product on the other side (per account alias) */
  linkedTo: string[];
  state: ButtonState;
  message?: string | undefined;
  /** several accounts and no link: the seller picks one */
  choose?: PageAccount[] | undefined;
}

export interface ButtonHandlers {
  /** the button itself; the handler decides whether the click counts (only the seller's own: isTrusted) */
  onPress(e: MouseEvent): void;
  /** an account of the menu shown by `choose` */
  onPick(e: MouseEvent, accountId: string): void;
}

/** Redraws the button for a new view, in place. */
export type DrawButton = (view: ButtonView) => void;

const verbOf = (site: PageSite) =>
  site === 'smartstore' ? t('가져오기', 'Import') : t('내보내기', 'Export');
const doneOf = (site: PageSite) =>
  site === 'smartstore' ? t('가져왔습니다', 'Imported') : t('내보냈습니다', 'Exported');
const titleOf = (site: PageSite) =>
  site === 'smartstore'
    ? t('이 스마트스토어 상품을 식스샵 프로로 가져옵니다', 'Import this SmartStore product into Sixshop Pro')
    : t(
        '이 식스샵 프로 상품을 스마트스토어로 내보냅니다 (기본 판매 설정 프리셋)',
        'Export this Sixshop Pro product to SmartStore (default sales settings preset)',
      );

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function setAttr(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Puts the parts that are shown right after `first`, in order, and takes the others out. Nodes already in place
 * are not moved, so the button a seller just pressed keeps its focus across redraws.
 */
function place(first: Element, parts: ReadonlyArray<readonly [Element | undefined, boolean]>): void {
  let after = first;
  for (const [part, shown] of parts) {
    if (!part) continue;
    if (!shown) {
      part.remove();
      continue;
    }
    if (after.nextSibling !== part) after.after(part);
    after = part;
  }
}

/**
 * Draws a product's button into `root` (inside its shadow root): `div.pb` with the button, then as the view
 * asks the 연동됨 badge, the done note, the account menu and the error. Returns the function that redraws it.
 */
export function createProductButton(root: HTMLElement, handlers: ButtonHandlers): DrawButton {
  const box = element('div', 'pb');
  const button = element('button', 'pb__button');
  button.type = 'button';
  button.addEventListener('click', (e) => handlers.onPress(e));
  box.append(button);
  root.append(box);
  let linked: HTMLSpanElement | undefined;
  let ok: HTMLSpanElement | undefined;
  let menu: HTMLDivElement | undefined;
  let menuOf: PageAccount[] | undefined;
  let message: HTMLParagraphElement | undefined;

  const drawMenu = (accounts: PageAccount[]): HTMLDivElement => {
    menu ??= element('div', 'pb__menu');
    menu.setAttribute('role', 'menu');
    setAttr(menu, 'aria-label', t('스마트스토어 계정 선택', 'Choose a SmartStore account'));
    if (menuOf !== accounts) {
      menuOf = accounts;
      menu.replaceChildren(
        ...accounts.map((a) => {
          const item = document.createElement('button');
          item.type = 'button';
          item.setAttribute('role', 'menuitem');
          item.textContent = a.alias;
          item.addEventListener('click', (e) => handlers.onPick(e, a.id));
          return item;
        }),
      );
    }
    return menu;
  };

  return (view) => {
    const base = verbOf(view.site);
    const working = view.state === 'working';
    const isLinked = view.linkedTo.length > 0;
    box.className = `pb pb--${view.state}`;
    setAttr(box, 'data-state', view.state);
    setAttr(box, 'data-site', view.site);
    setAttr(button, 'title', titleOf(view.site));
    button.disabled = working;
    setAttr(button, 'aria-busy', working ? 'true' : undefined);
    setText(
      button,
      working ? t(`${base} 중…`, `${base}ing…`) : isLinked ? t(`다시 ${base}`, `${base} again`) : base,
    );

    const showLinked = isLinked && view.state === 'idle';
    if (showLinked) {
      linked ??= element('span', 'pb__linked');
      setText(linked, t('연동됨', 'Linked'));
    }
    const showOk = view.state === 'done';
    if (showOk) {
      ok ??= element('span', 'pb__ok');
      ok.setAttribute('role', 'status');
      setText(ok, doneOf(view.site));
    }
    if (view.choose) drawMenu(view.choose);
    const showMessage = !!view.message && (view.state === 'failed' || view.state === 'conflict');
    if (showMessage) {
      message ??= element('p', 'pb__message');
      message.setAttribute('role', 'alert');
      setText(message, view.message ?? '');
    }
    place(button, [
      [linked, showLinked],
      [ok, showOk],
      [menu, !!view.choose],
      [message, showMessage],
    ]);
  };
}
