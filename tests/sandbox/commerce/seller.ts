import type { AuthContext } from './auth';
import type { ApiResponse } from './http';

/** `GET /v1/seller/account` (reference §4.7). */
export function sellerAccount(auth: AuthContext): ApiResponse {
  const s = auth.seller;
  return { status: 200, body: { accountId: s.accountId, accountUid: s.accountUid, grade: s.grade } };
}

/** `GET /v1/seller/channels` (reference §4.7): the SmartStore channel of the seller. */
export function sellerChannels(auth: AuthContext): ApiResponse {
  const s = auth.seller;
  return {
    status: 200,
    body: [
      {
        channelNo: s.channelNo,
        channelType: 'STOREFARM',
        name: s.name,
        url: `https://smartstore.naver.com/${s.storeSlug}`,
        representativeImageUrl: s.representativeImageUrl,
        talkTalkAccountId: s.talkTalkAccountId,
      },
    ],
  };
}
