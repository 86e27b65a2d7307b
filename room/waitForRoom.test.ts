// @vitest-environment jsdom
import { waitForRoom } from './waitForRoom';

const detectMarker = () => (document.querySelector('[data-room]') ? 'room' : null);

describe('waitForRoom', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  it('resolves at once when the page is already a room', async () => {
    document.body.innerHTML = '<div data-room></div>';
    await expect(waitForRoom(document, detectMarker, new AbortController().signal)).resolves.toBe('room');
  });

  it('resolves when the room appears later', async () => {
    const waiting = waitForRoom(document, detectMarker, new AbortController().signal);
    const later = document.createElement('div');
    later.setAttribute('data-room', '');
    document.body.append(later);
    await expect(waiting).resolves.toBe('room');
  });

  it('gives up on a page that never becomes a room, and stops observing', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const waiting = waitForRoom(document, () => (calls++, null), new AbortController().signal, 1000);
    vi.advanceTimersByTime(1001);
    await expect(waiting).resolves.toBeNull();
    const before = calls;
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(calls).toBe(before);
  });
});
