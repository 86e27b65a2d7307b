// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { messagesFor } from '../../../core/i18n/messages';
import type { ExportFile } from '../../../core/export';
import { attendance } from '../../../core/session/attendance';
import { toPersisted, type ModeratorEvent, type SessionEvent } from '../../../core/session/events';
import { chat, joined, left, MINUTE, sessionStarted, T0, talkOff, talkOn } from '../../../test/support/session';
import { openModeratoDb } from '../../../background/storage/db';
import { createPanelStores } from '../prepare/stores';
import { ExportDialog } from './ExportDialog';
import { ReportView } from './ReportView';
import { ReviewView } from './ReviewView';
import type { PanelState } from '../../../core/protocol';
import { defaultTemplates } from '../../../core/templates/defaults';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');
const m = (minutes: number) => T0 + minutes * MINUTE;
const mod = (at: number, event: ModeratorEvent): SessionEvent => ({ ...event, at });

const log: SessionEvent[] = [
  joined(m(-2), 'p', 'Mme Durand', { role: 'moderator', you: true }),
  sessionStarted(m(0)),
  mod(m(0), { type: 'agenda.set', items: [{ id: 'a', title: 'Accueil', plannedMinutes: 5 }, { id: 'b', title: 'Activité', plannedMinutes: 10 }] }),
  mod(m(0), { type: 'agenda.started' }),
  joined(m(1), 'a', 'Léa Martin'),
  joined(m(8), 'b', 'Bilal Haddad'),
  chat(m(2), 'c1', 'Léa Martin', 'Bonjour'),
  chat(m(3), 'q1', 'Bilal Haddad', 'On commence quand ?'),
  mod(m(8), { type: 'agenda.next' }),
  mod(m(9), { type: 'queue.added', entryId: 'e1', participantId: 'a', name: 'Léa Martin', source: 'manual' }),
  mod(m(9), { type: 'queue.floorGiven', entryId: 'e1' }),
  talkOn(m(9), 'a'),
  talkOff(m(11), 'a'),
  mod(m(11), { type: 'queue.done' }),
  left(m(15), 'b'),
  mod(m(19), { type: 'checklist.step', checklist: 'end', stepId: 'couper-tous-micros', outcome: 'manual-confirmed' }),
  mod(m(20), { type: 'session.ended' }),
];

