/**
 * The client's strings, FR from BBB's fr.json (as quoted in bbb-dom.md), EN from en.json.
 * BBB merges the chosen locale over en.json; version differences are noted where the fr text
 * changed between releases.
 */
export type Locale = 'fr' | 'en';
export type BbbVersion = '2.6' | '2.7' | '3.0' | '4.0';

export interface Labels {
  clientTitle: string;
  usersTitle: string;
  you: string;
  presenter: string;
  moderator: string;
  webcam: string;
  locked: string;
  /** 2.x user-item aria-label: "{name} {presenter} {you} {status word} {status}". */
  statusWord: string;
  statusNone: string;
  statusRaiseHand: string;
  statusAway: string;
  usersListAria: string;
  manageUsers: string;
  muteAll: string;
  unmuteAll: string;
  muteAllExceptPresenter: string;
  usersJoinMutedEnable: string;
  usersJoinMutedDisable: string;
  lockViewers: string;
  clearStatus: string;
  guestPolicy: string;
  saveUserNames: string;
  createBreakoutRooms: string;
  learningDashboard: string;
  inviteUsers: string;
  isTalking: (name: string) => string;
  wasTalking: (name: string) => string;
  talkingWrapper: string;
  raisedHandsTitle: string;
  raisedHandsPanelTitle: (count: number) => string;
  lowerHands: string;
  lowerHandOf: (name: string) => string;
  raisedHandDesc: (names: string) => string;
  raisedHandDescMany: (names: string) => string;
  publicChat: string;
  chatInputLabel: string;
  chatPlaceholder: string;
  sendMessage: string;
  moreMessages: string;
  welcome: (meeting: string) => string;
  presenterNow: (name: string) => string;
  away: (name: string) => string;
  back: (name: string) => string;
  chatCleared: string;
  lockTitle: string;
  lockAria: string;
  lockDescription: string;
  lockFeature: string;
  lockStatus: string;
  lockOn: string;
  lockOff: string;
  apply: string;
  cancel: string;
  lockRows: Record<LockRowId, string>;
  raiseHand: string;
  lowerHand: string;
  presentation: string;
}

export type LockRowId =
  | 'lockShareWebcam'
  | 'lockSeeOtherViewersWebcam'
  | 'lockShareMicrophone'
  | 'lockPublicChat'
  | 'lockPrivateChat'
  | 'lockEditSharedNotes'
  | 'lockUserList'
  | 'hideViewersCursor'
  | 'hideViewersAnnotation';

const fr: Labels = {
  clientTitle: 'BigBlueButton',
  usersTitle: 'Utilisateurs',
  you: 'Vous',
  presenter: 'Présentateur',
  moderator: 'Modérateur',
  webcam: 'Webcam',
  locked: 'Verrouillé',
  statusWord: 'État',
  statusNone: 'aucun',
  statusRaiseHand: 'Lever la main',
  statusAway: 'Absent',
  usersListAria: 'Users list',
  manageUsers: 'Gérer les utilisateurs',
  muteAll: 'Rendre tous les utilisateurs silencieux',
  unmuteAll: "Désactiver l'interdiction de parler pour la réunion",
  muteAllExceptPresenter: 'Rendre silencieux tous les utilisateurs sauf le présentateur',
  usersJoinMutedEnable: 'Activer "les participants rejoignent la conférence muets"',
  usersJoinMutedDisable: 'Désactiver "les participants rejoignent la conférence muets"',
  lockViewers: 'Gestion des interactions',
  clearStatus: 'Effacer toutes les réactions',
  guestPolicy: 'Gestion des accès',
  saveUserNames: 'Sauvegarder les noms des utilisateurs',
  createBreakoutRooms: 'Créer des salles pour petits groupes',
  learningDashboard: "Tableau de bord d'activité des participants",
  inviteUsers: 'Inviter des participants',
  isTalking: (name) => `${name} est en train de parler`,
  wasTalking: (name) => `${name} a cessé de parler`,
  talkingWrapper: 'Des gens parlent',
  raisedHandsTitle: 'Mains levées',
  raisedHandsPanelTitle: (count) => `Mains levées (${count})`,
  lowerHands: 'Abaisser les mains',
  lowerHandOf: (name) => `Baisser la main de ${name}`,
  raisedHandDesc: (names) => `${names} a levé la main`,
  raisedHandDescMany: (names) => `${names} ont levé la main`,
  publicChat: 'Discussion publique',
  chatInputLabel: 'Saisie des messages pour la discussion Discussion publique',
  chatPlaceholder: 'Message Discussion publique',
  sendMessage: 'Envoyer le message',
  moreMessages: 'Plus de messages ci-dessous',
  welcome: (meeting) => `Bienvenue dans <b>${meeting}</b> !`,
  presenterNow: (name) => `${name} est désormais le présentateur`,
  away: (name) => `${name} Est parti`,
  back: (name) => `${name} est disponible`,
  chatCleared: "L'historique de la discussion publique a été effacé par un modérateur",
  lockTitle: 'Limiter la communication des participants',
  lockAria: 'Verrouiller la fenêtre de paramètres des participants',
  lockDescription:
    'Ces options vous permettent de restreindre l’utilisation de certaines fonctionnalités par les participants.',
  lockFeature: 'Fonctionnalité',
  lockStatus: 'Statut',
  lockOn: 'Allumé',
  lockOff: 'Éteint',
  apply: 'Appliquer',
  cancel: 'Annuler',
  lockRows: {
    lockShareWebcam: 'Partager webcam',
    lockSeeOtherViewersWebcam: 'Voir les  webcams des autres participants ',
    lockShareMicrophone: 'Partager le microphone',
    lockPublicChat: 'Envoyer des messages publics',
    lockPrivateChat: 'Envoyer des messages privés',
    lockEditSharedNotes: 'Éditer les notes partagées',
    lockUserList: 'Voir les autres participants dans la liste des utilisateurs',
    hideViewersCursor: 'Voir les pointeurs des autres participants',
    hideViewersAnnotation: 'Voir les annotations des autres spectateurs',
  },
  raiseHand: 'Lever la main',
  lowerHand: 'Baisser la main',
  presentation: 'Présentation',
};

