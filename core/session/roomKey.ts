/**
 * Keyed digests: what Moderato stores instead of text that could reveal something (a join secret
 * in a room's address, a chat message behind its id). HMAC-SHA-256 (WebCrypto, in pages, workers
 * and Node alike) with the per-install secret (room/installSecret.ts), cut to 128 bits: without
 * the secret, which never leaves the browser's extension storage, a digest cannot be recomputed
 * from a guess, so a short message or an address cannot be found back by brute force.
 */

const encoder = new TextEncoder();
const keys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

function hmacKey(secret: Uint8Array): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', secret as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(secret, key);
  }
  return key;
}

/** 32 hex characters: HMAC-SHA-256 of `text` under `secret`, first 128 bits. */
export async function keyedDigest(secret: Uint8Array, text: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(text)));
  return [...mac.subarray(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The key of a room read through a taught pack: its origin (the site, shown to the moderator) and
 * a keyed digest of its path and query, never their text. Two Via activities that differ only by
 * the query are two rooms; the fragment (in-page navigation) is not part of the room.
 */
export async function keyedRoomKey(url: URL, secret: Uint8Array): Promise<string> {
  return `taught|${url.origin}|k:${await keyedDigest(secret, `${url.pathname}${url.search}`)}`;
}
