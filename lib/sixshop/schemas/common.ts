import { z } from 'zod/mini';

/** ISO 8601 date-time with `Z` or an offset (`2025-03-01T09:00:00.000+09:00`). */
export const DateTimeSchema = z.iso.datetime({ offset: true });

/** Identifiers the backend assigns. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(100));

export const CountSchema = z.int().check(z.minimum(0));

/** `{ items, page, size, total }` of a paged list. */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.int().check(z.minimum(1)),
    size: z.int().check(z.minimum(1)),
    total: CountSchema,
  });
}

/** `{ items }` of an unpaged list. */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** `?page=&size=` with defaults and a ceiling. */
export function pageQuery(maxSize: number, defaultSize: number) {
  return z.object({
    page: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1))), 1),
    size: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(maxSize))), defaultSize),
  });
}
