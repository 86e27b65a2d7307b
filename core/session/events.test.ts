import { describe, expect, it } from 'vitest';
import { messageIsQuestion, toPersisted, type SessionEvent } from './events';
import { chat, handUp, T0 } from '../../test/support/session';

describe('toPersisted', () => {
  it('strips the chat text, keeping what the report needs', () => {
    const live = { ...chat(T0, 'm1', 'Alice', 'Pourquoi 12 ?'), seq: 7 } as SessionEvent;
    const stored = toPersisted(live);
    expect(stored).toEqual({
      type: 'chat.message',
      at: T0,
      seq: 7,
      message: { id: 'm1', sender: 'Alice', shownTime: null, system: false, length: 13, isQuestion: true },
    });
    expect(JSON.stringify(stored)).not.toContain('Pourquoi');
    // The live event is untouched: the live views still read its text.
    expect(live.type === 'chat.message' && live.message.text).toBe('Pourquoi 12 ?');
  });

  it('never flags a platform notice as a question', () => {
    const stored = toPersisted(chat(T0, 's1', 'Système', 'Qui veut répondre au sondage ?', true));
    expect(stored.type === 'chat.message' && stored.message.isQuestion).toBe(false);
  });

  it('leaves every other event as it is', () => {
    const raised = { ...handUp(T0, 'a'), seq: 3 } as SessionEvent;
    expect(toPersisted(raised)).toBe(raised);
  });

  it('answers the same question test for live and stored messages', () => {
    const live = chat(T0, 'm1', 'Alice', 'On rend quand ?');
    const stored = toPersisted(live);
    if (live.type !== 'chat.message' || stored.type !== 'chat.message') throw new Error('not chat');
    expect(messageIsQuestion(live.message)).toBe(true);
    expect(messageIsQuestion(stored.message)).toBe(true);
  });
});
