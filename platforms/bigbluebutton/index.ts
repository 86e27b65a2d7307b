/** The BigBlueButton adapter (2.6, 2.7, 3.0): detect, read and act behind the platform contract. */
import type { PlatformAdapter } from '../contract';
import { actBbb, DEFAULT_ACTION_TIMEOUT_MS } from './act';
import { bbbVersion, detectBbb } from './detect';
import { readBbb } from './read';

export function createBbbAdapter(options: { actionTimeoutMs?: number } = {}): PlatformAdapter {
  const timeoutMs = options.actionTimeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS;
  return {
    id: 'bigbluebutton',
    detect: detectBbb,
    read: (doc, sink, signal) => readBbb(doc, sink, signal, bbbVersion(doc) ?? undefined),
    act: (doc, action) => actBbb(doc, action, timeoutMs),
  };
}

export const bigbluebutton: PlatformAdapter = createBbbAdapter();

export { detectBbb } from './detect';
