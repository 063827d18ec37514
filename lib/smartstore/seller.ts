import { z } from 'zod';
import type { CommerceHttp } from './http';

export const SellerAccountSchema = z.object({
  accountId: z.string(),
  accountUid: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  grade: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});
export type SellerAccount = z.infer<typeof SellerAccountSchema>;

export const SellerChannelSchema = z.object({
  channelNo: z.number(),
  channelType: z.string(),
  name: z.string(),
  url: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});
export type SellerChannel = z.infer<typeof SellerChannelSchema>;

/** The seller the token acts for (reference §4.7); linking calls it to prove the link works. */
export async function getSellerAccount(http: CommerceHttp): Promise<SellerAccount> {
  return http.request({
    apiId: 'seller.account',
    method: 'GET',
    path: '/v1/seller/account',
    schema: SellerAccountSchema,
    mutation: false,
  });
}

export async function getSellerChannels(http: CommerceHttp): Promise<SellerChannel[]> {
  return http.request({
    apiId: 'seller.channels',
    method: 'GET',
    path: '/v1/seller/channels',
    schema: z.array(SellerChannelSchema),
    mutation: false,
  });
}
