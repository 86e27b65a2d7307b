/**
 * What a checklist step's automation does in the room: the room action, built from the template
 * (its messages, its agenda), and the labels of the end-of-session sequence.
 */
import type { RoomAction, LockFeature } from '../../../platforms/contract';
import type { ChecklistStep, StepAutomation, Template } from '../../../core/templates/schema';

const LOCKS: Partial<Record<StepAutomation, LockFeature>> = {
  'lock-microphones': 'microphone',
  'lock-webcams': 'webcam',
  'lock-public-chat': 'publicChat',
  'lock-private-chat': 'privateChat',
};

/** The agenda as one chat message, in the template's language. */
export function agendaChatText(template: Template): string {
  const heading = template.locale === 'en' ? 'Agenda:' : 'Ordre du jour :';
  const lines = template.agenda.map((item, index) => `${index + 1}. ${item.title} (${item.minutes} min)`);
  return [heading, ...lines].join('\n');
}

/** The room action of an automation; null when there is nothing to do (an empty message). */
export function automationAction(automation: StepAutomation, template: Template): RoomAction | null {
  switch (automation) {
    case 'post-welcome':
      return template.welcomeMessage.trim() === '' ? null : { type: 'chat.post', text: template.welcomeMessage };
    case 'post-rules':
      return template.rulesMessage.trim() === '' ? null : { type: 'chat.post', text: template.rulesMessage };
    case 'post-agenda':
      return template.agenda.length === 0 ? null : { type: 'chat.post', text: agendaChatText(template) };
    case 'mute-all':
      return { type: 'audio.muteAll', exceptPresenter: true };
    default: {
      const lock = LOCKS[automation];
      return lock ? { type: 'viewers.lock', locks: { [lock]: true } } : null;
    }
  }
}

/** "Fermer la salle": everyone muted, then microphones, webcams and both chats locked. */
export const CLOSE_ROOM_SEQUENCE: readonly StepAutomation[] = [
  'mute-all',
  'lock-microphones',
  'lock-webcams',
  'lock-public-chat',
  'lock-private-chat',
];

const CLOSE_LABELS: Record<string, { fr: string; en: string }> = {
  'mute-all': { fr: 'Couper tous les micros', en: 'Mute everyone' },
  'lock-microphones': { fr: 'Verrouiller les micros', en: 'Lock microphones' },
  'lock-webcams': { fr: 'Verrouiller les caméras', en: 'Lock cameras' },
  'lock-public-chat': { fr: 'Verrouiller la discussion publique', en: 'Lock the public chat' },
  'lock-private-chat': { fr: 'Verrouiller la discussion privée', en: 'Lock the private chat' },
};

/**
 * The close-room steps: the template's end-checklist step for each automation when it has one
 * (so the report ticks the template's own step), else a step of its own.
 */
export function closeRoomSteps(template: Template | null, locale: 'fr' | 'en'): ChecklistStep[] {
  return CLOSE_ROOM_SEQUENCE.map((automation) => {
    const own = template?.checklists.end.find((step) => step.automation === automation);
    return own ?? { id: `close-${automation}`, label: CLOSE_LABELS[automation]![locale], automation };
  });
}
