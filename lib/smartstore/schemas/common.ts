import { z } from 'zod';

/** Token endpoint success (reference §1.2). */
export const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  token_type: z.string(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export const InvalidInputSchema = z.object({
  name: z.string(),
  type: z.string().optional(),
  message: z.string(),
});

/**
 * Any of the three error families (reference §2.4): gateway `GW.*`, order numeric codes, product `invalidInputs`.
 * All share `code` and `message`; the rest is optional.
 */
export const NaverErrorBodySchema = z.object({
  code: z.union([z.string(), z.number().transform(String)]),
  message: z.string().optional(),
  timestamp: z.string().optional(),
  traceId: z.string().optional(),
  invalidInputs: z.array(InvalidInputSchema).nullish(),
});
export type NaverErrorBody = z.infer<typeof NaverErrorBodySchema>;

/** The shop backend's error shape, seen when calls go through its relay. */
export const ShopRelayErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string().optional() }),
});

/** Per-item failure shared by confirm, dispatch and claim actions. */
export const FailProductOrderInfoSchema = z.object({
  productOrderId: z.string(),
  code: z.union([z.string(), z.number().transform(String)]),
  message: z.string().optional().default(''),
});

/** Fields the API may omit or send as null, read as `undefined`. */
export const optStr = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);
export const optNum = z
  .number()
  .nullish()
  .transform((v) => v ?? undefined);
export const optBool = z
  .boolean()
  .nullish()
  .transform((v) => v ?? undefined);
export const optional = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? undefined);
