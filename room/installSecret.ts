/**
 * The per-install secret of the keyed digests (core/session/roomKey.ts): 32 random bytes made
 * once, kept in the extension's own storage (never the page's, never exported, never sent).
 * Two tabs starting at once may both make one: whichever was stored first is read back and used.
 */
export const INSTALL_SECRET_KEY = 'installSecret';

export interface SecretStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function fromHex(value: unknown): Uint8Array | null {
  if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) return null;
  return Uint8Array.from(value.match(/../g)!.map((byte) => parseInt(byte, 16)));
}

export async function installSecret(storage: SecretStorage): Promise<Uint8Array> {
  const stored = fromHex((await storage.get(INSTALL_SECRET_KEY))[INSTALL_SECRET_KEY]);
  if (stored) return stored;
  const made = [...crypto.getRandomValues(new Uint8Array(32))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  await storage.set({ [INSTALL_SECRET_KEY]: made });
  return fromHex((await storage.get(INSTALL_SECRET_KEY))[INSTALL_SECRET_KEY]) ?? fromHex(made)!;
}
