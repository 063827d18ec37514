import { z } from 'zod/mini';

/** Token endpoint success (reference §1.2). */
export const TokenResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.int().check(z.positive()),
  token_type: z.string(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export const InvalidInputSchema = z.object({
  name: z.string(),
  type: z.optional(z.string()),
  message: z.string(),
});

/** Naver sends some codes as numbers; they are read as strings. */
const CodeSchema = z.union([z.string(), z.pipe(z.number(), z.transform(String))]);

/**
 * Any of the three error families (reference §2.4): gateway `GW.*`, order numeric codes, product `invalidInputs`.
 * All share `code` and `message`; the rest is optional.
 */
export const NaverErrorBodySchema = z.object({
  code: CodeSchema,
  message: z.optional(z.string()),
  timestamp: z.optional(z.string()),
  traceId: z.optional(z.string()),
  invalidInputs: z.nullish(z.array(InvalidInputSchema)),
});
export type NaverErrorBody = z.infer<typeof NaverErrorBodySchema>;

/** The shop backend's error shape, seen when calls go through its relay. */
export const ShopRelayErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.optional(z.string()) }),
});

/** Per-item failure shared by confirm, dispatch and claim actions. */
export const FailProductOrderInfoSchema = z.object({
  productOrderId: z.string(),
  code: CodeSchema,
  message: z._default(z.optional(z.string()), ''),
});

/** A field the API may omit or send as null, read as `undefined`. */
export const optional = <T extends z.ZodMiniType>(s: T) =>
  z.pipe(
    z.nullish(s),
    z.transform((v: z.output<T> | null | undefined) => v ?? undefined),
  );

/** A list the API may omit or send as null, read as empty. */
export const listOrEmpty = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.nullish(z.array(item)),
    z.transform((v: z.output<T>[] | null | undefined) => v ?? []),
  );

export const optStr = optional(z.string());
export const optNum = optional(z.number());
export const optBool = optional(z.boolean());
