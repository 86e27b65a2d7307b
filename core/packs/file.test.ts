// @vitest-environment jsdom
import { MAX_PACK_FILE_BYTES, packFileName, parsePackFile, serializePack } from './file';
import { selectorProblem } from './selector';
import { emptyPack, validatePack, type SelectorPack } from './schema';
import { messagesFor } from '../i18n/messages';
import { packErrorText } from '../../components/panel/importErrorText';

// The sentences people read, to show that the codes and parameters still say the same thing.
const frText = (error: Parameters<typeof packErrorText>[1]) => packErrorText(messagesFor('fr'), error);
const enText = (error: Parameters<typeof packErrorText>[1]) => packErrorText(messagesFor('en'), error);

const NOW = new Date(Date.UTC(2025, 2, 10, 14, 0, 0));

function pack(roles: SelectorPack['roles'] = {}, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...emptyPack('https://via.example.fr', NOW, 'Via du lycée'), roles, ...extra };
}

function errorsOf(data: unknown) {
  const result = validatePack(data);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

const roleError = (selector: string) => errorsOf(pack({ chatMessage: selector }));

describe('selector pack validation', () => {
  it('accepts a working pack and keeps only its fields, roles in the model order', () => {
    const result = validatePack(
      pack({ chatInput: 'textarea', chatSend: 'button[aria-label="Envoyer"]', participantRow: 'ul.users > li', chatMessage: '[data-test="msg"]:not(.system)' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.pack.roles)).toEqual(['participantRow', 'chatMessage', 'chatInput', 'chatSend']);
    expect(result.pack.name).toBe('Via du lycée');
  });

  it.each([
    ['a script in a selector', '<script>alert(1)</script>', 'selector-markup'],
    ['markup closing a tag', 'div/><img src=x onerror=alert(1)>', 'selector-markup'],
    ['url(javascript:…)', 'div[style*=url(javascript:alert(1))]', 'selector-url'],
    ['javascript: in a value', 'a[href="javascript:alert(1)"]', 'selector-script'],
    ['an @import', '@import "https://evil.example/x.css"; div', 'selector-at-rule'],
    ['a backslash escape hiding characters', '.\\62 ody', 'selector-escape'],
    ['a zero-width character', '.ro\u200bw', 'selector-control'],
    ['a line break', 'li\n.row', 'selector-control'],
    ['a 10,000-character selector', 'div '.repeat(2500), 'selector-too-long'],
    ['* alone', '*', 'selector-too-broad'],
    ['* alone in a list', 'li.row, *', 'selector-too-broad'],
    ['body', 'body', 'selector-too-broad'],
    ['html body', 'html body', 'selector-too-broad'],
    ['head', 'HEAD', 'selector-too-broad'],
    [':root', ':root', 'selector-too-broad'],
    ['an invalid selector', 'div[[', 'selector-invalid'],
    ['a declaration block', 'div { color: red }', 'selector-invalid'],
    ['a pseudo-element', 'li::before', 'selector-invalid'],
    ['an unknown pseudo-class', 'li:hover-ish', 'selector-invalid'],
    ['nested :has', 'li:has(span:has(i))', 'selector-has-nested'],
    ['an empty selector', '   ', 'selector-empty'],
    ['the 99-character freezer', ':is(p ~ * * ~ * * ~ * *, p * ~ * * ~ *) ~ * *', 'selector-sibling-nested'],
    ['a sibling inside :not', 'li:not(.a + .b)', 'selector-sibling-nested'],
    ['a sibling inside :where', ':where(p ~ *) span', 'selector-sibling-nested'],
    ['a relative sibling in :has', 'li:has(~ .x)', 'selector-sibling-nested'],
    ['a relative next sibling in :has', 'li:has(+ .x)', 'selector-sibling-nested'],
    ['more than ten combinators', 'a b c d e f g h i j k l', 'selector-too-complex'],
    ['combinators counted inside pseudo-classes too', 'a b c d e f g:is(h i j k l m)', 'selector-too-complex'],
    ['three nested selector pseudo-classes', 'li:is(.a:not(.b:where(.c)))', 'selector-too-complex'],
  ])('refuses %s with a specific error', (_, selector, code) => {
    const errors = roleError(selector);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code, path: 'roles.chatMessage' });
    expect(frText(errors[0]!)).toMatch(/^roles\.chatMessage\u202f: /);
    expect(enText(errors[0]!)).toMatch(/^roles\.chatMessage: /);
  });

  it('says how long a too long selector is', () => {
    expect(roleError('a'.repeat(10_000))[0]).toMatchObject({ params: { length: 10_000, max: 300 } });
  });

  it.each([
    'ul.users > li',
    'li + li ~ li',
    '[data-testid="chat-message"]',
    '[data-x=abc i]',
    'li:has(> .hand)',
    'li:not(:has(.hand))',
    ':root .users li',
    'div > *',
    '.list li:nth-child(2n + 1)',
    'section:is(.a, .b) li:where(.row)',
    'ul.zzz-never-used-anywhere > li.absurd',
  ])('accepts %s', (selector) => {
    expect(selectorProblem(selector)).toBeNull();
  });

  it('refuses unknown keys, at the top and in the roles', () => {
    const errors = errorsOf(pack({ chatMessage: 'li' }, { script: 'alert(1)' }));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-key', path: 'script' })]);
    const roles = errorsOf({ ...pack(), roles: { chatMessage: 'li', onload: 'alert(1)' } });
    expect(roles).toEqual([expect.objectContaining({ code: 'unknown-key', path: 'roles.onload' })]);
  });

  it('refuses a newer version with a message saying so', () => {
    const errors = errorsOf(pack({}, { version: 2 }));
    expect(errors).toEqual([expect.objectContaining({ code: 'newer-version', path: 'version' })]);
    expect(frText(errors[0]!)).toContain('Moderato plus récent');
    expect(enText(errors[0]!)).toContain('newer Moderato');
  });

  it.each([
    [42, 'wrong-type'],
    ['via.example.fr', 'bad-origin'],
    ['https://via.example.fr/salle/12', 'bad-origin'],
    ['javascript:alert(1)', 'bad-origin'],
    ['file:///etc/passwd', 'bad-origin'],
  ])('refuses the origin %j', (origin, code) => {
    expect(errorsOf(pack({}, { origin }))).toEqual([expect.objectContaining({ code, path: 'origin' })]);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf({ ...pack({ chatMessage: '*', participantRow: 'body' }), origin: 'nope', createdAt: 'hier', extra: 1 });
    expect(errors.map((e) => [e.code, e.path]).sort()).toEqual(
      [
        ['bad-date', 'createdAt'],
        ['bad-origin', 'origin'],
        ['selector-too-broad', 'roles.chatMessage'],
        ['selector-too-broad', 'roles.participantRow'],
        ['unknown-key', 'extra'],
      ].sort(),
    );
  });

  it('refuses something that is not a pack', () => {
    expect(errorsOf({ format: 'moderato-templates', version: 1 })[0]).toMatchObject({ code: 'wrong-format' });
    expect(errorsOf([1, 2])[0]).toMatchObject({ code: 'wrong-format' });
    expect(errorsOf(pack({ chatMessage: 12 as unknown as string }))[0]).toMatchObject({ code: 'wrong-type', path: 'roles.chatMessage' });
  });
});

