import type { HubToPanel } from '../../core/protocol';
import { joined } from '../../test/support/session';
import { createPanelHub } from './panelHub';
import { LOCAL_T0, panelStateFrom } from '../../test/support/panelRun';

test('a push without the attendance keeps the last one received for the same tab; a full push replaces it', () => {
  let deliver: (message: HubToPanel) => void = () => undefined;
  const hub = createPanelHub(1, (onMessage) => {
    deliver = onMessage;
    return { send: () => undefined };
  });
  const first = panelStateFrom([joined(LOCAL_T0, 'a', 'Ana')], LOCAL_T0 + 1000);
  deliver({ kind: 'hub/panel', state: first });
  expect(hub.state()!.attendance!.rows.map((row) => row.name)).toEqual(['Ana']);

  const later = panelStateFrom([joined(LOCAL_T0, 'a', 'Ana'), joined(LOCAL_T0 + 1500, 'b', 'Bilal')], LOCAL_T0 + 2000);
  deliver({ kind: 'hub/panel', state: { ...later, attendance: null }, attendanceKept: true });
  expect(hub.state()!.participantCount).toBe(later.participantCount);
  expect(hub.state()!.attendance!.rows.map((row) => row.name)).toEqual(['Ana']);

  deliver({ kind: 'hub/panel', state: later });
  expect(hub.state()!.attendance!.rows.map((row) => row.name)).toEqual(['Ana', 'Bilal']);
  // Another tab's state never inherits this one's attendance.
  deliver({ kind: 'hub/panel', state: { ...later, tabId: 2, attendance: null }, attendanceKept: true });
  expect(hub.state()!.attendance).toBeNull();
});
