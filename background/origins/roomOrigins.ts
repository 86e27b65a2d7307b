/**
 * Room origins the moderator enabled. BigBlueButton runs on any host, so Moderato ships with no
 * host permission for rooms: the moderator grants one origin at a time (optional host permission,
 * asked from the side panel), and the room script is registered for exactly the granted origins.
 * Chrome keeps registered scripts across restarts; `syncRoomScripts` also runs at every start-up
 * and on every permission change, so a permission revoked in the browser's settings removes the
 * script too.
 */

export type OriginCheck = { ok: true; origin: string; pattern: string } | { ok: false; reason: OriginProblem };
export type OriginProblem = 'empty' | 'not-a-url' | 'not-http' | 'no-host';

/** The origin and match pattern for a room address typed or pasted by the moderator. */
export function checkRoomAddress(input: string): OriginCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'not-http' };
  if (!url.hostname) return { ok: false, reason: 'no-host' };
  // Match patterns take no port: the pattern covers the host on any port.
  return { ok: true, origin: url.origin, pattern: `${url.protocol}//${url.hostname}/*` };
}

/**
 * Whether `origin` (`https://host[:port]`) is one the moderator enabled, given the host patterns
 * granted (`https://host/*`, any port, as checkRoomAddress makes them) and those of the manifest.
 */
export function isOriginEnabled(origin: string, patterns: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    const match = /^(https?|\*):\/\/([^/:]+)(?::\d+)?\//.exec(pattern);
    if (!match || match[2] === '*' || match[2]!.startsWith('*.')) return false;
    const scheme = match[1] === '*' ? ['http:', 'https:'] : [`${match[1]}:`];
    return scheme.includes(url.protocol) && match[2] === url.hostname;
  });
}

export const ROOM_SCRIPT_PREFIX = 'moderato-room:';

/** What Moderato needs from the browser to keep room scripts in step with granted origins. */
export interface RoomScriptApi {
  grantedOrigins(): Promise<string[]>;
  registeredIds(): Promise<string[]>;
  register(scripts: { id: string; matches: string[] }[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/** Origins the extension holds by its manifest (the demo room) need no runtime script. */
export async function syncRoomScripts(api: RoomScriptApi, manifestOrigins: readonly string[]): Promise<void> {
  const granted = (await api.grantedOrigins()).filter((pattern) => !manifestOrigins.includes(pattern) && isHostPattern(pattern));
  const wanted = new Map(granted.map((pattern) => [ROOM_SCRIPT_PREFIX + pattern, pattern]));
  const registered = (await api.registeredIds()).filter((id) => id.startsWith(ROOM_SCRIPT_PREFIX));
  const stale = registered.filter((id) => !wanted.has(id));
  const missing = [...wanted].filter(([id]) => !registered.includes(id)).map(([id, pattern]) => ({ id, matches: [pattern] }));
  if (stale.length) await api.unregister(stale);
  if (missing.length) await api.register(missing);
}

/** One concrete host (never a catch-all like `<all_urls>` or `*://*\/*`). */
function isHostPattern(pattern: string): boolean {
  const match = /^(https?|\*):\/\/([^/]+)\/\*$/.exec(pattern);
  return !!match && match[2] !== '*' && !match[2]!.startsWith('*.');
}
