/**
 * What each fixture page under test/fixtures/bbb shows, computed from the same seeded room the
 * pages were rendered from, so contract tests assert against facts instead of hard-coded lists.
 * No DOM needed.
 */
import { orderFor2x, orderFor30 } from './model';
import type { BbbVersion, Locale } from './labels';
import { buildFixtureRoom, FIXTURE_SEED, meetingNameFor } from './fixture-room';
import { PAGE_SIZE } from './render/bbb30';

/** 'participants': 4.0 with the participants panel open in the one side panel (else the chat, as on join). */
export type FixtureVariant = 'standard' | 'drifted' | 'hands-panel' | 'participants';

export interface FixtureSpec {
  /** Path under test/fixtures/bbb. */
  file: string;
  version: BbbVersion;
  locale: Locale;
  variant: FixtureVariant;
  seed: number;
}

export interface FixtureFacts extends FixtureSpec {
  meetingName: string;
  documentTitle: string;
  /** The platform's total (3.0 `data-test-users-count`, 2.x title "(N)"). */
  participantCount: number;
  participantsWithAudio: number;
  /** Everyone, in the list's order for this version (current user first). */
  participantNames: string[];
  /** The rows actually in the DOM: 3.0/4.0 page 1 (50; 4.0 none with the chat open), 2.x the virtual window (visible + overscan 30). */
  renderedParticipantNames: string[];
  you: string;
  presenter: string;
  moderators: string[];
  webcams: string[];
  /** First raised first. */
  raisedHands: string[];
  talking: string[];
  wasTalking: string[];
  muted: string[];
  /** Messages in the room, system notices included. */
  messageCount: number;
  /** Messages written by people. */
  userMessageCount: number;
  /** System notices the version shows as chat rows (3.0: presenter + away; 2.x shows neither). */
  systemMessageCount: number;
  /** 3.0/4.0: sequences mounted (the last two pages of 50; 4.0 none with the participants open). 2.x: empty, the virtual rows depend on heights. */
  mountedMessageSequences: number[];
  /** The texts of the room's public messages, in order (sender name, text). */
  messages: { sequence: number; sender: string; text: string; system: boolean }[];
}

export const FIXTURE_SPECS: FixtureSpec[] = [
  ...(['2.6', '2.7', '3.0'] as const).flatMap((version) =>
    (['fr', 'en'] as const).map((locale) => ({ file: `${version}/room.${locale}.html`, version, locale, variant: 'standard' as const, seed: FIXTURE_SEED })),
  ),
  { file: '3.0/room-drifted.fr.html', version: '3.0', locale: 'fr', variant: 'drifted', seed: FIXTURE_SEED },
  { file: '3.0/room-hands-panel.fr.html', version: '3.0', locale: 'fr', variant: 'hands-panel', seed: FIXTURE_SEED },
  ...(['fr', 'en'] as const).flatMap((locale) => [
    { file: `4.0/room.${locale}.html`, version: '4.0' as const, locale, variant: 'standard' as const, seed: FIXTURE_SEED },
    { file: `4.0/room-participants.${locale}.html`, version: '4.0' as const, locale, variant: 'participants' as const, seed: FIXTURE_SEED },
  ]),
  // Drifted with the participants panel open: the panel's ids renamed, as a later release might.
  { file: '4.0/room-drifted.fr.html', version: '4.0', locale: 'fr', variant: 'drifted', seed: FIXTURE_SEED },
];

/** 4.0 shares one side panel: which one a fixture page shows. */
export function openPanel40(spec: FixtureSpec): 'chat' | 'users' {
  return spec.variant === 'participants' || spec.variant === 'drifted' ? 'users' : 'chat';
}

/** Rows the 2.x virtual user list mounts from the top: ceil(640 px / 48 px) visible + 30 overscan. */
const USERS_2X_IN_DOM = Math.ceil(640 / 48) + 30;

export function factsFor(spec: FixtureSpec): FixtureFacts {
  const model = buildFixtureRoom(spec.locale, spec.seed);
  const people = [...model.participants.values()];
  const v3 = spec.version === '3.0' || spec.version === '4.0';
  const ordered = v3 ? orderFor30(people) : orderFor2x(people);
  // 4.0 mounts only the open panel: rows or chat, never both.
  const rowsShown = spec.version !== '4.0' || openPanel40(spec) === 'users';
  const chatShown = spec.version !== '4.0' || openPanel40(spec) === 'chat';
  const names = (list: typeof people) => list.map((p) => p.name);
  const messages = model.messages;
  const pageCount = Math.ceil(messages.length / PAGE_SIZE);
  const firstMounted = Math.max(0, pageCount - 2) * PAGE_SIZE;
  return {
    ...spec,
    meetingName: meetingNameFor(spec.locale),
    documentTitle: `BigBlueButton - ${meetingNameFor(spec.locale)}`,
    participantCount: people.length,
    participantsWithAudio: people.filter((p) => p.audio !== 'none').length,
    participantNames: names(ordered),
    renderedParticipantNames: rowsShown ? names(ordered.slice(0, v3 ? PAGE_SIZE : USERS_2X_IN_DOM)) : [],
    you: model.you()!.name,
    presenter: people.find((p) => p.presenter)!.name,
    moderators: names(people.filter((p) => p.role === 'moderator')),
    webcams: names(ordered.filter((p) => p.webcam)),
    raisedHands: names(model.raisedHands()),
    talking: names(people.filter((p) => p.talking)),
    wasTalking: names(people.filter((p) => p.spoke && !p.talking)),
    muted: names(ordered.filter((p) => p.audio === 'mic' && p.muted)),
    messageCount: messages.length,
    userMessageCount: messages.filter((m) => m.type === 'default').length,
    systemMessageCount: v3 ? messages.filter((m) => m.type !== 'default').length : 0,
    mountedMessageSequences: v3 && chatShown ? messages.slice(firstMounted).map((m) => m.sequence) : [],
    messages: messages.map((m) => ({ sequence: m.sequence, sender: m.senderName, text: m.text, system: m.type !== 'default' })),
  };
}

export const FIXTURE_FACTS: FixtureFacts[] = FIXTURE_SPECS.map(factsFor);

export function fixtureFacts(file: string): FixtureFacts {
  const facts = FIXTURE_FACTS.find((f) => f.file === file);
  if (!facts) throw new Error(`no fixture ${file}`);
  return facts;
}
