export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export interface Paging {
  page: number;
  size: number;
}

/** `?page=&size=` read leniently (a hand-edited address falls back to the defaults); the pages offer PAGE_SIZES. */
export function readPaging(query: URLSearchParams): Paging {
  const page = Number.parseInt(query.get('page') ?? '', 10);
  const size = Number.parseInt(query.get('size') ?? '', 10);
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: Number.isInteger(size) && size >= 1 && size <= MAX_PAGE_SIZE ? size : DEFAULT_PAGE_SIZE,
  };
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
  pageCount: number;
}

/** One page of `items`; a page past the end falls back to the last page. */
export function pageOf<T>(items: readonly T[], paging: Paging): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / paging.size));
  const page = Math.min(paging.page, pageCount);
  const start = (page - 1) * paging.size;
  return {
    items: items.slice(start, start + paging.size),
    page,
    size: paging.size,
    total: items.length,
    pageCount,
  };
}