const en: Labels = {
  clientTitle: 'BigBlueButton',
  usersTitle: 'Users',
  you: 'You',
  presenter: 'Presenter',
  moderator: 'Moderator',
  webcam: 'Webcam',
  locked: 'Locked',
  statusWord: 'Status',
  statusNone: 'none',
  statusRaiseHand: 'Raise hand',
  statusAway: 'Away',
  usersListAria: 'Users list',
  manageUsers: 'Manage users',
  muteAll: 'Mute all users',
  unmuteAll: 'Turn off meeting mute',
  muteAllExceptPresenter: 'Mute all users except presenter',
  usersJoinMutedEnable: 'Enable "users join muted"',
  usersJoinMutedDisable: 'Disable "users join muted"',
  lockViewers: 'Lock viewers',
  clearStatus: 'Clear all reactions',
  guestPolicy: 'Guest policy',
  saveUserNames: 'Save user names',
  createBreakoutRooms: 'Create breakout rooms',
  learningDashboard: 'Learning Analytics Dashboard',
  inviteUsers: 'Invite users',
  isTalking: (name) => `${name} is talking`,
  wasTalking: (name) => `${name} stopped talking`,
  talkingWrapper: 'People talking',
  raisedHandsTitle: 'Raised Hands',
  raisedHandsPanelTitle: (count) => `Raised hands (${count})`,
  lowerHands: 'Lower Hands',
  lowerHandOf: (name) => `Lower ${name}'s hand`,
  raisedHandDesc: (names) => `${names} raised their hand`,
  raisedHandDescMany: (names) => `${names} raised their hands`,
  publicChat: 'Public Chat',
  chatInputLabel: 'Message input for chat Public Chat',
  chatPlaceholder: 'Message Public Chat',
  sendMessage: 'Send message',
  moreMessages: 'More messages below',
  welcome: (meeting) => `Welcome to <b>${meeting}</b>!`,
  presenterNow: (name) => `${name} is now the presenter`,
  away: (name) => `${name} is away`,
  back: (name) => `${name} is back`,
  chatCleared: 'The public chat history was cleared by a moderator',
  lockTitle: 'Lock viewers',
  lockAria: 'Lock viewers settings modal',
  lockDescription: 'These options enable you to restrict viewers from using specific features.',
  lockFeature: 'Feature',
  lockStatus: 'Status',
  lockOn: 'On',
  lockOff: 'Off',
  apply: 'Apply',
  cancel: 'Cancel',
  lockRows: {
    lockShareWebcam: 'Share webcam',
    lockSeeOtherViewersWebcam: 'See other viewers webcams',
    lockShareMicrophone: 'Share microphone',
    lockPublicChat: 'Send public chat messages',
    lockPrivateChat: 'Send private chat messages',
    lockEditSharedNotes: 'Edit Shared Notes',
    lockUserList: 'See other viewers in the Users list',
    hideViewersCursor: 'See other viewers cursors',
    hideViewersAnnotation: 'See other viewers annotations',
  },
  raiseHand: 'Raise hand',
  lowerHand: 'Lower hand',
  presentation: 'Presentation',
};

/** Labels for one version: the fr strings that changed between releases are patched here. */
export function labelsFor(locale: Locale, version: BbbVersion): Labels {
  const base = locale === 'fr' ? fr : en;
  if (version === '3.0') return base;
  // 4.0 keeps 3.0's chat strings; its own strings are in render/bbb40/labels.ts.
  if (version === '4.0') return base;
  if (locale === 'fr') {
    return {
      ...base,
      clearStatus: 'Effacer toutes les icônes de statut',
      lowerHands: 'Mains baissées',
      lowerHand: 'Abaisser la main',
      lowerHandOf: (name) => `Abaisser la main de ${name}`,
      chatInputLabel: 'Saisie des messages pour la discussion Discussion publique',
    };
  }
  return { ...base, clearStatus: 'Clear all status icons' };
}
