import { createMemo, createSignal, For, Show, type Accessor } from 'solid-js';
import type { PanelState } from '../../../core/protocol';
import { filterCounts, filterPeople, personRows, type PeopleFilter, type PersonRow } from '../../../core/session/participantRows';
import { fill } from '../../../core/i18n/messages';
import { formatClock, formatMinSec } from '../../time';
import { reconciledList } from '../../reconciled';
import { Icon } from '../../icons';
import { useT } from '../../i18n';

export interface ParticipantsListProps {
  state: Accessor<PanelState | null>;
}

const FILTERS: PeopleFilter[] = ['all', 'hand', 'silent', 'left'];

/**
 * Everyone seen in the room, once: live tags, turns and talk time, arrival and departure. Filters
 * (all · hand raised · not yet spoken · left) and a search replace the separate lists. Names come
 * from the page: text nodes only.
 */
export function ParticipantsList(props: ParticipantsListProps) {
  const t = useT();
  const [filter, setFilter] = createSignal<PeopleFilter>('all');
  const [search, setSearch] = createSignal('');
  const all = createMemo(() => personRows(props.state()?.participants ?? [], props.state()?.attendance ?? null, props.state()?.queue ?? null));
  const counts = createMemo(() => filterCounts(all()));
  const rows = reconciledList(() => filterPeople(all(), filter(), search()), 'key');
  const filterLabel = (which: PeopleFilter) =>
    ({ all: t.peopleFilterAll, hand: t.peopleFilterHand, silent: t.peopleFilterSilent, left: t.peopleFilterLeft })[which];

  return (
    <div class="people" data-testid="people">
      <div class="people-tools">
        <div class="segmented" role="group" aria-label={t.peopleFilterLabel}>
          <For each={FILTERS}>
            {(which) => (
              <button type="button" data-testid={`people-filter-${which}`} aria-pressed={filter() === which} onClick={() => setFilter(which)}>
                {filterLabel(which)} <span class="count">{counts()[which]}</span>
              </button>
            )}
          </For>
        </div>
        <label class="search">
          <Icon name="search" />
          <span class="visually-hidden">{t.peopleSearch}</span>
          <input type="search" data-testid="people-search" placeholder={t.peopleSearch} value={search()} onInput={(event) => setSearch(event.currentTarget.value)} />
        </label>
      </div>
      {/* Its own scrolling area (reachable by keyboard): a class of thirty does not push the page down. */}
      <ul class="participants" data-testid="participants" tabindex="0" aria-label={t.participants}>
        <For each={rows()} fallback={<li class="muted">{t.peopleNone}</li>}>
          {(row) => <PersonItem row={row} />}
        </For>
      </ul>
    </div>
  );
}

function PersonItem(props: { row: PersonRow }) {
  const t = useT();
  const row = () => props.row;
  return (
    <li data-testid="attendance-row" data-key={row().key} data-present={row().present} data-late={row().late} classList={{ absent: !row().present, talking: row().talking }}>
      <div class="person-line">
        <span class="name" data-testid="attendance-label">{row().name}</span>
        <Show when={row().you}> <span class="tag">{t.you}</span></Show>
        <Show when={row().moderator}> <span class="tag" data-testid="attendance-moderator">{t.moderator}</span></Show>
        <Show when={row().presenter}> <span class="tag">{t.presenter}</span></Show>
        <Show when={row().handRaised}>
          {' '}
          <span class="tag hand" data-testid="person-hand"><Icon name="hand" size={14} /> {t.peopleHandTag}</span>
        </Show>
        <Show when={row().talking}>
          {' '}
          <span class="tag talking-tag"><Icon name="mic" size={14} /> {t.peopleTalkingTag}</span>
        </Show>
      </div>
      {/* Only the facts there are: "Pas encore parlé" is a filter, not a word on every row. */}
      <div class="person-facts muted">
        <Show when={row().turns > 0}>
          <span data-testid="person-turns">{fill(t.peopleTurns, { n: row().turns })}</span>
        </Show>
        <Show when={row().talkMs > 0}>
          <span data-testid="person-talk">{formatMinSec(row().talkMs)}</span>
        </Show>
        <Show when={row().arrivedAt !== null}>
          <span>
            {t.peopleArrived} <time data-testid="attendance-arrival">{formatClock(row().arrivedAt!)}</time>
            <Show when={row().late}> <span class="tag late" data-testid="attendance-late">{t.attendanceLate}</span></Show>
          </span>
        </Show>
        <Show when={row().leftAt !== null}>
          <span data-testid="attendance-departure">{t.peopleLeft} {formatClock(row().leftAt!)}</span>
        </Show>
        {/* Reconnections only: one interval is the usual case and says nothing. */}
        <Show when={row().intervals > 1}>
          <span>
            <span data-testid="attendance-intervals">{row().intervals}</span> {t.peopleIntervals}
          </span>
        </Show>
      </div>
    </li>
  );
}
