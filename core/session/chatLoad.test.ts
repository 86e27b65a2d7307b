import { describe, expect, it } from 'vitest';
import { chatLoad, chatQuestions, isQuestion } from './chatLoad';
import { toPersisted, type SessionEvent } from './events';
import { chat, SECOND, T0 } from '../../test/support/session';

const t = (seconds: number) => T0 + seconds * SECOND;

/** `count` messages from `senders` in turn, one every `everyMs` starting at `from`. */
function messages(from: number, count: number, everyMs: number, senders: string[], text = 'ok'): SessionEvent[] {
  return Array.from({ length: count }, (_, i) => chat(from + i * everyMs, `m${from}-${i}`, senders[i % senders.length]!, text));
}

const pupils = Array.from({ length: 30 }, (_, i) => `Élève ${i + 1}`);

describe('chatLoad', () => {
  it('counts people, not platform notices, over the last 10 s and 60 s', () => {
    const log = [
      chat(t(0), 'old', 'Alice', 'trop vieux'),
      chat(t(45), 'a', 'Alice', 'oui'),
      chat(t(55), 'b', 'Bilal', 'non'),
      chat(t(56), 'sys', 'Système', 'Le présentateur a changé', true),
      chat(t(58), 'c', 'Chloé', 'bof'),
      chat(t(70), 'future', 'Dina', 'pas encore'),
    ];
    expect(chatLoad(log, t(60))).toEqual({ last10s: 2, last60s: 3, level: 'calm', bursts: [] });
  });

  it('counts messages that passed unread as load, under no sender', () => {
    const log: SessionEvent[] = [chat(t(50), 'a', 'Alice', 'oui'), { type: 'chat.missed', count: 30, at: t(55) }];
    expect(chatLoad(log, t(60))).toEqual({ last10s: 30, last60s: 31, level: 'overload', bursts: [] });
    expect(chatLoad(log, t(70)).last10s).toBe(0);
  });

  it('is busy from 6 messages in 10 s and overloaded from 12', () => {
    const base = t(100);
    expect(chatLoad(messages(base, 5, SECOND, pupils), base + 9 * SECOND).level).toBe('calm');
    expect(chatLoad(messages(base, 6, SECOND, pupils), base + 9 * SECOND).level).toBe('busy');
    expect(chatLoad(messages(base, 12, 500, pupils), base + 9 * SECOND).level).toBe('overload');
  });

  it('is busy from 20 messages a minute, overloaded from 40, even when spread out', () => {
    const base = t(100);
    // One message every 2.9 s: never 6 in 10 s, but 20 in the minute.
    const steady = messages(base, 20, 2_900, pupils);
    const end = base + 19 * 2_900;
    expect(chatLoad(steady, end).last10s).toBeLessThan(6);
    expect(chatLoad(steady, end)).toMatchObject({ last60s: 20, level: 'busy' });
    const heavy = messages(base, 40, 1_450, pupils);
    expect(chatLoad(heavy, base + 39 * 1_450)).toMatchObject({ last60s: 40, level: 'overload' });
  });

  it('clears the warning when the rate falls', () => {
    const base = t(100);
    const wave = messages(base, 15, 500, pupils);
    expect(chatLoad(wave, base + 8 * SECOND).level).toBe('overload');
    // 15 messages still in the minute, none in the last 10 s: busy is not reached (15 < 20).
    expect(chatLoad(wave, base + 30 * SECOND)).toMatchObject({ last10s: 0, last60s: 15, level: 'calm' });
    expect(chatLoad(wave, base + 90 * SECOND)).toMatchObject({ last60s: 0, level: 'calm' });
  });

  it('takes configured thresholds', () => {
    const base = t(100);
    const log = messages(base, 4, SECOND, pupils);
    expect(chatLoad(log, base + 5 * SECOND, { busyPer10s: 3 }).level).toBe('busy');
    expect(chatLoad(log, base + 5 * SECOND, { overloadPer10s: 4 }).level).toBe('overload');
  });

  it('spots a sender writing 5 messages within 10 s', () => {
    const base = t(100);
    const log = [
      ...messages(base, 5, 2 * SECOND, ['Bilal'], 'allo'),
      ...messages(base + 500, 4, 2 * SECOND, ['Alice']),
    ].sort((a, b) => a.at - b.at);
    expect(chatLoad(log, base + 8 * SECOND + 1).bursts).toEqual([{ sender: 'Bilal', count: 5 }]);
    // Two seconds later his first message is out of the window.
    expect(chatLoad(log, base + 10 * SECOND).bursts).toEqual([]);
  });

  // Its cost is measured by the benchmark (npm run bench), not asserted here.
  it('measures the windows at the end of a 20,000-message log', () => {
    const log = messages(t(0), 20_000, 200, pupils);
    const end = log.at(-1)!.at;
    expect(chatLoad(log, end)).toMatchObject({ last10s: 50, last60s: 300, level: 'overload' });
  });
});

