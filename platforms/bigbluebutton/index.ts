/**
 * The BigBlueButton adapter: 2.6, 2.7 and 3.0 (read.ts, act.ts), and 4.0 (v40/), told apart by the
 * page (a 4.0 room has the navigation rail; the detectors never both claim a page).
 */
import type { PlatformAdapter } from '../contract';
import { actBbb, DEFAULT_ACTION_TIMEOUT_MS } from './act';
import { bbbVersion, detectBbb } from './detect';
import { readBbb } from './read';
import { actBbb40 } from './v40/act';
import { detectBbb40, isBbb40 } from './v40/detect';
import { readBbb40 } from './v40/read';

export function createBbbAdapter(options: { actionTimeoutMs?: number } = {}): PlatformAdapter {
  const timeoutMs = options.actionTimeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS;
  return {
    id: 'bigbluebutton',
    detect: (doc, url) => detectBbb(doc, url) ?? detectBbb40(doc, url),
    read: (doc, sink, signal) => (isBbb40(doc) ? readBbb40(doc, sink, signal) : readBbb(doc, sink, signal, bbbVersion(doc) ?? undefined)),
    act: (doc, action) => (isBbb40(doc) ? actBbb40(doc, action, timeoutMs) : actBbb(doc, action, timeoutMs)),
  };
}

export const bigbluebutton: PlatformAdapter = createBbbAdapter();

export { detectBbb } from './detect';
