// Shared helpers of the demo admin pages. Data is only ever set as text (textContent, append(string),
// setAttribute), never parsed as HTML.

const loadDelay = Number(document.body.dataset.loadDelay ?? '300');
export const LOAD_DELAY_MS = Number.isFinite(loadDelay) && loadDelay >= 0 ? loadDelay : 300;

export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Fetches JSON after the page's load delay, like an admin app that renders its shell first. */
export async function fetchJson(path) {
  await sleep(LOAD_DELAY_MS);
  const res = await fetch(path, { cache: 'no-store', headers: { Accept: 'application/json' } });
  let data = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) {
    const error = new Error(data?.error ?? `서버 응답 ${res.status}`);
    error.status = res.status;
    throw error;
  }
  return data;
}

/** An element; `text` and string children become text nodes. */
export function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null || child === '') continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return node;
}

export function td(className, ...children) {
  return el('td', { className }, children);
}

export function checkCell(value) {
  return td(
    'col-check',
    el('input', { className: 'row-check', attrs: { type: 'checkbox', value, 'aria-label': '선택' } }),
  );
}

export function statusBadge(code, label) {
  return el('span', { className: `status status-${code}`, text: label });
}

export function won(n) {
  return `${Number(n).toLocaleString('ko-KR')}원`;
}

export function num(n) {
  return Number(n).toLocaleString('ko-KR');
}

/** Replaces the body with one message row spanning every column. */
export function messageRow(tbody, text, className = 'placeholder-row') {
  const columns = tbody.closest('table')?.querySelectorAll('thead th').length ?? 1;
  tbody.replaceChildren(el('tr', { className }, [el('td', { text, attrs: { colspan: columns } })]));
}

/**
 * Loads with `fetchJson` and renders; a newer load supersedes an older one still in flight.
 * `panel` gets aria-busy while loading.
 */
export function createLoader({ panel, render, fail }) {
  let sequence = 0;
  return async function load(path) {
    const mine = ++sequence;
    panel.setAttribute('aria-busy', 'true');
    try {
      const data = await fetchJson(path);
      if (mine === sequence) render(data);
    } catch (error) {
      if (mine === sequence) fail(error);
    } finally {
      if (mine === sequence) panel.setAttribute('aria-busy', 'false');
    }
  };
}

/** Check-all, per-row checks, the selected count and the row highlight; survives re-renders. */
export function wireSelection(table, countNode) {
  const update = () => {
    const boxes = [...table.querySelectorAll('tbody input.row-check')];
    const checked = boxes.filter((b) => b.checked);
    for (const box of boxes) box.closest('tr')?.classList.toggle('is-selected', box.checked);
    const all = table.querySelector('thead input.check-all');
    if (all) {
      all.checked = boxes.length > 0 && checked.length === boxes.length;
      all.indeterminate = checked.length > 0 && checked.length < boxes.length;
    }
    if (countNode) countNode.textContent = String(checked.length);
  };
  table.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.classList.contains('check-all')) {
      for (const box of table.querySelectorAll('tbody input.row-check')) box.checked = target.checked;
    }
    update();
  });
  return update;
}

/** Page buttons (이전 · 1 2 3 … · 다음), ten numbers at a time. */
export function renderPagination(container, { page, pageCount }, onPage) {
  if (pageCount <= 1) {
    container.replaceChildren();
    return;
  }
  const button = (label, target, options = {}) => {
    const node = el('button', {
      className: `page-button${options.current ? ' is-current' : ''}`,
      text: label,
      attrs: {
        type: 'button',
        disabled: options.disabled,
        'aria-current': options.current ? 'page' : undefined,
        'aria-label': options.label,
      },
    });
    node.addEventListener('click', () => onPage(target));
    return node;
  };
  const first = Math.floor((page - 1) / 10) * 10 + 1;
  const last = Math.min(pageCount, first + 9);
  const nodes = [button('이전', page - 1, { disabled: page <= 1, label: '이전 페이지' })];
  for (let n = first; n <= last; n++) nodes.push(button(String(n), n, { current: n === page }));
  nodes.push(button('다음', page + 1, { disabled: page >= pageCount, label: '다음 페이지' }));
  container.replaceChildren(...nodes);
}

let toastTimer = 0;

export function toast(text) {
  let node = document.querySelector('.toast');
  if (!node) {
    node = el('div', { className: 'toast', attrs: { role: 'status' } });
    document.body.append(node);
  }
  node.textContent = text;
  node.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    node.hidden = true;
  }, 2000);
}

/** Buttons of the real admin that do nothing here. */
export function wireUnavailable(...ids) {
  for (const id of ids) {
    document.getElementById(id)?.addEventListener('click', () => {
      toast('샌드박스에서는 지원하지 않는 기능입니다.');
    });
  }
}

export function positiveInt(value, fallback) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/**
 * The SmartStore-like pages keep their status filter and paging in location.hash. `refresh` runs when the hash
 * would not change (the hashchange listener handles the rest).
 */
export function hashState(defaultSize, refresh) {
  const read = () => {
    const query = new URLSearchParams(location.hash.slice(1));
    return {
      status: query.get('status') ?? 'ALL',
      page: positiveInt(query.get('page'), 1),
      size: positiveInt(query.get('size'), defaultSize),
    };
  };
  const navigate = (next) => {
    const query = new URLSearchParams({ status: next.status, page: String(next.page) });
    if (next.size !== defaultSize) query.set('size', String(next.size));
    const hash = `#${query}`;
    if (location.hash === hash) refresh();
    else location.hash = hash;
  };
  return { read, navigate };
}