describe('pack file', () => {
  it('round-trips through serializePack and parsePackFile', () => {
    const original = validatePack(pack({ participantRow: 'li.user', raisedHand: '.hand', chatInput: 'textarea' }));
    if (!original.ok) throw new Error('invalid fixture');
    const text = serializePack(original.pack);
    expect(text.endsWith('\n')).toBe(true);
    expect(parsePackFile(text)).toEqual({ ok: true, pack: original.pack });
    expect(parsePackFile(`\ufeff${text}`)).toEqual({ ok: true, pack: original.pack });
    expect(packFileName(original.pack)).toBe('moderato-selecteurs-via.example.fr.json');
  });

  it('refuses a file over 256 KB before parsing it', () => {
    const huge = `{"format":"moderato-selector-pack","name":"${'x'.repeat(MAX_PACK_FILE_BYTES)}"}`;
    const result = parsePackFile(huge);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'file-too-big', path: '' })] });
    // Many multi-byte characters: small in characters, too big in bytes.
    expect(parsePackFile(`"${'é'.repeat(MAX_PACK_FILE_BYTES / 2 + 10)}"`)).toMatchObject({ ok: false, errors: [{ code: 'file-too-big' }] });
  });

  it('locates a JSON syntax error', () => {
    const result = parsePackFile('{\n  "format": "moderato-selector-pack",\n  "version": 1,,\n}');
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'json-syntax', params: { line: 3, column: 16 } }] });
  });
});

describe('the chat send role names a send control by construction', () => {
  const send = (chatSend: string, roles: SelectorPack['roles'] = { chatInput: 'textarea' }) => validatePack(pack({ ...roles, chatSend }));
  it.each([':is(body)', 'body *', '.end-meeting', '#end', 'div', '*:is(button)', '[role*="button"]', 'button, .end', 'input[type="text"]'])(
    'refuses %s: its target is not a button, a submit input or a role=button',
    (chatSend) => {
      const result = send(chatSend);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => [e.code, e.path])).toContainEqual(['send-not-button', 'roles.chatSend']);
    },
  );
  it.each(['button', 'form.composer button.send', 'button[aria-label="Envoyer"]', 'input[type=submit]', 'input[type="submit" i]', 'div[role="button"].send', 'button:is(.a, .b)'])(
    'accepts %s',
    (chatSend) => expect(send(chatSend).ok).toBe(true),
  );
  it('refuses a send button without the chat box it sends', () => {
    const result = send('button.send', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({ code: 'send-without-input', path: 'roles.chatSend' });
      expect(frText(result.errors[0]!)).toContain('zone de saisie');
      expect(enText(result.errors[0]!)).toContain('chat box');
    }
  });
});
