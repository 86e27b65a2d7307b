import type { HubToPanel } from '../../core/protocol';
import { createLater, createPacer } from './pacing';
import { connectPanel, connectRoom, hubTestBed, joined, count, overlayOf, panelOf, settleHub, useHubClock } from '../../test/support/hub';

describe('pacing on the hub clock', () => {
  beforeEach(() => useHubClock());
  afterEach(() => vi.useRealTimers());

  it('runs at once when due, then at most once an interval, the last action asked winning', async () => {
    const ran: string[] = [];
    const pacer = createPacer(() => Date.now(), 1000);
    pacer.run(() => void ran.push('a'));
    pacer.run(() => void ran.push('b'));
    pacer.run(() => void ran.push('c'));
    expect(ran).toEqual(['a']);
    expect(pacer.due()).toBe(false);
    await vi.advanceTimersByTimeAsync(999);
    expect(ran).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(['a', 'c']);
  });

  it('does not start an interval for an action that did nothing', () => {
    const pacer = createPacer(() => Date.now(), 1000);
    pacer.run(() => false);
    expect(pacer.due()).toBe(true);
  });

  it('runs a later action once, however often it is asked for', async () => {
    let runs = 0;
    const later = createLater(30);
    later.schedule(() => runs++);
    later.schedule(() => runs++);
    await vi.advanceTimersByTimeAsync(30);
    expect(runs).toBe(1);
  });

  it('sends the room overlay a new state only when what it shows changed', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 50);
    const panel = connectPanel(hub, 50);
    room.events([joined('a'), count(1)], true);
    await settleHub(hub);
    expect(overlayOf(room)?.participantCount).toBe(1);
    const overlaysBefore = room.posted.filter((m) => m.kind === 'hub/overlay').length;
    const panelBefore = panel.posted.length;
    // Something only the panel shows: the panel is updated, the overlay is left alone.
    panel.send({ kind: 'panel/command', tabId: 50, command: { type: 'chat.answered', messageId: 'none' }, at: Date.now() });
    await settleHub(hub);
    expect(panel.posted.length).toBeGreaterThan(panelBefore);
    await vi.advanceTimersByTimeAsync(5000);
    expect(room.posted.filter((m) => m.kind === 'hub/overlay')).toHaveLength(overlaysBefore);
  });

  it('sends the overlay at most once a second, the newest state at the end of the second', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 52);
    room.events([joined('a'), count(1)], true);
    await settleHub(hub);
    const overlays = () => room.posted.filter((m) => m.kind === 'hub/overlay').length;
    const before = overlays();
    room.events([count(2)]);
    room.events([count(3)]);
    await settleHub(hub);
    await vi.advanceTimersByTimeAsync(500);
    expect(overlays()).toBe(before);
    await vi.advanceTimersByTimeAsync(500);
    expect(overlays()).toBe(before + 1);
    expect(overlayOf(room)?.participantCount).toBe(3);
  });

  it('sends a panel the attendance at most once a second; the one left out follows, and the panel keeps the last meanwhile', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 51);
    const panel = connectPanel(hub, 51);
    room.events([joined('a')], true);
    await settleHub(hub);
    expect(panelOf(panel).attendance?.rows.map((row) => row.key)).toEqual(['a']);
    const pushes = () => panel.posted.filter((m): m is Extract<HubToPanel, { kind: 'hub/panel' }> => m.kind === 'hub/panel');
    const before = pushes().length;
    room.events([joined('b')]);
    await settleHub(hub);
    expect(panelOf(panel).participants.map((p) => p.id).sort()).toEqual(['a', 'b']);
    // The live part came at once, without the attendance, marked as kept.
    const quick = pushes().slice(before);
    expect(quick.length).toBeGreaterThan(0);
    expect(quick.every((m) => m.attendanceKept === true && m.state.attendance === null)).toBe(true);
    // At the end of the second, a push brings it.
    await vi.advanceTimersByTimeAsync(1000);
    expect(panelOf(panel).attendance?.rows.map((row) => row.key)).toEqual(['a', 'b']);
    expect(pushes().at(-1)!.attendanceKept).toBeUndefined();
  });
});
