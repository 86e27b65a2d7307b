/**
 * Page entry of the demo room (/html5client). Query options (see README.md):
 * bbb=2.6|2.7|3.0|4.0, lang=fr|en, sim=class|load|off, seed=N, handsList=panel, drift=1, meeting=…,
 * lad=sessions|flat|off; 4.0 only: panel=users (the participants open on load instead of the chat), lockTabs=guest-first
 */
import { RoomModel, type SavedRoom } from './model';
import { mountRoom } from './render/index';
import { TEACHER_NAME } from './names';
import { createBbbSim, type BbbSim } from './api';
import type { BbbVersion, Locale } from './labels';
import { SCENARIOS } from './simulator';
import { publishLad } from './lad';

declare global {
  interface Window {
    bbbSim: BbbSim;
  }
}

const params = new URLSearchParams(location.search);
const version: BbbVersion = (['2.6', '2.7', '3.0', '4.0'] as const).find((v) => v === params.get('bbb')) ?? '3.0';
const locale: Locale = params.get('lang') === 'en' ? 'en' : 'fr';
const sim = params.get('sim') ?? 'class';
const seed = Number(params.get('seed') ?? 42) || 42;

// The 3.0 and 4.0 clients keep its session token in sessionStorage.
const token = params.get('sessionToken');
if (token && (version === '3.0' || version === '4.0')) sessionStorage.setItem('sessionToken', token);

// Like BigBlueButton's server, the room outlives its page: a reload, a second tab on the same
// meeting or a browser restart shows the same room. Its state is kept in the origin's localStorage
// (one entry per version and meeting), saved shortly after each change.
// `persist=0` turns this off (the benchmark, whose load would otherwise be saved over and over).
const persist = params.get('persist') !== '0';
const SAVED_ROOM = `moderato-demo-room|${version}|${params.get('meeting') ?? ''}`;
const saved = persist ? localStorage.getItem(SAVED_ROOM) : null;
const model = saved ? RoomModel.fromJSON(JSON.parse(saved) as SavedRoom) : newRoom();
let saveTimer: ReturnType<typeof setTimeout> | null = null;
const save = () => {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = null;
  localStorage.setItem(SAVED_ROOM, JSON.stringify(model));
};
if (persist) {
  model.subscribe(() => (saveTimer ??= setTimeout(save, 200)));
  addEventListener('pagehide', save);
}

function newRoom(): RoomModel {
  const room = new RoomModel({ meetingName: params.get('meeting') ?? (locale === 'fr' ? 'Mathématiques 4e B' : 'Maths Year 9') });
  room.join({ name: TEACHER_NAME, role: 'moderator', you: true, presenter: true, audio: 'mic', muted: false });
  return room;
}

// The server's Learning Analytics Dashboard record of this room, served by the demo server.
const ladShape = params.get('lad');
publishLad({
  model,
  shape: ladShape === 'flat' || ladShape === 'off' ? ladShape : 'sessions',
  sessionToken: token ?? '',
  storageKey: persist ? `${SAVED_ROOM}|lad` : null,
});

const view = mountRoom(document, model, {
  version,
  locale,
  drift: params.get('drift') === '1',
  handsList: params.get('handsList') === 'panel' ? 'panel' : 'toast',
  panel: params.get('panel') === 'users' ? 'users' : 'chat',
  lockTabsOrder: params.get('lockTabs') === 'guest-first' ? 'guest-first' : 'permissions-first',
});

window.bbbSim = createBbbSim(model, view, { version, locale, seed });
// A restored room does not replay its scenario: the same people would join twice.
if (!saved && sim !== 'off' && SCENARIOS[sim]) window.bbbSim.startScenario(sim);
