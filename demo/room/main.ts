/**
 * Page entry of the demo room (/html5client). Query options (see README.md):
 * bbb=2.6|2.7|3.0, lang=fr|en, sim=class|load|off, seed=N, handsList=panel, drift=1, meeting=…
 */
import { RoomModel, type SavedRoom } from './model';
import { mountRoom } from './render/index';
import { TEACHER_NAME } from './names';
import { createBbbSim, type BbbSim } from './api';
import type { BbbVersion, Locale } from './labels';
import { SCENARIOS } from './simulator';

declare global {
  interface Window {
    bbbSim: BbbSim;
  }
}

const params = new URLSearchParams(location.search);
const version: BbbVersion = (['2.6', '2.7', '3.0'] as const).find((v) => v === params.get('bbb')) ?? '3.0';
const locale: Locale = params.get('lang') === 'en' ? 'en' : 'fr';
const sim = params.get('sim') ?? 'class';
const seed = Number(params.get('seed') ?? 42) || 42;

// The 3.0 client keeps its session token in sessionStorage.
const token = params.get('sessionToken');
if (token && version === '3.0') sessionStorage.setItem('sessionToken', token);

// Like BigBlueButton's server, the room outlives a reload of the page: its state is kept in the
// tab's sessionStorage when the page goes away and read back when it comes again.
const SAVED_ROOM = 'moderato-demo-room';
const saved = sessionStorage.getItem(SAVED_ROOM);
const model = saved ? RoomModel.fromJSON(JSON.parse(saved) as SavedRoom) : newRoom();
addEventListener('pagehide', () => sessionStorage.setItem(SAVED_ROOM, JSON.stringify(model)));

function newRoom(): RoomModel {
  const room = new RoomModel({ meetingName: params.get('meeting') ?? (locale === 'fr' ? 'Mathématiques 4e B' : 'Maths Year 9') });
  room.join({ name: TEACHER_NAME, role: 'moderator', you: true, presenter: true, audio: 'mic', muted: false });
  return room;
}

const view = mountRoom(document, model, {
  version,
  locale,
  drift: params.get('drift') === '1',
  handsList: params.get('handsList') === 'panel' ? 'panel' : 'toast',
});

window.bbbSim = createBbbSim(model, view, { version, locale, seed });
// A restored room does not replay its scenario: the same people would join twice.
if (!saved && sim !== 'off' && SCENARIOS[sim]) window.bbbSim.startScenario(sim);
