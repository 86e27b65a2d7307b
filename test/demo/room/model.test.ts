import { orderFor2x, orderFor30, RoomModel } from './model';
import { startScenario } from './simulator';

function room() {
  let now = 1_000;
  const model = new RoomModel({ meetingName: 'Test', now: () => (now += 1000) });
  const you = model.join({ name: 'Prof', role: 'moderator', you: true, presenter: true });
  return { model, you };
}

describe('RoomModel', () => {
  it('joins, renames and leaves, notifying subscribers', () => {
    const { model } = room();
    const changes: string[] = [];
    model.subscribe((c) => changes.push(c));
    const zoe = model.join({ name: 'Zoé' });
    model.rename(zoe.id, 'Zoé M.');
    expect(model.get(zoe.id)!.name).toBe('Zoé M.');
    model.leave(zoe.id);
    expect(model.get(zoe.id)).toBeUndefined();
    expect(changes).toEqual(['users', 'users', 'users']);
  });

  it('keeps raised hands in raise order and lowers one or all', () => {
    const { model } = room();
    const [a, b, c] = ['Anna', 'Bruno', 'Chloé'].map((name) => model.join({ name }));
    model.raiseHand(c!.id);
    model.raiseHand(a!.id);
    model.raiseHand(b!.id);
    model.raiseHand(c!.id); // already up: keeps its place
    expect(model.raisedHands().map((p) => p.name)).toEqual(['Chloé', 'Anna', 'Bruno']);
    model.lowerHand(a!.id);
    expect(model.raisedHands().map((p) => p.name)).toEqual(['Chloé', 'Bruno']);
    model.lowerAllHands();
    expect(model.raisedHands()).toEqual([]);
  });

  it('talking unmutes, muting stops talking and leaves a "was talking" mark', () => {
    const { model } = room();
    const p = model.join({ name: 'Léo', muted: true });
    model.setTalking(p.id, true);
    expect(model.get(p.id)).toMatchObject({ talking: true, muted: false });
    model.setMuted(p.id, true);
    expect(model.get(p.id)).toMatchObject({ talking: false, muted: true, spoke: true });
  });

  it('mute all spares you (and the presenter when asked); join-muted mutes newcomers', () => {
    const { model, you } = room();
    const p = model.join({ name: 'Léo', muted: false });
    const presenter = model.join({ name: 'Ana', muted: false });
    model.setPresenter(presenter.id);
    model.muteAll({ exceptPresenter: true });
    expect([model.get(you.id)!.muted, model.get(p.id)!.muted, model.get(presenter.id)!.muted]).toEqual([false, true, false]);
    model.setJoinMuted(true);
    expect(model.meetingMuted).toBe(true);
    expect(model.join({ name: 'Nouveau' }).muted).toBe(true);
  });

  it('posts chat from a participant, from you, and system notices', () => {
    const { model } = room();
    const p = model.join({ name: 'Léo' });
    model.postChat(p.id, 'Bonjour');
    model.postChat('you', 'Bonjour à tous');
    model.setAway(p.id, true);
    expect(model.messages.map((m) => [m.sequence, m.senderName, m.type])).toEqual([
      [1, 'Léo', 'default'],
      [2, 'Prof', 'default'],
      [3, '', 'userAwayStatusMsg'],
    ]);
    expect(model.messages[2]).toMatchObject({ subject: 'Léo', away: true });
  });

  it('applies lock settings partially', () => {
    const { model } = room();
    model.applyLockSettings({ disableMic: true, disablePublicChat: true });
    expect(model.lockSettings).toMatchObject({ disableMic: true, disablePublicChat: true, disableCam: false });
  });

  it('orders the list like each version', () => {
    const { model } = room();
    const zed = model.join({ name: 'Zed', role: 'moderator' });
    model.join({ name: 'anna' });
    const bob = model.join({ name: 'Bob' });
    model.raiseHand(bob.id);
    model.setPresenter(zed.id);
    expect(orderFor30(model.participants.values()).map((p) => p.name)).toEqual(['Prof', 'Zed', 'Bob', 'anna']);
    expect(orderFor2x(model.participants.values()).map((p) => p.name)).toEqual(['Prof', 'Zed', 'Bob', 'anna']);
    model.setRole(zed.id, 'viewer');
    // 3.0 keeps the presenter first; 2.x has no presenter key.
    expect(orderFor30(model.participants.values()).map((p) => p.name)).toEqual(['Prof', 'Zed', 'Bob', 'anna']);
    expect(orderFor2x(model.participants.values()).map((p) => p.name)).toEqual(['Prof', 'Bob', 'anna', 'Zed']);
  });
});

describe('startScenario', () => {
  afterEach(() => vi.useRealTimers());

  it('is deterministic for a seed and stops its timers', () => {
    vi.useFakeTimers();
    const run = () => {
      const model = new RoomModel({ now: () => Date.now() });
      model.join({ name: 'Prof', role: 'moderator', you: true });
      const stop = startScenario(model, { seed: 7, participants: 25, chatPerSec: 2 });
      vi.advanceTimersByTime(20_000);
      stop();
      return model;
    };
    const a = run();
    const b = run();
    expect(a.participants.size).toBe(26);
    expect(a.messages.length).toBeGreaterThan(10);
    expect([...a.participants.values()].map((p) => p.name)).toEqual([...b.participants.values()].map((p) => p.name));
    expect(a.messages.map((m) => m.text)).toEqual(b.messages.map((m) => m.text));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs no timer unless started', () => {
    vi.useFakeTimers();
    new RoomModel().join({ name: 'Prof', you: true });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('RoomModel snapshot', () => {
  it('restores the same room from its JSON, and keeps counting from where it was', () => {
    const room = new RoomModel({ meetingName: 'Histoire 3e' });
    const lea = room.join({ name: 'Léa' });
    room.raiseHand(lea.id);
    room.postChat(lea.id, 'Bonjour');
    room.applyLockSettings({ disableMic: true });
    const restored = RoomModel.fromJSON(JSON.parse(JSON.stringify(room)));
    expect(restored.meetingName).toBe('Histoire 3e');
    expect([...restored.participants.values()].map((p) => [p.name, p.raiseHandTime !== null])).toEqual([['Léa', true]]);
    expect(restored.messages.map((m) => m.text)).toEqual(['Bonjour']);
    expect(restored.lockSettings.disableMic).toBe(true);
    const next = restored.join({ name: 'Hugo' });
    expect(next.id).not.toBe(lea.id);
  });
});
