/**
 * The templates a new moderator starts from, drawn from the usual advice for a French "classe
 * virtuelle": a short welcome with the rules stated out loud and in the chat (micro coupé,
 * main levée pour parler, discussion pour réagir), the objective recalled, an activity, time for
 * questions, a synthesis, and a clean close (everyone muted, microphones, cameras and chat
 * locked, attendance noted). Teachers connect a quarter of an hour early to test sound and share.
 */
import { DEFAULT_CHAT_THRESHOLDS } from '../session/chatLoad';
import { DEFAULT_WARN_BEFORE_MS } from '../session/agenda';
import type { ChecklistStep, Template, TemplateLocale, TemplateThresholds } from './schema';

/** Stable, so a default can be recognised (and restored) later. */
export const DEFAULT_TEMPLATE_IDS = {
  fr: { class: 'moderato-default-class-fr', meeting: 'moderato-default-meeting-fr' },
  en: { class: 'moderato-default-class-en', meeting: 'moderato-default-meeting-en' },
} as const;

const DEFAULT_THRESHOLDS: TemplateThresholds = {
  warnBeforeMinutes: DEFAULT_WARN_BEFORE_MS / 60_000,
  chatBusyPer10s: DEFAULT_CHAT_THRESHOLDS.busyPer10s,
  chatOverloadPer10s: DEFAULT_CHAT_THRESHOLDS.overloadPer10s,
  chatBusyPerMinute: DEFAULT_CHAT_THRESHOLDS.busyPer60s,
  chatOverloadPerMinute: DEFAULT_CHAT_THRESHOLDS.overloadPer60s,
  burstCount: DEFAULT_CHAT_THRESHOLDS.burstCount,
};

const step = (id: string, label: string, automation?: ChecklistStep['automation']): ChecklistStep =>
  automation ? { id, label, automation } : { id, label };

function frenchClass(updatedAt: string): Template {
  return {
    id: DEFAULT_TEMPLATE_IDS.fr.class,
    kind: 'class',
    name: 'Classe virtuelle (45 min)',
    locale: 'fr',
    slotMinutes: 45,
    agenda: [
      { id: 'accueil', title: 'Accueil et consignes', minutes: 5, notes: 'Vérifier le son, rappeler les règles de la classe virtuelle.' },
      { id: 'objectif', title: 'Rappel de l’objectif de la séance', minutes: 3 },
      { id: 'activite', title: 'Activité', minutes: 20 },
      { id: 'echanges', title: 'Échanges et questions', minutes: 10 },
      { id: 'synthese', title: 'Synthèse', minutes: 5 },
      { id: 'cloture', title: 'Clôture', minutes: 2, notes: 'Annoncer la prochaine séance et le travail à faire.' },
    ],
    checklists: {
      before: [
        step('preparer-ordre-du-jour', 'Préparer l’ordre du jour et les documents'),
        step('envoyer-lien', 'Envoyer le lien de la classe aux participants'),
        step('connexion-15-min', 'Se connecter 15 minutes avant le début'),
      ],
      start: [
        step('autoriser-micros-cameras', 'Autoriser les micros et les caméras'),
        step('bienvenue', 'Souhaiter la bienvenue', 'post-welcome'),
        step('couper-micros', 'Demander à chacun de couper son micro'),
        step('presenter-ordre-du-jour', 'Présenter l’ordre du jour', 'post-agenda'),
        step('presenter-regles', 'Présenter les règles', 'post-rules'),
      ],
      end: [
        step('couper-tous-micros', 'Couper tous les micros', 'mute-all'),
        step('verrouiller-micros', 'Verrouiller les micros', 'lock-microphones'),
        step('verrouiller-cameras', 'Verrouiller les caméras', 'lock-webcams'),
        step('verrouiller-discussion-publique', 'Verrouiller la discussion publique', 'lock-public-chat'),
        step('verrouiller-discussion-privee', 'Verrouiller la discussion privée', 'lock-private-chat'),
        step('relever-presences', 'Relever les présences'),
      ],
    },
    welcomeMessage: 'Bonjour à toutes et à tous, bienvenue dans la classe virtuelle ! Vérifiez que vous m’entendez bien ; si ce n’est pas le cas, écrivez-le dans la discussion.',
    rulesMessage:
      'Quelques règles pour que tout le monde puisse suivre : coupez votre micro quand vous ne parlez pas ; pour prendre la parole, levez la main et attendez qu’on vous la donne ; utilisez la discussion pour réagir ou poser une question.',
    links: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
    updatedAt,
  };
}