describe('Bilan report', () => {
  it('renders the figures of a small log', () => {
    renderWithI18n(() => <ReportView events={log.map(toPersisted)} now={m(30)} />);
    expect(screen.getByTestId('report-duration').textContent).toBe('0:20:00');
    const agenda = [...screen.getByTestId('report-agenda').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(agenda).toEqual([
      ['Accueil', '5 min', '8 min', '+3 min'],
      ['Activité', '10 min', '12 min', '+2 min'],
    ]);
    expect(screen.getByTestId('report-attendance-totals').textContent).toBe('Personnes vues : 2 · présentes à la fin : 1 · en retard : 1');
    const people = [...screen.getByTestId('report-attendance').querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[0]!.textContent);
    expect(people).toEqual(['Léa Martin', 'Bilal Haddad']);
    expect(screen.getByTestId('report-speaking-totals').textContent).toBe('1 tour(s) de parole · 0:02:00 de parole au total');
    expect(screen.getByTestId('report-chat').textContent).toBe(
      '2 message(s) de 2 personne(s) · 1 question(s), 0 avec réponse · pic : 1 message(s) en une minute',
    );
    expect(screen.getByTestId('report-checklists').textContent).toContain('couper-tous-micros : fait (confirmé)');
  });
});

describe('attendance export dialog', () => {
  const presence = attendance(log, m(30));

  it('downloads Excel-FR CSV bytes with a BOM, and the roster columns when a list is pasted', async () => {
    const saved: ExportFile[] = [];
    renderWithI18n(() => <ExportDialog attendance={presence} title="Maths 4e B" timeZone="Europe/Paris" save={(f) => saved.push(f)} />);
    fireEvent.input(screen.getByTestId('export-roster-text'), { target: { value: 'MARTIN Léa\nNoé Petit' } });
    expect(within(screen.getByTestId('roster-present')).getByText('MARTIN Léa')).toBeTruthy();
    expect(screen.getByTestId('roster-absent').textContent).toBe('Noé Petit');
    expect(screen.getByTestId('roster-unknown').textContent).toBe('Bilal Haddad');
    fireEvent.click(screen.getByTestId('export-download'));
    expect(saved).toHaveLength(1);
    const file = saved[0]!;
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.fileName).toBe('presences-maths-4e-b-2025-03-10.csv');
    const lines = new TextDecoder().decode(file.bytes).split('\r\n');
    expect(lines[0]).toContain('Nom;Modérateur;');
    expect(lines[0]).toContain('Liste d’appel');
    expect(lines.some((line) => line.startsWith('Noé Petit;') && line.endsWith(';absent'))).toBe(true);
  });

  it('downloads English CSV without BOM, or JSON', () => {
    const saved: ExportFile[] = [];
    renderWithI18n(() => <ExportDialog attendance={presence} title="Maths" save={(f) => saved.push(f)} />);
    fireEvent.click(screen.getByLabelText(t.expEnglish));
    fireEvent.click(screen.getByTestId('export-download'));
    expect(saved[0]!.bytes[0]).toBe('N'.charCodeAt(0));
    expect(saved[0]!.text.startsWith('Name,Moderator,')).toBe(true);
    fireEvent.click(screen.getByLabelText(t.expJson));
    fireEvent.click(screen.getByTestId('export-download'));
    expect(saved[1]!.mime).toBe('application/json');
    expect(JSON.parse(saved[1]!.text).format).toBe('moderato-attendance');
  });

  it('shows roster errors', () => {
    renderWithI18n(() => <ExportDialog attendance={presence} title="Maths" save={() => undefined} />);
    fireEvent.input(screen.getByTestId('export-roster-text'), { target: { value: 'Classe;Groupe\n4e;B' } });
    expect(screen.getByTestId('export-roster-errors').textContent).toContain('Aucune colonne de noms trouvée');
  });
});

