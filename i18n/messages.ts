/**
 * Moderato's interface strings, French first. A plain module rather than browser.i18n so that
 * the same strings serve the overlay, the side panel and the unit tests.
 */
const fr = {
  overlayTitle: 'Moderato',
  participants: 'Participants',
  handsRaised: 'Mains levées',
  lastMessages: 'Derniers messages',
  noMessages: 'Aucun message pour l’instant',
  collapse: 'Réduire',
  expand: 'Déplier',
  panelTabPrepare: 'Préparer',
  panelTabRun: 'Animer',
  panelTabReview: 'Bilan',
  noRoom: 'Aucune salle reconnue dans cet onglet. Ouvrez une classe virtuelle BigBlueButton puis rouvrez ce panneau.',
  roomDisconnected: 'Salle déconnectée : rechargez l’onglet de la classe.',
  sessionStarted: 'Séance commencée à',
  participantList: 'Personnes présentes',
  you: 'vous',
  moderator: 'modérateur',
  presenter: 'présentateur',
  chatTotal: 'messages depuis le début',
  health: 'État des fonctions',
  healthWorks: 'fonctionne',
  healthDegraded: 'dégradé',
  healthManual: 'manuel',
  comingSoon: 'Cette partie arrive bientôt.',
  systemMessage: 'Message système',
  chatTextNotKept: '(texte non conservé)',
  sitesTitle: 'Sites de classe virtuelle',
  sitesHelp: 'Moderato ne lit aucun site sans votre accord. Collez l’adresse de votre classe virtuelle (BigBlueButton de votre académie, de votre université…) pour l’activer sur ce site.',
  siteAddressLabel: 'Adresse de la salle',
  siteEnable: 'Activer Moderato sur ce site',
  siteEnabled: 'Moderato est activé sur',
  siteReloadHint: 'Rechargez l’onglet de la classe.',
  siteRefused: 'Autorisation refusée : Moderato reste désactivé sur ce site.',
  siteRevoke: 'Retirer',
  siteRevoked: 'Moderato n’a plus accès à',
  sitesNone: 'Aucun site activé pour l’instant.',
  siteProblemEmpty: 'Indiquez l’adresse de la salle (par exemple https://classe.exemple.fr/html5client/…).',
  siteProblemNotUrl: 'Cette adresse n’est pas une adresse web valide.',
  siteProblemNotHttp: 'Seules les adresses http:// ou https:// peuvent être activées.',
} as const;

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  overlayTitle: 'Moderato',
  participants: 'Participants',
  handsRaised: 'Raised hands',
  lastMessages: 'Latest messages',
  noMessages: 'No messages yet',
  collapse: 'Collapse',
  expand: 'Expand',
  panelTabPrepare: 'Prepare',
  panelTabRun: 'Run',
  panelTabReview: 'Review',
  noRoom: 'No virtual classroom recognised in this tab. Open a BigBlueButton class, then reopen this panel.',
  roomDisconnected: 'Room disconnected: reload the class tab.',
  sessionStarted: 'Session started at',
  participantList: 'People present',
  you: 'you',
  moderator: 'moderator',
  presenter: 'presenter',
  chatTotal: 'messages since the start',
  health: 'Feature status',
  healthWorks: 'works',
  healthDegraded: 'degraded',
  healthManual: 'manual',
  comingSoon: 'This part is coming soon.',
  systemMessage: 'System message',
  chatTextNotKept: '(text not kept)',
  sitesTitle: 'Virtual classroom sites',
  sitesHelp: 'Moderato reads no site without your consent. Paste the address of your virtual classroom (your school or university BigBlueButton…) to enable it on that site.',
  siteAddressLabel: 'Room address',
  siteEnable: 'Enable Moderato on this site',
  siteEnabled: 'Moderato is enabled on',
  siteReloadHint: 'Reload the class tab.',
  siteRefused: 'Permission refused: Moderato stays off on this site.',
  siteRevoke: 'Remove',
  siteRevoked: 'Moderato no longer has access to',
  sitesNone: 'No site enabled yet.',
  siteProblemEmpty: 'Enter the room address (for example https://class.example.org/html5client/…).',
  siteProblemNotUrl: 'This is not a valid web address.',
  siteProblemNotHttp: 'Only http:// or https:// addresses can be enabled.',
};

export type Locale = 'fr' | 'en';

/** French unless the browser asks for English (any other language falls back to French). */
export function pickLocale(languages: readonly string[]): Locale {
  const first = languages.find((l) => /^(fr|en)\b/i.test(l));
  return first?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : fr;
}
