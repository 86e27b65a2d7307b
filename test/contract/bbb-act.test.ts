import { createBbbAdapter } from '../../platforms/bigbluebutton';
import { lockViewers } from '../../platforms/bigbluebutton/actions/lockViewers';
import type { RoomAction } from '../../platforms/contract';
import { CASES, openRoom, type Locale, type TestRoom, type Version } from './bbbRoom';

const adapter = createBbbAdapter({ actionTimeoutMs: 300 });

/** Runs the action while the simulator renders (its renders are microtasks and timers). */
async function act(room: TestRoom, action: RoomAction) {
  const result = adapter.act(room.doc, action);
  return result;
}

describe.each(CASES)('BBB %s %s actions', (version: Version, locale: Locale) => {
  test('post to the public chat, verified in the list', async () => {
    const room = await openRoom(version, locale);
    const result = await act(room, { type: 'chat.post', text: 'Bonjour à tous' });
    expect(result).toEqual({ status: 'done' });
    expect(room.model.messages.at(-1)).toMatchObject({ text: 'Bonjour à tous' });
  });

  test('lower one hand from the toast, verified', async () => {
    const room = await openRoom(version, locale);
    room.model.raiseHand(room.ids.alice!);
    room.model.raiseHand(room.ids.bob!);
    await room.settle();
    const result = await act(room, { type: 'hand.lower', participantId: 'Bob Leroy' });
    expect(result).toEqual({ status: 'done' });
    expect(room.model.raisedHands().map((p) => p.name)).toEqual(['Alice Martin']);
  });

  test('a hand not shown anywhere to act on falls back to manual with FR and EN labels', async () => {
    const room = await openRoom(version, locale);
    room.model.raiseHand(room.ids.alice!);
    await room.settle();
    room.doc.querySelector('.raiseHandToast')?.remove();
    const result = await act(room, { type: 'hand.lower', participantId: 'Alice Martin' });
    expect(result.status).toBe('manual');
    if (result.status === 'manual') {
      expect(result.steps.some((step) => step.fr.includes('Alice Martin') && step.en.includes('Alice Martin'))).toBe(true);
    }
  });

  test('mute all except the presenter, verified on everyone\'s mute state', async () => {
    const room = await openRoom(version, locale);
    const result = await act(room, { type: 'audio.muteAll', exceptPresenter: true });
    expect(result).toEqual({ status: 'done' });
    expect(room.model.get(room.ids.chloe!)!.muted).toBe(true);
    expect(room.model.get(room.ids.teacher!)!.muted).toBe(false);
  });

  test('users join muted: on, idempotent, then off', async () => {
    const room = await openRoom(version, locale);
    expect(await act(room, { type: 'audio.joinMuted', enabled: true })).toEqual({ status: 'done' });
    expect(room.model.meetingMuted).toBe(true);
    expect(await act(room, { type: 'audio.joinMuted', enabled: true })).toEqual({ status: 'done' });
    expect(room.model.meetingMuted).toBe(true);
    expect(await act(room, { type: 'audio.joinMuted', enabled: false })).toEqual({ status: 'done' });
    expect(room.model.meetingMuted).toBe(false);
  });

  test('lock and unlock viewers: only the requested features change, verified by reopening', async () => {
    const room = await openRoom(version, locale);
    const locked = await act(room, { type: 'viewers.lock', locks: { microphone: true, publicChat: true } });
    expect(locked).toEqual({ status: 'done' });
    expect(room.model.lockSettings).toMatchObject({ disableMic: true, disablePublicChat: true, disableCam: false, disablePrivateChat: false });
    const again = await act(room, { type: 'viewers.lock', locks: { microphone: true, webcam: false } });
    expect(again).toEqual({ status: 'done' });
    expect(room.model.lockSettings).toMatchObject({ disableMic: true, disableCam: false, disablePublicChat: true });
    const unlocked = await act(room, { type: 'viewers.lock', locks: { microphone: false, publicChat: false } });
    expect(unlocked).toEqual({ status: 'done' });
    expect(room.model.lockSettings).toMatchObject({ disableMic: false, disablePublicChat: false });
    // Every dialog and menu is closed again.
    expect(room.doc.querySelector('[role="dialog"]')).toBeNull();
  });
});

describe('BBB lock switches whose "Verrouillé" markers contradict the polarity of the version', () => {
  test('a 2.7 modal read with 3.0 polarity (checked = allowed): nothing changes, the teacher is asked to do it', async () => {
    const room = await openRoom('2.7', 'fr');
    room.model.applyLockSettings({ disableMic: true });
    await room.settle();
    // Read as 3.0, the mic's checked switch means "allowed" and a click would "lock" it: in a 2.7
    // modal that click unlocks it. Its marker says "Verrouillé", so the action must not guess.
    const result = await lockViewers({ doc: room.doc, version: '3.0', timeoutMs: 300 }, { microphone: true });
    expect(result).toMatchObject({ status: 'manual', reason: expect.stringContaining('markers disagree') });
    expect(room.model.lockSettings.disableMic).toBe(true);
  });
});

describe('BBB actions on a page whose selectors drifted', () => {
  test('capabilities are degraded and no action clicks anything', async () => {
    const room = await openRoom('3.0', 'fr', { drift: true });
    room.model.raiseHand(room.ids.alice!);
    await room.settle();
    const health = (await import('../../platforms/bigbluebutton/health')).bbbHealth(room.doc, '3.0');
    const status = Object.fromEntries(health.map((entry) => [entry.capability, entry.status]));
    expect(status).toMatchObject({ participants: 'degraded', participantCount: 'degraded', chat: 'degraded', postChat: 'degraded', muteAll: 'degraded', lockViewers: 'degraded', lowerHand: 'degraded' });
    expect(health.find((entry) => entry.capability === 'postChat')!.detail).toContain('sendMessageButton');

    const clicks: EventTarget[] = [];
    room.doc.addEventListener('click', (event) => clicks.push(event.target!), true);
    const actions: RoomAction[] = [
      { type: 'chat.post', text: 'Bonjour' },
      { type: 'hand.lower', participantId: 'Alice Martin' },
      { type: 'audio.muteAll', exceptPresenter: true },
      { type: 'audio.muteAll', exceptPresenter: false },
      { type: 'audio.joinMuted', enabled: true },
      { type: 'viewers.lock', locks: { microphone: true } },
    ];
    for (const action of actions) {
      const result = await adapter.act(room.doc, action);
      expect(result.status, action.type).toBe('manual');
      if (result.status === 'manual') expect(result.steps.length).toBeGreaterThan(0);
    }
    expect(clicks).toEqual([]);
  });
});
