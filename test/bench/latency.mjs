// Latency from a room event to the side panel. The room page notes Date.now() as it emits each
// marked event; a MutationObserver in the side panel notes Date.now() when the marker first shows
// in the matching list. Both pages live in one browser on one machine: one clock.

/** Marker text of the i-th event of a kind: join, hand, msg. */
export const markerOf = (kind, i) => `bench-${kind}-${String(i).padStart(3, '0')}`;

/**
 * Runs in the room page: schedules `count` markers of each kind spread evenly over `durationMs`
 * (each kind shifted by a third of the spacing). A join marker is a person who joins, and leaves
 * after `holdMs`; a hand marker is a person who joined a second earlier, raises a hand, and lowers
 * it and leaves after `holdMs`; a chat marker is a message from a person present throughout.
 * Names start with "0-" so they sort before the pupils, on the first (mounted) page of the list.
 * The load's random leaves may pick a marker's person: a hand whose person left before it went up
 * was never shown by the room, so it is recorded as `notShown` and not counted (see latencyStats).
 * So is every marker of `hiddenKinds`: what the room's side panel does not show (BBB 4.0 shows the
 * participants or the chat, not both), which no reader could see.
 */
export function scheduleMarkersInRoom({ count, durationMs, holdMs, burstEveryMs = 0, hiddenKinds = [] }) {
  const sim = window.bbbSim;
  const emitted = (window.__benchEmitted = []);
  const timers = (window.__benchTimers = []);
  const later = (ms, fn) => timers.push(setTimeout(fn, ms));
  const mark = (kind, i) => `bench-${kind}-${String(i).padStart(3, '0')}`;
  const LISTS = { join: 'participants', hand: 'participants', msg: 'chat' };
  const note = (kind, marker) => {
    const entry = { kind, marker, at: Date.now() };
    if (hiddenKinds.includes(kind)) entry.notShown = `the room's side panel does not show its ${LISTS[kind]}`;
    emitted.push(entry);
  };
  const chatter = sim.join({ name: '0-bench-chatter' });
  const spacing = durationMs / count;
  for (let i = 0; i < count; i++) {
    const at = i * spacing + spacing / 6;
    later(at, () => {
      const name = `0-${mark('join', i)}`;
      note('join', mark('join', i));
      const id = sim.join({ name });
      later(holdMs, () => sim.present(id) && sim.leave(id));
    });
    const handAt = i * spacing + spacing / 2;
    later(Math.max(0, handAt - 1000), () => {
      const id = sim.join({ name: `0-${mark('hand', i)}` });
      later(handAt - Math.max(0, handAt - 1000), () => {
        const marker = mark('hand', i);
        if (!sim.present(id)) {
          emitted.push({ kind: 'hand', marker, at: Date.now(), notShown: 'left the room before raising it' });
          return;
        }
        note('hand', marker);
        sim.raiseHand(id);
        sim.flush();
        // Where the room itself shows the hand, for a marker the panel might miss (see latencyStats).
        const row = [...document.querySelectorAll('[data-test="userListItem"]')].find((item) => item.textContent.includes(marker));
        const inList = !!document.querySelector(`[data-test="raisedHandsListItem"][aria-label*="${marker}"]`);
        emitted.at(-1).room = { rowShown: !!row, handInRow: !!row?.querySelector('em-emoji[native="✋"]'), inToast: !!document.querySelector(`.raiseHandToast [aria-label*="${marker}"], .raiseHandToast [title*="${marker}"]`), inHandsList: inList };
        later(holdMs, () => {
          if (!sim.present(id)) return;
          sim.lowerHand(id);
          sim.leave(id);
        });
      });
    });
    // No chat marker just before or after a burst: a message followed within one read by a
    // hundred others is counted, but never among the side panel's last lines, so never "seen".
    const chatAt = i * spacing + (5 * spacing) / 6;
    const sinceBurst = burstEveryMs > 0 ? chatAt % burstEveryMs : Infinity;
    if (sinceBurst > burstEveryMs - 500 || sinceBurst < 1000) continue;
    later(chatAt, () => {
      note('msg', mark('msg', i));
      sim.chat({ from: chatter, text: `${mark('msg', i)} question pour la classe` });
    });
  }
}

/** Runs in the side panel page: notes when each marker first appears in its list. */
export function observeMarkersInPanel() {
  const seen = (window.__benchSeen = {});
  // Every list a marker showed in, when first: for a hand, whether its person ever joined.
  const seenIn = (window.__benchSeenIn = {});
  // Animer shows a raised hand in the speaking queue (in order) and a person once, in the
  // participants list; a marker counts in the list that holds it, whatever rows lie in between.
  const lists = { join: 'participants', hand: 'queue-waiting', msg: 'chat' };
  const pattern = /bench-(join|hand|msg)-\d+/g;
  const check = (node) => {
    const text = node.textContent;
    if (!text || !text.includes('bench-')) return;
    const element = node.nodeType === 1 ? node : node.parentElement;
    const list =
      Object.values(lists).find((id) => element?.closest(`[data-testid="${id}"]`)) ?? element?.closest('[data-testid]')?.getAttribute('data-testid');
    for (const match of text.matchAll(pattern)) {
      const kind = match[1];
      const where = (seenIn[match[0]] ??= {});
      where[list ?? 'elsewhere'] ??= Date.now();
      if (lists[kind] !== list) continue;
      seen[match[0]] ??= Date.now();
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') check(record.target);
      else for (const node of record.addedNodes) check(node);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  window.__benchObserver = observer;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/**
 * p50, p95, max per kind and over all kinds; markers never seen are counted, not timed. A marker
 * the room never showed (`notShown`) is neither: it is counted apart.
 */
export function latencyStats(emittedAll, seen, seenIn = {}) {
  const kinds = ['join', 'hand', 'msg'];
  /** @type {Record<string, any>} one summary per kind, 'all', and the markers' lists */
  const result = {};
  const all = [];
  const emitted = emittedAll.filter((e) => !e.notShown);
  for (const kind of kinds) {
    const mine = emitted.filter((e) => e.kind === kind);
    const delays = mine.filter((e) => seen[e.marker] !== undefined).map((e) => Math.max(0, seen[e.marker] - e.at)).sort((a, b) => a - b);
    all.push(...delays);
    result[kind] = { ...summary(delays, mine.length), notShown: emittedAll.filter((e) => e.kind === kind && e.notShown).length };
  }
  all.sort((a, b) => a - b);
  result.all = { ...summary(all, emitted.length), notShown: emittedAll.length - emitted.length };
  // Only the markers the room did show something of: a hidden kind would list them all.
  result.notShownMarkers = emittedAll.filter((e) => e.notShown && !e.notShown.startsWith("the room's side panel")).map((e) => ({ marker: e.marker, why: e.notShown }));
  // Which markers never showed, and when they were emitted (ms after the first marker).
  const first = emitted[0]?.at ?? 0;
  // With what the room showed of it, and in which of the panel's lists it did show (ms after emit).
  result.missedMarkers = emitted
    .filter((e) => seen[e.marker] === undefined)
    .map((e) => ({
      marker: e.marker,
      afterMs: e.at - first,
      room: e.room ?? null,
      panelShowedIn: Object.fromEntries(Object.entries(seenIn[e.marker] ?? {}).map(([list, at]) => [list, at - e.at])),
    }));
  return result;
}

function summary(delays, sent) {
  return { sent, seen: delays.length, missed: sent - delays.length, p50: percentile(delays, 50), p95: percentile(delays, 95), max: delays.length ? delays[delays.length - 1] : NaN };
}