function frenchMeeting(updatedAt: string): Template {
  return {
    id: DEFAULT_TEMPLATE_IDS.fr.meeting,
    kind: 'meeting',
    name: 'Réunion entre collègues (1 h)',
    locale: 'fr',
    slotMinutes: 60,
    agenda: [
      { id: 'accueil', title: 'Accueil et tour de table', minutes: 5 },
      { id: 'point-1', title: 'Premier point', minutes: 20 },
      { id: 'point-2', title: 'Deuxième point', minutes: 20 },
      { id: 'decisions', title: 'Décisions et répartition des tâches', minutes: 10 },
      { id: 'cloture', title: 'Prochaine réunion et clôture', minutes: 5 },
    ],
    checklists: {
      before: [
        step('envoyer-ordre-du-jour', 'Envoyer l’ordre du jour et le lien aux collègues'),
        step('connexion-10-min', 'Se connecter 10 minutes avant le début'),
      ],
      start: [
        step('bienvenue', 'Souhaiter la bienvenue', 'post-welcome'),
        step('presenter-ordre-du-jour', 'Présenter l’ordre du jour', 'post-agenda'),
        step('designer-secretaire', 'Désigner qui prend les notes'),
      ],
      end: [
        step('recapituler-decisions', 'Récapituler les décisions'),
        step('relever-presences', 'Relever les présences'),
      ],
    },
    welcomeMessage: 'Bonjour à toutes et à tous, merci d’être là. L’ordre du jour suit dans la discussion.',
    rulesMessage: 'Pour que la réunion reste fluide : micro coupé quand vous ne parlez pas, main levée pour demander la parole, discussion pour les remarques courtes.',
    links: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
    updatedAt,
  };
}

function englishClass(updatedAt: string): Template {
  return {
    id: DEFAULT_TEMPLATE_IDS.en.class,
    kind: 'class',
    name: 'Virtual class (45 min)',
    locale: 'en',
    slotMinutes: 45,
    agenda: [
      { id: 'welcome', title: 'Welcome and instructions', minutes: 5, notes: 'Check the sound, state the rules of the virtual class.' },
      { id: 'objective', title: 'Reminder of the objective', minutes: 3 },
      { id: 'activity', title: 'Activity', minutes: 20 },
      { id: 'questions', title: 'Discussion and questions', minutes: 10 },
      { id: 'summary', title: 'Summary', minutes: 5 },
      { id: 'closing', title: 'Closing', minutes: 2, notes: 'Announce the next session and the homework.' },
    ],
    checklists: {
      before: [
        step('prepare-agenda', 'Prepare the agenda and documents'),
        step('send-link', 'Send the class link to the participants'),
        step('connect-15-min', 'Connect 15 minutes before the start'),
      ],
      start: [
        step('allow-mics-cameras', 'Allow microphones and cameras'),
        step('welcome', 'Welcome everyone', 'post-welcome'),
        step('ask-mute', 'Ask everyone to mute their microphone'),
        step('present-agenda', 'Present the agenda', 'post-agenda'),
        step('present-rules', 'Present the rules', 'post-rules'),
      ],
      end: [
        step('mute-all', 'Mute everyone', 'mute-all'),
        step('lock-microphones', 'Lock microphones', 'lock-microphones'),
        step('lock-webcams', 'Lock cameras', 'lock-webcams'),
        step('lock-public-chat', 'Lock the public chat', 'lock-public-chat'),
        step('lock-private-chat', 'Lock the private chat', 'lock-private-chat'),
        step('take-attendance', 'Take attendance'),
      ],
    },
    welcomeMessage: 'Hello everyone, welcome to the virtual class! Check that you can hear me; if not, say so in the chat.',
    rulesMessage:
      'A few rules so that everyone can follow: mute your microphone when you are not speaking; to speak, raise your hand and wait to be given the floor; use the chat to react or ask a question.',
    links: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
    updatedAt,
  };
}

function englishMeeting(updatedAt: string): Template {
  return {
    id: DEFAULT_TEMPLATE_IDS.en.meeting,
    kind: 'meeting',
    name: 'Meeting with colleagues (1 h)',
    locale: 'en',
    slotMinutes: 60,
    agenda: [
      { id: 'welcome', title: 'Welcome and round of introductions', minutes: 5 },
      { id: 'item-1', title: 'First item', minutes: 20 },
      { id: 'item-2', title: 'Second item', minutes: 20 },
      { id: 'decisions', title: 'Decisions and who does what', minutes: 10 },
      { id: 'closing', title: 'Next meeting and closing', minutes: 5 },
    ],
    checklists: {
      before: [
        step('send-agenda', 'Send the agenda and the link to colleagues'),
        step('connect-10-min', 'Connect 10 minutes before the start'),
      ],
      start: [
        step('welcome', 'Welcome everyone', 'post-welcome'),
        step('present-agenda', 'Present the agenda', 'post-agenda'),
        step('note-taker', 'Choose who takes notes'),
      ],
      end: [
        step('recap-decisions', 'Recap the decisions'),
        step('take-attendance', 'Take attendance'),
      ],
    },
    welcomeMessage: 'Hello everyone, thank you for joining. The agenda follows in the chat.',
    rulesMessage: 'To keep the meeting smooth: mute when you are not speaking, raise your hand to ask for the floor, use the chat for short remarks.',
    links: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
    updatedAt,
  };
}

/** The starting templates in the moderator's language: a 45-minute class and a meeting. */
export function defaultTemplates(locale: TemplateLocale, now: Date = new Date()): Template[] {
  const updatedAt = now.toISOString();
  return locale === 'en' ? [englishClass(updatedAt), englishMeeting(updatedAt)] : [frenchClass(updatedAt), frenchMeeting(updatedAt)];
}
