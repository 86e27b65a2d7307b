// Acting on a 4.0 room (jsdom, the React demo room): each action opens what it needs, does its
// steps, reads the result back from the room, and puts the teacher's side panel back as it was.
import { createBbbAdapter } from '../../platforms/bigbluebutton';
import type { RoomAction } from '../../platforms/contract';
import { openRoom, type TestRoom } from './bbbRoom';

const adapter = createBbbAdapter({ actionTimeoutMs: 500 });

/** "Fermer la salle" as the side panel sends it (components/panel/checklist/actions.ts). */
const CLOSE_ROOM: RoomAction[] = [
  { type: 'audio.muteAll', exceptPresenter: true },
  { type: 'viewers.lock', locks: { microphone: true } },
  { type: 'viewers.lock', locks: { webcam: true } },
  { type: 'viewers.lock', locks: { publicChat: true } },
  { type: 'viewers.lock', locks: { privateChat: true } },
];

const panelOf = (room: TestRoom) =>
  room.doc.querySelector('[data-test="userListPanel"]') ? 'users' : room.doc.querySelector('[data-test="chatMessages"]') ? 'chat' : null;

/** Every click the page receives, to prove a drifted page is left alone. */
function countClicks(room: TestRoom): () => number {
  let clicks = 0;
  room.doc.addEventListener('click', () => (clicks += 1), true);
  return () => clicks;
}

describe.each([
  ['chat', 'permissions-first'],
  ['users', 'guest-first'],
  [undefined, 'permissions-first'],
] as const)('with the %s panel open, tabs %s', (panel, lockTabsOrder) => {
  test('"Fermer la salle": everyone muted, microphones, webcams and both chats locked, panel as it was', async () => {
    const room = await openRoom('4.0', 'fr', { panel: panel ?? 'chat', lockTabsOrder });
    if (panel === undefined) {
      (room.doc.querySelector('[data-test="messagesSidebarButton"]') as HTMLElement).click();
      await room.settle();
    }
    const before = panelOf(room);
    expect(before).toBe(panel ?? null);
    for (const action of CLOSE_ROOM) expect(await adapter.act(room.doc, action), JSON.stringify(action)).toEqual({ status: 'done' });
    expect(room.model.lockSettings).toMatchObject({ disableMic: true, disableCam: true, disablePublicChat: true, disablePrivateChat: true, disableNotes: false });
    expect(room.model.get(room.ids.chloe!)!.muted).toBe(true);
    // The presenter (the teacher) keeps the floor.
    expect(room.model.get(room.ids.teacher!)!.muted).toBe(false);
    expect(panelOf(room)).toBe(before);
    expect(room.doc.querySelector('[role="dialog"]')).toBeNull();
  });
});

test('unlock reads back too: an allowed feature is a ticked box', async () => {
  const room = await openRoom('4.0', 'en');
  room.model.applyLockSettings({ disableCam: true });
  expect(await adapter.act(room.doc, { type: 'viewers.lock', locks: { webcam: false, cursors: true } })).toEqual({ status: 'done' });
  expect(room.model.lockSettings).toMatchObject({ disableCam: false, hideViewersCursor: true });
});

test('lower one hand with the chat open: lowered in the room, the chat back', async () => {
  const room = await openRoom('4.0', 'fr');
  room.model.raiseHand(room.ids.alice!);
  room.model.raiseHand(room.ids.bob!);
  await room.settle();
  expect(await adapter.act(room.doc, { type: 'hand.lower', participantId: 'Bob Leroy' })).toEqual({ status: 'done' });
  expect(room.model.raisedHands().map((p) => p.name)).toEqual(['Alice Martin']);
  expect(panelOf(room)).toBe('chat');
});

test('post to the chat with the participants open: posted, read back, participants back', async () => {
  const room = await openRoom('4.0', 'fr', { panel: 'users' });
  expect(await adapter.act(room.doc, { type: 'chat.post', text: 'Bonjour à tous' })).toEqual({ status: 'done' });
  expect(room.model.messages.at(-1)).toMatchObject({ text: 'Bonjour à tous', senderName: 'Mme Durand' });
  expect(panelOf(room)).toBe('users');
});

test('4.0 has no meeting-wide mute: guided steps, nothing clicked', async () => {
  const room = await openRoom('4.0', 'fr');
  const clicks = countClicks(room);
  const result = await adapter.act(room.doc, { type: 'audio.joinMuted', enabled: true });
  expect(result.status).toBe('manual');
  expect(clicks()).toBe(0);
});

test('a drifted 4.0 page: every action falls back to guided steps and clicks nothing', async () => {
  const room = await openRoom('4.0', 'fr', { panel: 'users', drift: true });
  room.model.raiseHand(room.ids.alice!);
  await room.settle();
  const clicks = countClicks(room);
  for (const action of [...CLOSE_ROOM, { type: 'hand.lower', participantId: 'Alice Martin' } as RoomAction]) {
    const result = await adapter.act(room.doc, action);
    expect(result.status, JSON.stringify(action)).toBe('manual');
    if (result.status === 'manual') expect(result.reason).toContain('userListPanel');
  }
  expect(clicks()).toBe(0);
  expect(room.model.lockSettings.disableMic).toBe(false);
  expect(room.model.raisedHands().length).toBe(1);
});
