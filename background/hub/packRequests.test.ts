import { answerPackRequest } from './packRequests';
import type { SelectorPack } from '../../core/packs/schema';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const room = { id: ID, tab: { id: 3 }, frameId: 0, url: 'https://via.exemple.fr/activite/12' };
const pack = { origin: 'https://via.exemple.fr' } as unknown as SelectorPack;

describe('a room asking for its pack', () => {
  it('gets the pack of its own page origin, or null when there is none', async () => {
    const asked: string[] = [];
    const packFor = async (origin: string) => (asked.push(origin), origin === pack.origin ? pack : undefined);
    expect(await answerPackRequest({ kind: 'room/pack' }, room, ID, packFor)).toBe(pack);
    expect(await answerPackRequest({ kind: 'room/pack' }, { ...room, url: 'https://autre.fr/' }, ID, packFor)).toBeNull();
    expect(asked).toEqual(['https://via.exemple.fr', 'https://autre.fr']);
  });

  it('gets null, not an error, when storage fails', async () => {
    const failing = () => Promise.reject(new Error('blocked'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await answerPackRequest({ kind: 'room/pack' }, room, ID, failing)).toBeNull();
  });

  it('leaves other messages, subframes and other senders unanswered', () => {
    const packFor = async () => pack;
    expect(answerPackRequest({ kind: 'room/hello' }, room, ID, packFor)).toBeUndefined();
    expect(answerPackRequest(null, room, ID, packFor)).toBeUndefined();
    expect(answerPackRequest({ kind: 'room/pack' }, { ...room, frameId: 2 }, ID, packFor)).toBeUndefined();
    expect(answerPackRequest({ kind: 'room/pack' }, { ...room, id: 'other' }, ID, packFor)).toBeUndefined();
  });
});
