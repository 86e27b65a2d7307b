/**
 * The demo server's Learning Analytics Dashboard record: what BigBlueButton's server would write
 * for this room, generated from the room model (so it is version-independent: any renderer's
 * room has one).
 *
 * Format: BBB's `LearningDashboardActor` (akka-bbb-apps/src/main/scala/org/bigbluebutton/
 * endpoint/redis/LearningDashboardActor.scala, case classes Meeting, User, UserId, UserSession),
 * serialised to JSON, epoch ms, `leftOn: 0` = still in. Two shapes of the internal-id entries:
 * - `sessions` (BBB since late 2024): `{ intId, sessions: [{ registeredOn, leftOn }], userLeftFlag }`;
 * - `flat` (BBB 2.4–2.7): `{ intId, registeredOn, leftOn, userLeftFlag }`.
 * Only the fields BBB writes for attendance are filled in; activity counters are zeros.
 * See docs/platforms/bbb-learning-dashboard.md.
 */
import type { RoomModel } from './model';

export type LadShape = 'sessions' | 'flat';

interface Stay {
  registeredOn: number;
  leftOn: number;
}

interface LadUser {
  userKey: string;
  extId: string;
  name: string;
  isModerator: boolean;
  /** Internal id → its stays (a reconnection with the same id adds one). */
  intIds: Record<string, Stay[]>;
}

export interface SavedLad {
  createdOn: number;
  users: LadUser[];
}

/**
 * Follows the model as BBB's server follows its users: a new internal id opens a stay, a
 * departure closes it. BBB keys a user by its external id (an LMS's user id); the demo's people
 * have none, so the name stands for it: a rejoin under the same name is the same user.
 */
export class LadRecorder {
  private readonly users = new Map<string, LadUser>();
  private readonly present = new Map<string, string>(); // intId → userKey
  private createdOn: number;

  constructor(private readonly model: RoomModel, saved: SavedLad | null = null) {
    this.createdOn = saved?.createdOn ?? model.time();
    for (const user of saved?.users ?? []) {
      this.users.set(user.userKey, user);
      for (const [intId, stays] of Object.entries(user.intIds)) if (stays[stays.length - 1]?.leftOn === 0) this.present.set(intId, user.userKey);
    }
    this.sync();
  }

  /** Call on every 'users' change of the model. */
  sync(): void {
    const now = this.model.time();
    for (const [intId, userKey] of this.present) {
      if (this.model.participants.has(intId)) continue;
      const stays = this.users.get(userKey)!.intIds[intId]!;
      stays[stays.length - 1]!.leftOn = now;
      this.present.delete(intId);
    }
    for (const p of this.model.participants.values()) {
      const extId = `ext-${p.name.normalize('NFC').trim().toLocaleLowerCase('fr').replace(/\s+/g, '-')}`;
      const userKey = this.present.get(p.id) ?? this.freeKey(extId);
      const user = this.users.get(userKey) ?? { userKey, extId, name: p.name, isModerator: false, intIds: {} };
      this.users.set(userKey, user);
      user.name = p.name;
      user.isModerator = p.role === 'moderator';
      if (this.present.has(p.id)) continue;
      (user.intIds[p.id] ??= []).push({ registeredOn: now, leftOn: 0 });
      this.present.set(p.id, userKey);
    }
  }

  /** Two people with one name at the same time are two users (BBB: two external ids). */
  private freeKey(extId: string): string {
    const busy = new Set(this.present.values());
    let n = 1;
    while (busy.has(`${extId}-${n}`)) n += 1;
    return `${extId}-${n}`;
  }

  toJSON(): SavedLad {
    return { createdOn: this.createdOn, users: [...this.users.values()] };
  }

  /** The record as BBB's server writes it (learning_dashboard_data.json). */
  record(shape: LadShape): object {
    const users: Record<string, object> = {};
    for (const user of this.users.values()) {
      const intIds: Record<string, object> = {};
      for (const [intId, stays] of Object.entries(user.intIds)) {
        const userLeftFlag = stays[stays.length - 1]!.leftOn !== 0;
        // The flat shape holds one stay per internal id: its latest.
        intIds[intId] = shape === 'sessions' ? { intId, sessions: stays.map((s) => ({ ...s })), userLeftFlag } : { intId, ...stays[stays.length - 1]!, userLeftFlag };
      }
      users[user.userKey] = {
        userKey: user.userKey,
        extId: user.extId,
        intIds,
        name: user.name,
        isModerator: user.isModerator,
        isDialIn: false,
        currentIntId: Object.keys(intIds).at(-1) ?? null,
        answers: {},
        talk: { totalTime: 0, lastTalkStartedOn: 0 },
        ...(shape === 'sessions' ? { reactions: [], raiseHand: [], away: [] } : { emojis: [] }),
        webcams: [],
        totalOfMessages: 0,
      };
    }
    return { intId: 'demo-meeting', extId: 'demo-meeting', name: this.model.meetingName, createdOn: this.createdOn, endedOn: 0, users, polls: {}, screenshares: [] };
  }
}

export interface LadPublishing {
  model: RoomModel;
  /** `off`: the meeting has the dashboard disabled (`disabledFeatures=learningDashboard`). */
  shape: LadShape | 'off';
  sessionToken: string;
  /** localStorage key keeping the record across reloads, like the room itself; null: not kept. */
  storageKey: string | null;
}

/** As BBB's actor: every 5 s, the record is written to the server when it changed. */
const WRITE_EVERY_MS = 5_000;

/**
 * Hands the record to the demo server (`PUT /__demo/learning-dashboard`), which answers BBB's
 * API with it. The room model lives in this page, so the page is where "the server" learns.
 */
export function publishLad({ model, shape, sessionToken, storageKey }: LadPublishing): () => void {
  const saved = storageKey ? localStorage.getItem(storageKey) : null;
  const recorder = new LadRecorder(model, saved ? (JSON.parse(saved) as SavedLad) : null);
  const unsubscribe = model.subscribe((change) => {
    if (change === 'users') recorder.sync();
  });
  const url = `/__demo/learning-dashboard?sessionToken=${encodeURIComponent(sessionToken)}`;
  const bodyNow = () => JSON.stringify(shape === 'off' ? { disabled: true } : { disabled: false, data: JSON.stringify(recorder.record(shape)) });
  let written = bodyNow();
  // The first write waits for the server (a synchronous request, before the room is drawn): on a
  // real server the record exists before the client does, and a test's previous room on the same
  // token must not be what Moderato reads first.
  try {
    const first = new XMLHttpRequest();
    first.open('PUT', url, false);
    first.send(written);
  } catch {
    written = ''; // No server to tell (a page opened from a file): the next tick tries again.
  }
  const write = () => {
    const body = bodyNow();
    if (body === written) return;
    written = body;
    if (storageKey) localStorage.setItem(storageKey, JSON.stringify(recorder));
    void fetch(url, { method: 'PUT', body, keepalive: body.length < 60_000 }).catch(() => (written = ''));
  };
  const timer = setInterval(write, WRITE_EVERY_MS);
  addEventListener('pagehide', write);
  return () => {
    clearInterval(timer);
    unsubscribe();
    removeEventListener('pagehide', write);
  };
}