let dbCount = 0;
describe('Bilan history', () => {
  it('reopens a past session, deletes one after confirmation, then all', async () => {
    const stores = createPanelStores(await openModeratoDb(`review-test-${++dbCount}`));
    const plan = { templateId: 't', title: 'Maths', participantsLink: 'https://bbb.example/b/x', moderatorLink: 'https://bbb.example/b/x?secret=1' };
    await stores.plans.put({ ...plan, id: 'past', startsAt: m(-60) });
    await stores.plans.put({ ...plan, id: 'coming', startsAt: m(24 * 60) });
    const a = await stores.sessions.create({ roomKey: 'k1', platform: 'bigbluebutton', roomTitle: 'Maths 4e B', startedAt: m(0) });
    await stores.sessions.append(a.id, log.map(toPersisted) as never);
    const b = await stores.sessions.create({ roomKey: 'k2', platform: 'bigbluebutton', roomTitle: 'Histoire 3e', startedAt: m(60) });
    await stores.sessions.append(b.id, [{ type: 'session.started', at: m(60), platform: 'bigbluebutton', roomKey: 'k2', roomTitle: 'Histoire 3e' }]);
    renderWithI18n(() => <ReviewView stores={stores} hub={null} now={() => m(120)} />);
    expect(screen.getByTestId('report-empty')).toBeTruthy();
    const history = await screen.findByTestId('history');
    await waitFor(() => expect(history.querySelectorAll('li[data-session-id]')).toHaveLength(2));
    expect(history.querySelector('li')!.textContent).toContain('Histoire 3e');

    const rowA = history.querySelector(`li[data-session-id="${a.id}"]`) as HTMLElement;
    fireEvent.click(within(rowA).getByRole('button', { name: t.histOpen }));
    await waitFor(() => expect(screen.getByTestId('report-title').textContent).toBe('Maths 4e B'));
    expect(screen.getByTestId('report-duration').textContent).toBe('0:20:00');

    fireEvent.click(within(rowA).getByRole('button', { name: t.histDelete }));
    expect(await stores.sessions.get(a.id)).toBeDefined();
    fireEvent.click(within(screen.getByTestId('history-delete-confirm')).getByRole('button', { name: t.prepConfirm }));
    await waitFor(() => expect(screen.getByTestId('history').querySelectorAll('li[data-session-id]')).toHaveLength(1));
    expect(await stores.sessions.events(a.id)).toEqual([]);
    expect(screen.getByTestId('report-empty')).toBeTruthy();

    fireEvent.click(screen.getByTestId('history-delete-all'));
    fireEvent.click(within(screen.getByTestId('history-delete-all-confirm')).getByRole('button', { name: t.prepConfirm }));
    await waitFor(() => expect(screen.getByTestId('history').textContent).toContain(t.histNone));
    expect(await stores.sessions.list()).toEqual([]);
    // Past planned classes (their join links) go too; a class still to come stays planned.
    await waitFor(async () => expect((await stores.plans.list()).map((p) => p.id)).toEqual(['coming']));
  });

  it('shows the current session of the connected room without being asked, with the template’s labels', async () => {
    const stores = createPanelStores(await openModeratoDb(`review-test-${++dbCount}`));
    const a = await stores.sessions.create({ roomKey: 'k1', platform: 'bigbluebutton', roomTitle: 'Maths 4e B', startedAt: m(0) });
    await stores.sessions.append(a.id, log.map(toPersisted) as never);
    const hub = { state: () => ({ room: { sessionId: a.id }, computedAt: 0 }) as unknown as PanelState, command: () => undefined, act: async () => ({ status: 'done' as const }), startManual: () => undefined };
    const template = defaultTemplates('fr')[0]!;
    renderWithI18n(() => <ReviewView stores={stores} hub={hub} template={() => template} now={() => m(30)} />);
    await waitFor(() => expect(screen.getByTestId('report-title').textContent).toBe('Maths 4e B'));
    const steps = screen.getByTestId('report-checklists');
    expect(steps.querySelector('[data-step-id="couper-tous-micros"]')!.textContent).toBe('Couper tous les micros : fait (confirmé)');
    expect(steps.querySelector('[data-step-id="verrouiller-micros"]')!.getAttribute('data-outcome')).toBe('pending');
  });

  it('shows the agenda the class ran, never the template’s when the class set none', async () => {
    const stores = createPanelStores(await openModeratoDb(`review-test-${++dbCount}`));
    const a = await stores.sessions.create({ roomKey: 'k1', platform: 'bigbluebutton', roomTitle: 'Maths 4e B', startedAt: m(0) });
    await stores.sessions.append(a.id, log.filter((event) => !event.type.startsWith('agenda.')).map(toPersisted) as never);
    const hub = { state: () => ({ room: { sessionId: a.id }, computedAt: 0 }) as unknown as PanelState, command: () => undefined, act: async () => ({ status: 'done' as const }), startManual: () => undefined };
    const template = defaultTemplates('fr')[0]!;
    expect(template.agenda.length).toBeGreaterThan(0);
    renderWithI18n(() => <ReviewView stores={stores} hub={hub} template={() => template} now={() => m(30)} />);
    await waitFor(() => expect(screen.getByTestId('report-title').textContent).toBe('Maths 4e B'));
    expect(screen.queryByTestId('report-agenda')).toBeNull();
    // The template still names the checklist steps.
    expect(screen.getByTestId('report-checklists').textContent).toContain('Couper tous les micros');
  });

  it('saves the retention setting and applies it', async () => {
    const stores = createPanelStores(await openModeratoDb(`review-test-${++dbCount}`));
    const old = await stores.sessions.create({ roomKey: 'k', platform: 'bigbluebutton', roomTitle: 'Old', startedAt: m(0) });
    renderWithI18n(() => <ReviewView stores={stores} hub={null} now={() => m(0) + 40 * 24 * 60 * MINUTE} />);
    const input = (await screen.findByTestId('retention-days')) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('90'));
    fireEvent.input(input, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: t.retSave }));
    await waitFor(() => expect(screen.getByTestId('retention-message').textContent).toBe(t.retSaved));
    expect(await stores.sessions.retentionDays()).toBe(30);
    expect(await stores.sessions.get(old.id)).toBeUndefined();
  });
});
