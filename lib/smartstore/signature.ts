import { bcryptHash } from './bcrypt';

/**
 * `client_secret_sign` of the Commerce API token request (reference §1.3):
 * Base64(bcrypt(clientId + "_" + timestampMs, salt = clientSecret)).
 * The secret is trimmed: copied secrets often carry a trailing newline.
 */
export function signClientSecret(clientId: string, clientSecret: string, timestampMs: number): string {
  const password = `${clientId}_${timestampMs}`;
  const hashed = bcryptHash(password, clientSecret.trim());
  return bytesToBase64(new TextEncoder().encode(hashed));
}

/** Checks a signature the way the token endpoint does (used by the sandbox). */
export function verifyClientSecretSign(
  clientId: string,
  clientSecret: string,
  timestampMs: number,
  sign: string,
): boolean {
  try {
    return signClientSecret(clientId, clientSecret, timestampMs) === sign;
  } catch {
    return false;
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
