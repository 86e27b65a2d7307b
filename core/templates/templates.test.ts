import { defaultTemplates, DEFAULT_TEMPLATE_IDS } from './defaults';
import {
  applyImport,
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateFile,
  serializeTemplates,
  type ImportPlan,
} from './file';
import { jsonErrorLocation } from '../files';
import { isValidTemplate, templateAgendaItems, templateChatThresholds, templateIssues, type Template } from './schema';
import { messagesFor } from '../i18n/messages';
import { importErrorText } from '../../components/panel/importErrorText';

// The sentences people read, to show that the codes and parameters still say the same thing.
const frText = (error: Parameters<typeof importErrorText>[1]) => importErrorText(messagesFor('fr'), error);
const enText = (error: Parameters<typeof importErrorText>[1]) => importErrorText(messagesFor('en'), error);

const NOW = new Date(Date.UTC(2025, 2, 10, 14, 0, 0));

function sample(overrides: Partial<Template> = {}): Template {
  return { ...defaultTemplates('fr', NOW)[0]!, id: 'maths-4e', name: 'Maths 4e', ...overrides };
}

function fileWith(templates: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'moderato-templates', version: 1, exportedAt: NOW.toISOString(), templates, ...extra });
}

function errorsOf(text: string, existing: Template[] = []) {
  const result = parseTemplateFile(text, existing);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

function planOf(text: string, existing: Template[] = []): ImportPlan {
  const result = parseTemplateFile(text, existing);
  if (!result.ok) throw new Error(result.errors.map((e) => enText(e)).join('\n'));
  return result.plan;
}

describe('default templates', () => {
  it.each(['fr', 'en'] as const)('validate against the schema (%s)', (locale) => {
    const templates = defaultTemplates(locale, NOW);
    expect(templates.map((t) => t.kind)).toEqual(['class', 'meeting']);
    for (const template of templates) {
      expect(isValidTemplate(template)).toBe(true);
      expect(templateIssues(template)).toEqual([]);
      expect(template.locale).toBe(locale);
    }
    expect(templates[0]!.agenda.reduce((sum, item) => sum + item.minutes, 0)).toBe(45);
    expect(templates[0]!.id).toBe(DEFAULT_TEMPLATE_IDS[locale].class);
  });

  it('give the French class the advised checklists and rules', () => {
    const [klass] = defaultTemplates('fr', NOW);
    expect(klass!.agenda[0]).toMatchObject({ title: 'Accueil et consignes', minutes: 5 });
    expect(klass!.checklists.start.map((s) => s.automation ?? null)).toEqual([null, 'post-welcome', null, 'post-agenda', 'post-rules']);
    expect(klass!.checklists.end.map((s) => s.automation ?? null)).toEqual([
      'mute-all',
      'lock-microphones',
      'lock-webcams',
      'lock-public-chat',
      'lock-private-chat',
      null,
    ]);
    expect(klass!.checklists.before.map((s) => s.label).join(' | ')).toMatch(/15 minutes avant/);
    expect(klass!.rulesMessage).toMatch(/coupez votre micro/);
    expect(klass!.rulesMessage).toMatch(/levez la main/);
    expect(klass!.rulesMessage).toMatch(/discussion/);
  });

  it('convert to the session agenda and chat thresholds', () => {
    const [klass] = defaultTemplates('fr', NOW);
    expect(templateAgendaItems(klass!)[0]).toEqual({ id: 'accueil', title: 'Accueil et consignes', plannedMinutes: 5 });
    expect(templateChatThresholds(klass!)).toEqual({ busyPer10s: 6, overloadPer10s: 12, busyPer60s: 20, overloadPer60s: 40, burstCount: 5 });
  });
});

describe('template file: reading', () => {
  it('round-trips what serializeTemplates writes', () => {
    const templates = [...defaultTemplates('fr', NOW), sample()];
    const text = serializeTemplates(templates, NOW);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'moderato-templates', version: 1, exportedAt: '2025-03-10T14:00:00.000Z' });
    const plan = planOf(text);
    expect(plan.additions).toEqual(templates);
    expect(plan.conflicts).toEqual([]);
  });

  it('drops the stored position when writing a file', () => {
    const text = serializeTemplates([{ ...sample(), position: 3 } as Template], NOW);
    expect(JSON.parse(text).templates[0]).not.toHaveProperty('position');
  });

  it('accepts a byte order mark', () => {
    expect(planOf(`\uFEFF${fileWith([sample()])}`).additions).toHaveLength(1);
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const text = ' '.repeat(MAX_TEMPLATE_FILE_BYTES + 1);
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ code: 'file-too-big', path: '', params: { max: 1048576 } });
    expect(enText(error!)).toMatch(/too big/);
    // Multi-byte characters count as bytes, not characters.
    expect(errorsOf('é'.repeat(MAX_TEMPLATE_FILE_BYTES / 2 + 1))[0]!.code).toBe('file-too-big');
  });

  it('reports a JSON syntax error with its line and column', () => {
    const errors = errorsOf('{\n  "format": "moderato-templates",\n  "version": 1,\n}');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'json-syntax', params: { line: 4, column: 1, position: 52 } });
    expect(frText(errors[0]!)).toBe('Ce fichier n’est pas du JSON valide : erreur à la ligne 4, colonne 1 (position 52).');
    expect(enText(errors[0]!)).toBe('This file is not valid JSON: error at line 4, column 1 (position 52).');
  });

  it('locates JSON errors the engine does not place', () => {
    expect(jsonErrorLocation('{"a":}')).toEqual({ position: 5, line: 1, column: 6 });
    expect(jsonErrorLocation('[1, 2')).toEqual({ position: 5, line: 1, column: 6 });
    expect(jsonErrorLocation('{"a": "x\ny"}')).toEqual({ position: 8, line: 1, column: 9 });
    expect(jsonErrorLocation('{"a": 1} x')).toEqual({ position: 9, line: 1, column: 10 });
    expect(jsonErrorLocation('')).toEqual({ position: 0, line: 1, column: 1 });
  });

  it.each([
    ['an array', '[]'],
    ['another format', JSON.stringify({ format: 'other-app', version: 1, templates: [] })],
    ['no format marker', JSON.stringify({ version: 1, templates: [] })],
    ['a string', '"moderato-templates"'],
  ])('refuses %s as a templates file', (_label, text) => {
    const errors = errorsOf(text);
    expect(errors.map((e) => e.code)).toEqual(['wrong-format']);
    expect(enText(errors[0]!)).toBe('This is not a Moderato templates file (format "moderato-templates" expected).');
  });

  it('refuses a file from a newer Moderato and says so', () => {
    const errors = errorsOf(fileWith([sample()], { version: 3 }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'newer-version', path: 'version', params: { version: 3, supported: 1 } });
    expect(enText(errors[0]!)).toBe(
      'version: This file was made by a newer Moderato, version 3; this one reads up to version 1. Update Moderato to import it.',
    );
    expect(frText(errors[0]!)).toMatch(/Moderato plus récent, version 3 ; celui-ci lit jusqu’à la version 1/);
  });

  it.each([['"1"'], ['0'], ['1.5'], ['null']])('refuses the version %s', (version) => {
    const text = `{"format":"moderato-templates","version":${version},"templates":[]}`;
    expect(errorsOf(text).map((e) => [e.code, e.path])).toEqual([['bad-version', 'version']]);
  });

  it('requires the templates list', () => {
    expect(errorsOf('{"format":"moderato-templates","version":1}').map((e) => [e.code, e.path])).toEqual([['missing', 'templates']]);
    expect(errorsOf('{"format":"moderato-templates","version":1,"templates":{}}').map((e) => [e.code, e.path])).toEqual([
      ['wrong-type', 'templates'],
    ]);
  });

  it('reports every schema problem of every template with its path, in French and English', () => {
    const good = sample();
    const bad = JSON.parse(JSON.stringify(sample({ id: 'other', name: 'Autre' })));
    bad.agenda[0].minutes = 0;
    bad.agenda[1].minutes = 2.5;
    bad.agenda[2].title = '   ';
    delete bad.agenda[3].id;
    bad.kind = 'webinar';
    bad.name = 'x'.repeat(201);
    bad.slotMinutes = '45';
    bad.checklists.end[0].automation = 'format-disk';
    bad.links.participants = 'javascript:alert(1)';
    bad.links.moderator = 'ftp://example.org/room';
    bad.welcomeMessage = 'x'.repeat(5001);
    bad.thresholds.burstCount = 1;
    bad.updatedAt = 'hier';
    const errors = errorsOf(fileWith([good, good, bad].map((t, i) => (i === 1 ? { ...t, id: 'copy', name: 'Copie' } : t))));
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'templates[2].agenda[0].minutes',
        'templates[2].agenda[1].minutes',
        'templates[2].agenda[2].title',
        'templates[2].agenda[3].id',
        'templates[2].kind',
        'templates[2].name',
        'templates[2].slotMinutes',
        'templates[2].checklists.end[0].automation',
        'templates[2].links.participants',
        'templates[2].links.moderator',
        'templates[2].welcomeMessage',
        'templates[2].thresholds.burstCount',
        'templates[2].updatedAt',
      ].sort(),
    );
    expect(byPath['templates[2].agenda[0].minutes']).toMatchObject({ code: 'too-small', params: { received: '0', min: 1 } });
    expect(frText(byPath['templates[2].agenda[0].minutes']!)).toBe('templates[2].agenda[0].minutes\u202f: La valeur 0 est trop petite : 1 au minimum.');
    expect(enText(byPath['templates[2].agenda[0].minutes']!)).toBe('templates[2].agenda[0].minutes: The value 0 is too small: at least 1.');
    expect(enText(byPath['templates[2].agenda[1].minutes']!)).toMatch(/Expected a whole number, not 2.5/);
    expect(byPath['templates[2].agenda[2].title']!.code).toBe('empty');
    expect(byPath['templates[2].agenda[3].id']).toMatchObject({ code: 'missing', params: { field: 'id' } });
    expect(frText(byPath['templates[2].agenda[3].id']!)).toMatch(/Le champ « id » est obligatoire/);
    expect(enText(byPath['templates[2].kind']!)).toMatch(/Unknown value \("webinar"\): allowed values are "class", "meeting"/);
    expect(byPath['templates[2].name']).toMatchObject({ code: 'too-long', params: { length: 201, max: 200 } });
    expect(enText(byPath['templates[2].slotMinutes']!)).toMatch(/Expected a number, not a text/);
    expect(frText(byPath['templates[2].slotMinutes']!)).toMatch(/Un nombre est attendu, pas un texte/);
    expect(byPath['templates[2].checklists.end[0].automation']!.code).toBe('not-allowed');
    expect(byPath['templates[2].links.participants']!.code).toBe('bad-url');
    expect(byPath['templates[2].links.moderator']!.code).toBe('bad-url');
    expect(byPath['templates[2].welcomeMessage']).toMatchObject({ code: 'too-long', params: { max: 5000 } });
    expect(byPath['templates[2].thresholds.burstCount']!.code).toBe('too-small');
    expect(byPath['templates[2].updatedAt']!.code).toBe('bad-date');
  });

  it('checks the rules that span fields', () => {
    const long = sample({ agenda: Array.from({ length: 5 }, (_, i) => ({ id: `i${i}`, title: `Partie ${i}`, minutes: 300 })) });
    const dup = sample({ id: 'b', name: 'B', agenda: [{ id: 'x', title: 'A', minutes: 5 }, { id: 'x', title: 'B', minutes: 5 }] });
    const thresholds = sample({ id: 'c', name: 'C', thresholds: { ...sample().thresholds, chatBusyPer10s: 12, chatOverloadPer10s: 12 } });
    const errors = errorsOf(fileWith([long, dup, thresholds]));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['templates[0].agenda', 'total-too-long'],
      ['templates[1].agenda[1].id', 'duplicate-id'],
      ['templates[2].thresholds.chatOverloadPer10s', 'threshold-order'],
    ]);
    expect(enText(errors[0]!)).toBe('templates[0].agenda: The agenda lasts 1500 minutes in total: at most 1440 (24 h).');
  });

  it('limits the number of agenda items', () => {
    const many = sample({ agenda: Array.from({ length: 101 }, (_, i) => ({ id: `i${i}`, title: 'x', minutes: 1 })) });
    expect(errorsOf(fileWith([many])).map((e) => [e.path, e.code, e.params.max])).toEqual([['templates[0].agenda', 'too-many', 100]]);
  });

  it('refuses two templates of one file with the same id or name', () => {
    const errors = errorsOf(fileWith([sample(), sample({ name: 'Autre' }), sample({ id: 'x', name: ' maths  4E ' })]));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['templates[1].id', 'duplicate-template-id'],
      ['templates[2].name', 'duplicate-template-name'],
    ]);
  });

  it('proposes nothing when one template is wrong (no half import)', () => {
    const result = parseTemplateFile(fileWith([sample(), { ...sample({ id: 'z', name: 'Z' }), kind: 'nope' }]), []);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('plan');
  });
});

