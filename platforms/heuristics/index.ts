/**
 * Platform-independent readers for rooms whose DOM we cannot know in advance: they look for what
 * a person would, by ARIA roles, labels and headings in French and English. Adapters use them as
 * a fallback after their known selectors; a generic adapter can use them alone.
 */
export { fold, countIn } from './lexicon';
export { ownTexts } from './names';
export { findParticipantList, readParticipantsByHeuristics, roleOfLabel } from './participants';
export { findChatLog, readChatByHeuristics } from './chat';
export { findToggle, toggleState } from './toggles';
