import { keyedDigest, keyedRoomKey } from './roomKey';

const secret = (fill: number) => new Uint8Array(32).fill(fill);

describe('keyed digests', () => {
  it('is an HMAC-SHA-256 of the text: stable for one secret, different across secrets', async () => {
    expect(await keyedDigest(secret(1), 'Bonjour')).toBe(await keyedDigest(secret(1), 'Bonjour'));
    expect(await keyedDigest(secret(1), 'Bonjour')).not.toBe(await keyedDigest(secret(2), 'Bonjour'));
    expect(await keyedDigest(secret(1), 'Bonjour')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('room keys of taught rooms', () => {
  const key = (url: string, s = secret(7)) => keyedRoomKey(new URL(url), s);
  it('tells apart two Via activities that differ only by the query', async () => {
    expect(await key('https://via.exemple.fr/activite?id=4e-B')).not.toBe(await key('https://via.exemple.fr/activite?id=3e-A'));
    expect(await key('https://via.exemple.fr/activite?id=4e-B')).toBe(await key('https://via.exemple.fr/activite?id=4e-B#chat'));
  });
  it('holds no text of the path or the query, only the origin and a keyed digest', async () => {
    const roomKey = await key('https://via.exemple.fr/join/s3cr3t-jeton/classe-4e?code=ABCD1234');
    for (const part of ['join', 's3cr3t', 'jeton', 'classe', 'ABCD1234', 'code']) expect(roomKey).not.toContain(part);
    expect(roomKey).toMatch(/^taught\|https:\/\/via\.exemple\.fr\|k:[0-9a-f]{32}$/);
  });
  it('depends on the install secret', async () => {
    expect(await key('https://via.exemple.fr/a', secret(1))).not.toBe(await key('https://via.exemple.fr/a', secret(2)));
  });
});
