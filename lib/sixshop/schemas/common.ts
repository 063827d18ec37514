import { z } from 'zod';

/** ISO 8601 date-time with `Z` or an offset (`2025-03-01T09:00:00.000+09:00`). */
export const DateTimeSchema = z.iso.datetime({ offset: true });

/** Identifiers the backend assigns. */
export const IdSchema = z.string().min(1).max(100);

export const CountSchema = z.int().min(0);

/** `{ items, page, size, total }` of a paged list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.int().min(1),
    size: z.int().min(1),
    total: CountSchema,
  });
}

/** `{ items }` of an unpaged list. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** `?page=&size=` with defaults and a ceiling. */
export function pageQuery(maxSize: number, defaultSize: number) {
  return z.object({
    page: z.coerce.number().pipe(z.int().min(1)).default(1),
    size: z.coerce.number().pipe(z.int().min(1).max(maxSize)).default(defaultSize),
  });
}