describe('isQuestion', () => {
  const positives = [
    'Pourquoi ?',
    'on rend quand le devoir ?',
    'ok?',
    '???',
    'Madame c’est à rendre pour demain ? 🙏',
    'Est-ce que je peux sortir',
    'est ce qu’on a le droit à la calculatrice',
    'Comment on fait pour partager l’écran',
    'Pourquoi le résultat est négatif',
    'Quand est le contrôle',
    'Qui a la correction',
    'Quoi de neuf',
    'Où est le document',
    'Combien de pages',
    'Quelle page',
    'Quels exercices pour lundi',
    "Qu'est-ce qu'il faut faire",
    "C'est quoi la réponse",
    'Peut-on utiliser le cours',
    'Y a-t-il une pause',
    'Pouvez-vous répéter',
    'pk on doit le faire',
    'Madame, comment on fait',
    'How do I join the breakout room',
    'Why is it 12',
    'What page are we on',
    'When is the deadline',
    'Where is the link',
    'Who has the slides',
    'Can you repeat please',
    'Could we have more time',
    'Is it due tomorrow',
    'Are we doing exercise 4',
    'Do we need a calculator',
    'Does it count for the grade',
    'Which one',
  ];
  const negatives = [
    '',
    'Bonjour madame',
    'oui',
    "J'ai fini",
    'Pourquoi pas',
    'Pourquoi pas !',
    'Quelle horreur !',
    'Quel bazar !',
    'Quand même',
    'Quand je clique ça plante',
    'When I click it crashes',
    'What a mess!',
    'How cool!',
    'Who cares',
    'Ou bien la réponse B',
    'Comment dire... c’est compliqué !',
    'Rendez-vous à 14h',
    'Connectez-vous sur Pronote',
    'Dépêchons-nous',
    'Do exercise 3 first',
    'Can confirm',
    "Can't hear you",
    'Is good',
    'Voici le lien https://exemple.fr/page?id=3',
    'La question 2 est dure.',
    'Merci ! 😊',
  ];

  it.each(positives)('sees a question in %j', (text) => expect(isQuestion(text)).toBe(true));
  it.each(negatives)('sees no question in %j', (text) => expect(isQuestion(text)).toBe(false));
});

describe('chatQuestions', () => {
  const log: SessionEvent[] = [
    chat(t(1), 'q1', 'Alice', 'On rend quand ?'),
    chat(t(2), 's1', 'Système', 'Qui a activé le sondage ?', true),
    chat(t(3), 'n1', 'Bilal', "J'ai fini"),
    chat(t(4), 'q2', 'Chloé', 'Pourquoi le résultat est négatif'),
    chat(t(5), 'q3', 'Dina', 'C’est noté ?'),
    { type: 'chat.answered', messageId: 'q1', at: t(10) },
    { type: 'chat.answered', messageId: 'q3', at: t(20) },
  ];

  it('lists open questions oldest first, and answered ones with when', () => {
    const { open, answered } = chatQuestions(log);
    expect(open.map((q) => [q.messageId, q.text])).toEqual([['q2', 'Pourquoi le résultat est négatif']]);
    expect(answered.map((q) => [q.messageId, q.answeredAt])).toEqual([
      ['q1', t(10)],
      ['q3', t(20)],
    ]);
  });

  it('replays a past moment', () => {
    expect(chatQuestions(log, t(15)).open.map((q) => q.messageId)).toEqual(['q2', 'q3']);
  });

  it('works on a stored log, where the text is gone but the question flag stays', () => {
    const stored = log.map(toPersisted);
    expect(JSON.stringify(stored)).not.toContain('négatif');
    expect(stored[0]).toEqual({
      type: 'chat.message',
      at: t(1),
      message: { id: 'q1', sender: 'Alice', shownTime: null, system: false, length: 15, isQuestion: true },
    });
    const { open, answered } = chatQuestions(stored);
    expect(open).toEqual([{ messageId: 'q2', sender: 'Chloé', at: t(4), text: null, answeredAt: null }]);
    expect(answered.map((q) => q.messageId)).toEqual(['q1', 'q3']);
    expect(chatLoad(stored, t(6)).last10s).toBe(4);
  });
});
