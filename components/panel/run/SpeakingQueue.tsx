import { createSignal, For, Show, type Accessor } from 'solid-js';
import type { PanelState, SessionCommand } from '../../../core/protocol';
import { sameName } from '../../../core/session/names';
import { fill } from '../../../core/i18n/messages';
import { Icon } from '../../icons';
import { reconciledList } from '../../reconciled';
import { useT } from '../../i18n';

export interface SpeakingQueueProps {
  state: Accessor<PanelState | null>;
  command: (command: SessionCommand) => void;
}

/**
 * Who waits for the floor, in order, and adding someone by hand. Who speaks, who is next and the
 * button that gives the floor are in the "now" strip. Names are page text: text nodes only.
 */
export function SpeakingQueue(props: SpeakingQueueProps) {
  const t = useT();
  const queue = () => props.state()?.queue ?? null;
  const waiting = reconciledList(() => queue()?.waiting ?? [], 'entryId');
  const [name, setName] = createSignal('');

  const add = () => {
    const typed = name().trim();
    if (typed === '') return;
    // A typed name that matches someone in the room is queued as that person (no double entry).
    const match = props.state()?.participants.find((person) => !person.you && sameName(person.name, typed));
    props.command(match ? { type: 'queue.add', name: match.name, participantId: match.id } : { type: 'queue.add', name: typed });
    setName('');
  };

  return (
    <div class="queue" data-testid="queue">
      <Show when={queue()?.speaking}>
        {(turn) => (
          <p class="queue-current">
            {fill(t.queueNowSpeaking, { name: turn().name })}{' '}
            <button type="button" class="small" data-testid="queue-skip-speaker" aria-label={fill(t.queueSkipName, { name: turn().name })} onClick={() => props.command({ type: 'queue.skipped', entryId: turn().entryId })}>
              {t.queueSkip}
            </button>
          </p>
        )}
      </Show>
      <h3>{t.queueWaiting} <span class="badge" data-testid="queue-count">{waiting().length}</span></h3>
      <ol class="queue-waiting" data-testid="queue-waiting">
        <For each={waiting()} fallback={<li class="muted">{t.queueEmpty}</li>}>
          {(entry, index) => {
            const suggested = () => queue()?.suggestedNext?.entryId === entry.entryId;
            return (
              <li data-testid="queue-entry" data-entry-id={entry.entryId} data-suggested={suggested()} classList={{ suggested: suggested() }}>
                <span class="name" data-testid="queue-entry-name">{entry.name}</span>{' '}
                <span class="tag" data-testid="queue-entry-source">
                  {entry.source === 'hand' ? <><Icon name="hand" size={14} /> {t.queueSourceHand}</> : t.queueSourceManual}
                </span>
                <Show when={entry.skipped}> <span class="tag" data-testid="queue-entry-skipped">{t.queueSkippedOnce}</span></Show>
                <Show when={suggested()}> <span class="tag suggested-tag">{t.queueSuggested}</span></Show>
                <span class="row-buttons">
                  <button type="button" data-testid="queue-give" aria-label={fill(t.queueGiveFloorTo, { name: entry.name })} onClick={() => props.command({ type: 'queue.floorGiven', entryId: entry.entryId })}>
                    <Icon name="giveFloor" size={14} /> {t.queueGiveFloor}
                  </button>
                  <button type="button" data-testid="queue-up" aria-label={fill(t.queueMoveUp, { name: entry.name })} disabled={index() === 0} onClick={() => props.command({ type: 'queue.moved', entryId: entry.entryId, toIndex: index() - 1 })}>
                    <Icon name="up" size={14} />
                  </button>
                  <button type="button" data-testid="queue-down" aria-label={fill(t.queueMoveDown, { name: entry.name })} disabled={index() === waiting().length - 1} onClick={() => props.command({ type: 'queue.moved', entryId: entry.entryId, toIndex: index() + 1 })}>
                    <Icon name="down" size={14} />
                  </button>
                  <button type="button" data-testid="queue-remove" aria-label={fill(t.queueRemoveName, { name: entry.name })} onClick={() => props.command({ type: 'queue.removed', entryId: entry.entryId })}>{t.queueRemove}</button>
                  <button type="button" data-testid="queue-skip" aria-label={fill(t.queueSkipName, { name: entry.name })} onClick={() => props.command({ type: 'queue.skipped', entryId: entry.entryId })}>{t.queueSkip}</button>
                </span>
              </li>
            );
          }}
        </For>
      </ol>

      <form
        class="queue-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label>
          {t.queueAddLabel}{' '}
          <input type="text" data-testid="queue-add-input" value={name()} onInput={(event) => setName(event.currentTarget.value)} />
        </label>{' '}
        <button type="submit" data-testid="queue-add" disabled={name().trim() === ''}>{t.queueAdd}</button>
      </form>
    </div>
  );
}
