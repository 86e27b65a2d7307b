/**
 * Test rooms for the BBB contract tests: the demo simulator's model rendered by its BBB renderers
 * into a fresh jsdom window, so tests can make people join, talk, raise hands and chat.
 */
import { READ_PACE } from '../../platforms/dom/readScheduler';
import { settle as settleFor } from '../support/async';
import { JSDOM } from 'jsdom';
import { RoomModel, type JoinOptions } from '../demo/room/model';
import { mountRoom, type RenderOptions } from '../demo/room/render';

export type Version = '2.6' | '2.7' | '3.0' | '4.0';
export type Locale = 'fr' | 'en';

export const VERSIONS: Version[] = ['2.6', '2.7', '3.0'];
export const CASES: [Version, Locale][] = VERSIONS.flatMap((version) => (['fr', 'en'] as Locale[]).map((locale) => [version, locale] as [Version, Locale]));

export const ROOM_URL = 'https://visio.example.fr/html5client/join?sessionToken=tok123';

export interface TestRoom {
  window: Window & typeof globalThis;
  doc: Document;
  model: RoomModel;
  /** Lets the renderer's microtask batch run. */
  settle(): Promise<void>;
  ids: Record<string, string>;
}

const CLASS: (JoinOptions & { key: string })[] = [
  { key: 'teacher', name: 'Mme Durand', role: 'moderator', you: true, presenter: true, audio: 'mic', muted: false, id: 'u-teacher' },
  { key: 'alice', name: 'Alice Martin', audio: 'mic', muted: true, id: 'u-alice' },
  { key: 'bob', name: 'Bob Leroy', audio: 'listen', id: 'u-bob' },
  { key: 'chloe', name: 'Chloé Petit', audio: 'mic', muted: false, webcam: true, id: 'u-chloe' },
  { key: 'david', name: 'David Roux', audio: 'none', id: 'u-david' },
];

export async function openRoom(
  version: Version,
  locale: Locale,
  options: Partial<Omit<RenderOptions, 'version' | 'locale'>> & { people?: typeof CLASS } = {},
): Promise<TestRoom> {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: ROOM_URL });
  const window = dom.window as unknown as Window & typeof globalThis;
  let clock = Date.UTC(2025, 2, 10, 13, 0, 0);
  const model = new RoomModel({ meetingName: 'Classe de 4e B', now: () => (clock += 1000) });
  const ids: Record<string, string> = {};
  for (const { key, ...person } of options.people ?? CLASS) ids[key] = model.join(person).id;
  const { people: _people, ...render } = options;
  mountRoom(window.document, model, { version, locale, timeZone: 'Europe/Paris', fallbackViewportHeight: 4000, ...render });
  // Renders happen on the next ticks; the adapter then gathers changes (at most the busy interval).
  const settle = () => settleFor(READ_PACE.busyIntervalMs + 5);
  await settle();
  return { window, doc: window.document, model, settle, ids };
}
