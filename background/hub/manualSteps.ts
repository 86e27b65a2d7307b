import type { LockFeature, ManualStep, RoomAction } from '../../platforms/contract';

const LOCK_LABELS: Record<LockFeature, ManualStep> = {
  microphone: { fr: 'Retirer aux participants le droit de partager leur micro', en: 'Stop participants sharing their microphone' },
  webcam: { fr: 'Retirer aux participants le droit de partager leur caméra', en: 'Stop participants sharing their camera' },
  seeOtherWebcams: { fr: 'Empêcher les participants de voir les caméras des autres', en: 'Stop participants seeing other webcams' },
  publicChat: { fr: 'Désactiver la discussion publique pour les participants', en: 'Turn off the public chat for participants' },
  privateChat: { fr: 'Désactiver la discussion privée pour les participants', en: 'Turn off private chat for participants' },
  sharedNotes: { fr: 'Empêcher les participants de modifier les notes partagées', en: 'Stop participants editing shared notes' },
  userList: { fr: 'Masquer la liste des participants', en: 'Hide the participant list' },
  cursors: { fr: 'Masquer les pointeurs des participants', en: "Hide participants' cursors" },
  annotations: { fr: 'Masquer les annotations des participants', en: "Hide participants' annotations" },
};

/**
 * What to do by hand when there is no room page Moderato can drive (manual mode, a platform it
 * cannot read, a closed room tab): the same intent, in the platform's usual words.
 */
export function manualStepsFor(action: RoomAction): ManualStep[] {
  switch (action.type) {
    case 'chat.post':
      return [{ fr: `Publier dans la discussion : « ${action.text} »`, en: `Post in the chat: "${action.text}"` }];
    case 'hand.lower':
      return [{ fr: 'Baisser la main de la personne qui a la parole', en: 'Lower the hand of the person speaking' }];
    case 'audio.muteAll':
      return [{ fr: 'Couper le micro de tous les participants', en: 'Mute all participants' }];
    case 'audio.joinMuted':
      return [{ fr: 'Faire entrer les participants micro coupé', en: 'Make participants join muted' }];
    case 'viewers.lock':
      return (Object.entries(action.locks) as [LockFeature, boolean][])
        .filter(([, locked]) => locked)
        .map(([feature]) => LOCK_LABELS[feature]);
  }
}
