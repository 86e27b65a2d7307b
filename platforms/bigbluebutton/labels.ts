/**
 * BBB's own labels (bigbluebutton-html5/public/locales/fr.json and en.json), for two uses: matching
 * menu items that carry no data-test (2.6) or whose label is their state (the meeting-mute
 * toggle), and telling the moderator exactly what to click when an action falls back to manual.
 * Each notes the releases whose locales give it; 4.0's own strings are in LABELS_40 below.
 */
import type { LockFeature, ManualStep } from '../contract';

export const LABELS = {
  // 2.6 to 4.0 (app.userList.userOptions.manageUsersLabel; no such menu in 4.0).
  manageUsers: { fr: 'Gérer les utilisateurs', en: 'Manage users' },
  // 2.6, 2.7 (muteAllLabel; the meeting-mute toggle, "Désactiver…" while muted).
  muteAll: { fr: 'Rendre tous les utilisateurs silencieux', en: 'Mute all users' },
  unmuteAll: { fr: "Désactiver l'interdiction de parler pour la réunion", en: 'Turn off meeting mute' },
  // 2.6 to 4.0 (muteAllExceptPresenterLabel; in 4.0 the text beside the panel's foot button).
  muteAllExceptPresenter: { fr: 'Rendre silencieux tous les utilisateurs sauf le présentateur', en: 'Mute all users except presenter' },
  // 3.0.10 (usersJoinMutedEnableLabel / DisableLabel); later releases: USERS_JOIN_MUTED.
  usersJoinMutedEnable: { fr: 'Activer "les participants rejoignent la conférence muets"', en: 'Enable Users join muted' },
  usersJoinMutedDisable: { fr: 'Désactiver "les participants rejoignent la conférence muets"', en: 'Disable Users join muted' },
  // 2.6 to 3.0 (lockViewersLabel); 4.0 titles the dialog "Restrictions" (LABELS_40).
  lockViewers: { fr: 'Gestion des interactions', en: 'Lock viewers' },
  // 2.6 to 4.0 (app.lock-viewers.button.apply / cancel).
  apply: { fr: 'Appliquer', en: 'Apply' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  // 2.x lock rows (app.lock-viewers.locked); 3.0 and 4.0 show no marker.
  locked: { fr: 'Verrouillé', en: 'Locked' },
  // 2.6 to 4.0 (app.chat.titlePublic, app.chat.submitLabel).
  publicChat: { fr: 'Discussion publique', en: 'Public Chat' },
  sendMessage: { fr: 'Envoyer le message', en: 'Send message' },
  // 3.0.17+ and 4.0 raised-hands list title.
  raisedHands: { fr: 'Mains levées', en: 'Raised hands' },
  // 2.6 to 4.0 (app.userList.menu.clearStatus.label).
  clearStatus: { fr: 'Effacer le statut', en: 'Clear status' },
  // 3.0.17+ raised-hands row menu.
  lowerHand30: { fr: 'Baisser la main', en: 'Lower hand' },
} satisfies Record<string, ManualStep>;

/**
 * The 3.0 "users join muted" toggle, whose label is its state: 3.0.10's wording, then the one of
 * later 3.x releases and of the 4.0 line's fr.json ("…la mise en sourdine des utilisateurs"; its
 * en.json wording unchanged as far as read).
 */
export const USERS_JOIN_MUTED = {
  enable: [LABELS.usersJoinMutedEnable, { fr: 'Activer la mise en sourdine des utilisateurs', en: 'Enable Users join muted' }],
  disable: [LABELS.usersJoinMutedDisable, { fr: 'Désactiver la mise en sourdine des utilisateurs', en: 'Disable Users join muted' }],
} satisfies Record<string, ManualStep[]>;

/** 2.6 to 3.0 lock-viewers rows (app.lock-viewers.*Label); 4.0's are LOCK_LABELS_40. */
export const LOCK_LABELS: Record<LockFeature, ManualStep> = {
  webcam: { fr: 'Partager webcam', en: 'Share webcam' },
  seeOtherWebcams: { fr: 'Voir les webcams des autres participants', en: 'See other viewers webcams' },
  microphone: { fr: 'Partager le microphone', en: 'Share microphone' },
  publicChat: { fr: 'Envoyer des messages publics', en: 'Send public chat messages' },
  privateChat: { fr: 'Envoyer des messages privés', en: 'Send private chat messages' },
  sharedNotes: { fr: 'Éditer les notes partagées', en: 'Edit shared notes' },
  userList: { fr: 'Voir les autres participants dans la liste des utilisateurs', en: 'See other viewers in the users list' },
  cursors: { fr: 'Voir les pointeurs des autres participants', en: 'See other viewers cursors' },
  annotations: { fr: 'Voir les annotations des autres spectateurs', en: 'See other viewers annotations' },
};

/** "(Vous)" / "(You)" after the current user's name. */
export const YOU_SUFFIX = /\s*\((vous|you)\)\s*$/i;

/**
 * Nav-bar talking indicator aria-labels: "{name} est en train de parler" (2.x, 3.0), "{name} parle"
 * (4.0), "{name} is talking" (all).
 */
export const TALKING_LABEL = /^(.*?)\s+(est en train de parler|parle|is talking)\s*$/i;

/** Toast avatar tooltips naming whose hand a click lowers (2.6 "{0}", 3.0 "{userName}"). */
export const LOWER_HAND_OF = [
  /^(?:abaisser|baisser) la main de\s+(.+)$/i,
  /^lower\s+(.+?)['’]s hand$/i,
  /^lower hand (?:of|for)\s+(.+)$/i,
];

/** Users count in a 2.x title "Utilisateurs (6)" / "Users (6)". */
export const COUNT_IN_TITLE = /\((\d+)\)\s*$/;

/** The lock-viewers row marker shown next to a locked feature in 2.x. */
export const LOCKED_MARKER = /(^|[^\p{L}])(verrouillé|locked)(?![\p{L}])/iu;

/**
 * 4.0 strings (bigbluebutton-html5/public/locales/fr.json and en.json on the 4.0 line): the
 * participants panel's sub-labels and foot, the "Restrictions" dialog. Its tab titles fall back to
 * English in French (no fr.json keys).
 */
export const LABELS_40 = {
  moderator: { fr: 'Modérateur', en: 'Moderator' },
  participants: { fr: 'Participants', en: 'Participants' },
  messages: { fr: 'Messages', en: 'Messages' },
  muteAllExceptPresenter: { fr: 'Rendre silencieux tous les utilisateurs sauf le présentateur', en: 'Mute all users except presenter' },
  restrictions: { fr: 'Restrictions', en: 'Restrictions' },
  participantPermissions: { fr: 'Participant permissions', en: 'Participant permissions' },
  raisedHands: { fr: 'Mains levées', en: 'Raised hands' },
} satisfies Record<string, ManualStep>;

/** 4.0 lock dialog checkboxes; seeing other viewers' webcams is no longer one of them. */
export const LOCK_LABELS_40: Partial<Record<LockFeature, ManualStep>> = {
  webcam: { fr: 'Partager leur webcam', en: 'Share their webcam' },
  microphone: { fr: "Partager l'audio de leur micro", en: 'Share their microphone audio' },
  publicChat: { fr: 'Envoyer des messages en discussion publique', en: 'Send public chat messages' },
  privateChat: { fr: 'Envoyer des messages en discussion privée', en: 'Send private chat messages' },
  sharedNotes: { fr: 'Modifier les notes partagées', en: 'Edit shared notes' },
  userList: { fr: 'Voir les autres participants dans la liste des utilisateurs', en: 'See other viewers in the users list' },
  cursors: { fr: 'Voir les pointeurs des autres participants', en: 'See other viewers cursors' },
  annotations: { fr: 'Partager le tableau blanc', en: 'Share the whiteboard' },
};
