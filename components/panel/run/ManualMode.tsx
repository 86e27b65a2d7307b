import { createSignal, For, Show, type Accessor } from 'solid-js';
import type { PanelState, SessionCommand } from '../../../core/protocol';
import { sameName } from '../../../core/session';
import { useT } from '../../i18n';

export interface ManualStartProps {
  start(title: string): void;
}

/** Offered when Moderato cannot read the tab: run the session by hand instead. */
export function ManualStart(props: ManualStartProps) {
  const t = useT();
  const [title, setTitle] = createSignal('');
  return (
    <form
      class="manual-start"
      data-testid="manual-start-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.start(title());
      }}
    >
      <p class="muted">{t.manualHelp}</p>
      <label for="manual-title">{t.manualTitleLabel}</label>
      <input id="manual-title" data-testid="manual-title" value={title()} onInput={(event) => setTitle(event.currentTarget.value)} />
      <button type="submit" class="primary" data-testid="manual-start">{t.manualStart}</button>
    </form>
  );
}

export interface ManualAttendanceProps {
  state: Accessor<PanelState | null>;
  command(command: SessionCommand): void;
}

/** One name per line, as pasted from a class list or a spreadsheet column. */
export function namesFromPaste(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/[;\t]/)[0]!.trim())
    .filter((name) => name !== '' && name.length <= 200);
}

/** Manual attendance: paste the class list, then tick arrivals and departures. */
export function ManualAttendance(props: ManualAttendanceProps) {
  const t = useT();
  const [expected, setExpected] = createSignal<string[]>([]);
  const [paste, setPaste] = createSignal('');
  const present = () => props.state()?.participants ?? [];
  const presentAs = (name: string) => present().find((person) => sameName(person.name, name));
  const names = () => {
    const all = [...expected()];
    for (const person of present()) if (!all.some((name) => sameName(name, person.name))) all.push(person.name);
    return all;
  };
  const addPasted = () => {
    const pasted = namesFromPaste(paste());
    setExpected((list) => [...list, ...pasted.filter((name) => !list.some((known) => sameName(known, name)))]);
    setPaste('');
  };
  return (
    <section aria-labelledby="manual-attendance-heading" class="manual-attendance" data-testid="manual-attendance">
      <h2 id="manual-attendance-heading">{t.manualAttendanceTitle}</h2>
      <label for="manual-roster">{t.manualPasteLabel}</label>
      <textarea id="manual-roster" data-testid="manual-roster" rows={4} value={paste()} onInput={(event) => setPaste(event.currentTarget.value)} />
      <button type="button" data-testid="manual-roster-add" disabled={paste().trim() === ''} onClick={addPasted}>
        {t.manualPasteAdd}
      </button>
      <ul class="manual-people" data-testid="manual-people">
        <For each={names()}>
          {(name) => (
            <li data-testid="manual-person" data-present={presentAs(name) !== undefined}>
              <span class="name">{name}</span>{' '}
              <Show
                when={presentAs(name)}
                fallback={
                  <button type="button" data-testid="manual-arrived" onClick={() => props.command({ type: 'attendance.arrived', name })}>
                    {t.manualArrived}
                  </button>
                }
              >
                {(person) => (
                  <button type="button" data-testid="manual-left" onClick={() => props.command({ type: 'attendance.left', participantId: person().id })}>
                    {t.manualLeft}
                  </button>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
