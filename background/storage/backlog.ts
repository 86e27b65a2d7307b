import type { StoredEvent } from './schema';

type PersistedEvent = StoredEvent['event'];

/**
 * Events the hub could not write to IndexedDB yet, kept where a restarted service worker finds
 * them (the browser stops idle workers; an in-memory queue would die with it). Not in IndexedDB:
 * it is what fails when they need keeping.
 */
export interface BacklogStore {
  /** The sessions that have events waiting. */
  ids(): Promise<string[]>;
  load(sessionId: string): Promise<PersistedEvent[]>;
  /** Replaces what waits for the session; [] forgets it. */
  save(sessionId: string, events: PersistedEvent[]): Promise<void>;
}

/** The part of a browser storage area used (chrome.storage.session: memory, lives as long as the browser). */
export interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'backlog:';

export function storageAreaBacklog(area: StorageArea): BacklogStore {
  return {
    async ids() {
      return Object.keys(await area.get(null))
        .filter((key) => key.startsWith(PREFIX))
        .map((key) => key.slice(PREFIX.length));
    },
    async load(sessionId) {
      const value = (await area.get(PREFIX + sessionId))[PREFIX + sessionId];
      // Data read back is checked like any input: only well-formed events come out.
      return Array.isArray(value) ? value.filter((event): event is PersistedEvent => typeof event?.type === 'string' && typeof event?.at === 'number') : [];
    },
    save: (sessionId, events) => (events.length ? area.set({ [PREFIX + sessionId]: events }) : area.remove(PREFIX + sessionId)),
  };
}
