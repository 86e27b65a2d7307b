/** The session report ("Bilan"), computed from a session's log. */
export { sessionReport, TOP_SENDERS, type AgendaItemOutcome, type ChecklistStepOutcome, type SessionReport, type SpeakerOutcome } from './report';
