/**
 * Platform-independent readers for rooms whose DOM we cannot know in advance: they look for what
 * a person would, by ARIA roles, labels and headings in French and English. Adapters use them as
 * a fallback after their known selectors; a generic adapter can use them alone.
 */
export { fold, matches, countIn, CHAT, PARTICIPANTS, RAISED_HAND, SHOWN_TIME } from './lexicon';
export { accessibleName, containerName, ownTexts } from './names';
export { findParticipantList, readParticipantsByHeuristics, roleOfLabel, rowHasRaisedHand, rowName, type FoundList, type HeuristicParticipant } from './participants';
export { findChatLog, parseMessage, readChatByHeuristics, type FoundChat, type HeuristicMessage } from './chat';
export { findToggle, toggleState } from './toggles';
