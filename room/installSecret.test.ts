import { installSecret, INSTALL_SECRET_KEY, type SecretStorage } from './installSecret';

function memory(): SecretStorage & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return { items, get: async (key) => (key in items ? { [key]: items[key] } : {}), set: async (more) => void Object.assign(items, more) };
}

describe('the install secret', () => {
  it('is made once, 32 random bytes, and read back the same afterwards', async () => {
    const storage = memory();
    const first = await installSecret(storage);
    expect(first).toHaveLength(32);
    expect(storage.items[INSTALL_SECRET_KEY]).toMatch(/^[0-9a-f]{64}$/);
    expect(await installSecret(storage)).toEqual(first);
    expect(await installSecret(memory())).not.toEqual(first);
  });
  it('replaces a damaged value', async () => {
    const storage = memory();
    storage.items[INSTALL_SECRET_KEY] = 'not hex';
    expect(await installSecret(storage)).toHaveLength(32);
  });
});
