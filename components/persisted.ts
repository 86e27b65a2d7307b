import { createSignal, type Accessor } from 'solid-js';

const PREFIX = 'moderato.';

/** Reads a remembered panel preference; the default when storage is unavailable or holds junk. */
function read<T>(key: string, fallback: T, valid: (value: unknown) => value is T): T {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + key);
    if (raw == null) return fallback;
    const parsed: unknown = JSON.parse(raw);
    return valid(parsed) ? parsed : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A signal whose value survives closing the panel or reloading the room (localStorage of the
 * extension's origin, shared by the panel and the overlay's frame): display preferences only,
 * such as which sections are folded, never session data.
 */
export function createPersistedSignal<T>(key: string, fallback: T, valid: (value: unknown) => value is T): [Accessor<T>, (value: T) => void] {
  const [value, setValue] = createSignal<T>(read(key, fallback, valid));
  const set = (next: T) => {
    setValue(() => next);
    try {
      globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(next));
    } catch {
      // Storage refused (private mode, quota): the preference lasts as long as the panel.
    }
  };
  return [value, set];
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
