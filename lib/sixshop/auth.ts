/** The header every shop-backend call carries, the relay included. The key is trimmed: pasted keys often end in a newline. */
export function shopAuthHeaders(shopKey: string): Record<string, string> {
  return { Authorization: `Bearer ${shopKey.trim()}` };
}

/** Base URL of the Commerce API relay for one seller; the Commerce client appends `/v1/…` or `/v2/…`. */
export function relayBaseUrl(baseUrl: string, apiSellerId: string): string {
  return `${trimBaseUrl(baseUrl)}/api/v1/relay/smartstore/${encodeURIComponent(apiSellerId)}`;
}

export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}
