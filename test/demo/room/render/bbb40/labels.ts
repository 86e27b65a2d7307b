/**
 * The 4.0 client's own strings, for the demo room only. FR from bigbluebutton-html5/public/locales/fr.json
 * and EN from en.json on the 4.0 line, as read for docs/platforms/bbb-4.0.md; where fr.json lacks a key
 * BBB falls back to English (the lock dialog's tab titles).
 */
import type { Locale } from '../../labels';

export interface Labels40 {
  usersTitle: (count: number) => string;
  participantsRail: string;
  messagesRail: string;
  closePanel: string;
  search: string;
  raisedHandsTitle: string;
  lowerHandOf: (name: string) => string;
  lowerHands: string;
  privateChat: string;
  moreOptions: string;
  muteUser: string;
  unmuteUser: string;
  micClosed: string;
  listenOnly: string;
  muteAllLabel: string;
  muteAllDesc: string;
  lockLabel: string;
  lockDesc: string;
  tabs: { guestPolicyTab: string; participantPermissionsTab: string; presentationPermissionsTab: string };
  guestPolicyText: string;
  presentationText: string;
  locks: { webcam: string; microphone: string; publicChat: string; privateChat: string; notes: string; userList: string; cursor: string; whiteboard: string };
  discardTitle: string;
  discardConfirm: string;
  discardCancel: string;
  close: string;
  isTalking: (name: string) => string;
  wasTalking: (name: string) => string;
}

const fr: Labels40 = {
  usersTitle: (count) => `Utilisateurs (${count})`,
  participantsRail: 'Participants',
  messagesRail: 'Messages',
  closePanel: 'Fermer',
  search: 'Rechercher',
  raisedHandsTitle: 'Mains levées',
  lowerHandOf: (name) => `Abaisser la main de ${name}`,
  lowerHands: 'Abaisser les mains',
  privateChat: 'Démarrer une discussion privée',
  moreOptions: 'Options disponibles',
  muteUser: "Rendre l'utilisateur silencieux",
  unmuteUser: "Permettre l'activation du microphone",
  micClosed: "Le microphone de l'utilisateur est coupé",
  listenOnly: 'Utilisateur en écoute seule',
  muteAllLabel: 'Rendre silencieux tous les utilisateurs sauf le présentateur',
  muteAllDesc: 'Rend silencieux tous les participants à la séance sauf le présentateur',
  lockLabel: 'Restrictions',
  lockDesc: "Restreindre l'utilisation de certaines fonctionnalités par les participants.",
  tabs: { guestPolicyTab: 'Guest policy', participantPermissionsTab: 'Participant permissions', presentationPermissionsTab: 'Presentation permissions' },
  guestPolicyText: 'Gestion des accès',
  presentationText: 'Présentation',
  locks: {
    webcam: 'Partager leur webcam',
    microphone: "Partager l'audio de leur micro",
    publicChat: 'Envoyer des messages en discussion publique',
    privateChat: 'Envoyer des messages en discussion privée',
    notes: 'Modifier les notes partagées',
    userList: 'Voir les autres participants dans la liste des utilisateurs',
    cursor: 'Voir les pointeurs des autres participants',
    whiteboard: 'Partager le tableau blanc',
  },
  discardTitle: 'Modifications non enregistrées',
  discardConfirm: 'Quitter sans enregistrer',
  discardCancel: 'Continuer',
  close: 'Fermer',
  isTalking: (name) => `${name} parle`,
  wasTalking: (name) => `${name} a cessé de parler`,
};

const en: Labels40 = {
  usersTitle: (count) => `Users (${count})`,
  participantsRail: 'Participants',
  messagesRail: 'Messages',
  closePanel: 'Close',
  search: 'Search',
  raisedHandsTitle: 'Raised hands',
  lowerHandOf: (name) => `Lower ${name}'s hand`,
  lowerHands: 'Lower hands',
  privateChat: 'Start private chat',
  moreOptions: 'Available options',
  muteUser: 'Mute user',
  unmuteUser: 'Unmute user',
  micClosed: "User's microphone is closed",
  listenOnly: 'Listen only user',
  muteAllLabel: 'Mute all users except presenter',
  muteAllDesc: 'Mutes all users in the meeting except the presenter',
  lockLabel: 'Restrictions',
  lockDesc: 'Restrict viewers from using specific features.',
  tabs: { guestPolicyTab: 'Guest policy', participantPermissionsTab: 'Participant permissions', presentationPermissionsTab: 'Presentation permissions' },
  guestPolicyText: 'Guest policy',
  presentationText: 'Presentation',
  locks: {
    webcam: 'Share their webcam',
    microphone: 'Share their microphone audio',
    publicChat: 'Send public chat messages',
    privateChat: 'Send private chat messages',
    notes: 'Edit shared notes',
    userList: 'See other viewers in the users list',
    cursor: 'See other viewers cursors',
    whiteboard: 'Share the whiteboard',
  },
  discardTitle: 'Unsaved changes',
  discardConfirm: 'Leave without saving',
  discardCancel: 'Keep editing',
  close: 'Close',
  isTalking: (name) => `${name} is talking`,
  wasTalking: (name) => `${name} stopped talking`,
};

export function labels40(locale: Locale): Labels40 {
  return locale === 'fr' ? fr : en;
}
