/**
 * Labels of Collaborate's moderator controls, FR + EN. English ones come from Blackboard's help
 * pages; of the French ones only "panneau Collaborate", "Mes paramètres" and "Personnes présentes"
 * are confirmed by French help; the others are plausible translations (docs/platforms/collaborate.md) and are
 * accepted as alternatives when matching, so a wrong guess finds nothing rather than something else.
 */
import type { LockFeature, ManualStep } from '../contract';

export interface Label extends ManualStep {
  /** Other wordings accepted when looking for the control (never shown). */
  alternatives?: string[];
}

export const LABELS = {
  openPanel: { fr: 'Ouvrir le panneau Collaborate', en: 'Open Collaborate Panel' },
  mySettings: { fr: 'Mes paramètres', en: 'My Settings' },
  sessionSettings: { fr: 'Paramètres de la session', en: 'Session Settings', alternatives: ['Paramètres de session'] },
  attendees: { fr: 'Personnes présentes', en: 'Attendees' },
  moreOptions: { fr: "Plus d'options", en: 'More options' },
  muteAll: { fr: 'Couper le son de tous', en: 'Mute all', alternatives: ['Désactiver le micro de tous'] },
  attendeeControls: { fr: 'Commandes du participant', en: 'Attendee Controls' },
} satisfies Record<string, Label>;

/** The participant permissions of Session Settings, by the lock feature Moderato names. */
export const PERMISSION_LABELS: Partial<Record<LockFeature, Label>> = {
  microphone: { fr: "Partager l'audio", en: 'Share audio', alternatives: ['Partager le son'] },
  webcam: { fr: 'Partager la vidéo', en: 'Share video' },
  publicChat: { fr: 'Publier des messages de discussion', en: 'Post chat messages', alternatives: ['Publier des messages de chat'] },
  annotations: { fr: 'Dessiner sur le tableau blanc et les fichiers', en: 'Draw on whiteboard and files' },
};

export function wordings(label: Label): string[] {
  return [label.fr, label.en, ...(label.alternatives ?? [])];
}
