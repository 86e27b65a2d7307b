/** The Blackboard Collaborate Ultra adapter: detect, read (known selectors, then heuristics) and act. */
import type { PlatformAdapter } from '../contract';
import { actCollaborate, DEFAULT_ACTION_TIMEOUT_MS } from './act';
import { detectCollaborate } from './detect';
import { readCollaborate } from './read';

export function createCollaborateAdapter(options: { actionTimeoutMs?: number } = {}): PlatformAdapter {
  const timeoutMs = options.actionTimeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS;
  return {
    id: 'collaborate',
    detect: detectCollaborate,
    read: readCollaborate,
    act: (doc, action) => actCollaborate(doc, action, timeoutMs),
  };
}

export const collaborate: PlatformAdapter = createCollaborateAdapter();

export { detectCollaborate } from './detect';
