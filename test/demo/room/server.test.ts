// @vitest-environment node
import { startDemoServer } from '../server.mjs';

describe('demo server', () => {
  it('serves the room (both URL shapes), its bundle, a non-room page and the fixtures, on 127.0.0.1', async () => {
    const server = await startDemoServer({ port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      for (const path of ['/html5client?sessionToken=x', '/html5client/join?sessionToken=x']) {
        const page = await fetch(server.url + path);
        expect(await page.text()).toContain('/html5client/room.js');
      }
      const script = await fetch(`${server.url}/html5client/room.js`);
      expect(script.status).toBe(200);
      expect(await script.text()).toContain('bbbSim');
      expect(await (await fetch(`${server.url}/not-a-room.html`)).text()).toContain('Cahier de textes');
      expect(await (await fetch(`${server.url}/fixtures/bbb/3.0/room.fr.html`)).text()).toMatch(/^<!-- moderato-fixture /);
      expect((await fetch(`${server.url}/fixtures/..%2F..%2Fpackage.json`)).status).toBe(403);
      expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("answers BBB's learningDashboard API with the record a room page handed over, or BBB's refusals", async () => {
    const server = await startDemoServer({ port: 0 });
    const api = async (token: string) => (await fetch(`${server.url}/bigbluebutton/api/learningDashboard?sessionToken=${token}`)).json();
    const put = (token: string, body: object) => fetch(`${server.url}/__demo/learning-dashboard?sessionToken=${token}`, { method: 'PUT', body: JSON.stringify(body) });
    try {
      expect(await api('nobody')).toEqual({ response: { returncode: 'FAILED', message: 'Invalid Session', sessionToken: 'nobody' } });
      await put('a', { disabled: false, data: '{"users":{}}' });
      await put('b', { disabled: true });
      expect(await api('a')).toEqual({ response: { returncode: 'SUCCESS', data: '{"users":{}}', sessionToken: 'a' } });
      expect(await api('b')).toEqual({ response: { returncode: 'FAILED', message: 'Learning Dashboard disabled for this meeting', sessionToken: 'b' } });
    } finally {
      await server.close();
    }
  });
});