describe('template file: conflicts', () => {
  const existing = [sample({ id: 'a', name: 'Maths 4e' }), sample({ id: 'b', name: 'Français 3e' })];
  const imported = [
    sample({ id: 'a', name: 'Maths 4e (nouveau)', slotMinutes: 55 }),
    sample({ id: 'z', name: 'français 3E', slotMinutes: 50 }),
    sample({ id: 'n', name: 'Histoire' }),
  ];
  const plan = () => planOf(fileWith(imported), existing);
  let ids = 0;
  const newId = () => `new-${++ids}`;

  it('lists conflicts by id first, then by name, and the rest as additions', () => {
    const p = plan();
    expect(p.additions.map((t) => t.id)).toEqual(['n']);
    expect(p.conflicts.map((c) => [c.imported.id, c.existing.id, c.reason])).toEqual([
      ['a', 'a', 'same-id'],
      ['z', 'b', 'same-name'],
    ]);
  });

  it('skips conflicts without a choice: nothing is overwritten silently', () => {
    expect(applyImport(plan(), {}, { newId }).map((t) => t.id)).toEqual(['n']);
  });

  it('replaces by taking the existing id', () => {
    const written = applyImport(plan(), { a: 'replace', z: 'replace' }, { newId });
    expect(written.map((t) => [t.id, t.name, t.slotMinutes])).toEqual([
      ['n', 'Histoire', 45],
      ['a', 'Maths 4e (nouveau)', 55],
      ['b', 'français 3E', 50],
    ]);
  });

  it('keeps both with a new id and an "(importé)" name that collides with nothing', () => {
    ids = 0;
    const p = planOf(fileWith(imported), [...existing, sample({ id: 'c', name: 'français 3E (importé)' })]);
    const written = applyImport(p, { a: 'keep-both', z: 'keep-both' }, { newId });
    expect(written.map((t) => [t.id, t.name])).toEqual([
      ['n', 'Histoire'],
      ['new-1', 'Maths 4e (nouveau) (importé)'],
      ['new-2', 'français 3E (importé 2)'],
    ]);
  });

  it('mixes choices per conflict', () => {
    const written = applyImport(plan(), { a: 'skip', z: 'keep-both' }, { newId: () => 'fresh', suffix: 'imported' });
    expect(written.map((t) => [t.id, t.name])).toEqual([
      ['n', 'Histoire'],
      ['fresh', 'français 3E (imported)'],
    ]);
  });
});
