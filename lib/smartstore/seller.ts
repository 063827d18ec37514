import { z } from 'zod/mini';
import type { CommerceHttp } from './http';
import { optStr } from './schemas/common';

export const SellerAccountSchema = z.object({
  accountId: z.string(),
  accountUid: optStr,
  grade: optStr,
});
export type SellerAccount = z.infer<typeof SellerAccountSchema>;

export const SellerChannelSchema = z.object({
  channelNo: z.number(),
  channelType: z.string(),
  name: z.string(),
  url: optStr,
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
