import { createResource, createSignal, For, Show } from 'solid-js';
import type { MessageKey } from '../../../core/i18n/messages';
import type { PlanRecord } from '../../../background/storage/schema';
import { planProblems, type PlanProblem, type PlanRepository } from '../../../background/storage/plans';
import type { Template } from '../../../core/templates';
import { useT } from '../../i18n';

export interface PlanClassProps {
  templates: () => readonly Template[];
  plans: PlanRepository;
  onPlansChanged?: (plans: PlanRecord[]) => void;
  /** Copies text (navigator.clipboard in the panel). */
  copy?: (text: string) => Promise<void>;
  newId?: () => string;
}

const PROBLEM_KEYS: Record<PlanProblem, MessageKey> = {
  'no-template': 'planNoTemplate',
  'title-empty': 'planNoTitle',
  'title-too-long': 'planNoTitle',
  'bad-start': 'planBadDate',
  'bad-participants-link': 'planBadLink',
  'bad-moderator-link': 'planBadModeratorLink',
};

/** Local date and time fields → epoch ms (NaN when incomplete). */
export function localDateTime(date: string, time: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return Number.NaN;
  return new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2])).getTime();
}

const shown = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Planifier une séance": a template, a date and time, the links; a reminder 15 min before. */
export function PlanClass(props: PlanClassProps) {
  const t = useT();
  const [templateId, setTemplateId] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [date, setDate] = createSignal('');
  const [time, setTime] = createSignal('');
  const [link, setLink] = createSignal('');
  const [moderatorLink, setModeratorLink] = createSignal('');
  const [problems, setProblems] = createSignal<PlanProblem[]>([]);
  const [message, setMessage] = createSignal<string | null>(null);
  /** The plan being edited (its id is kept on save), null for a new one. */
  const [editingId, setEditingId] = createSignal<string | null>(null);
  const [plans, { refetch }] = createResource(() => props.plans.list());
  const chosen = () => templateId() || props.templates()[0]?.id || '';
  const copy = props.copy ?? ((text: string) => navigator.clipboard.writeText(text));

  const changed = async () => {
    const list = (await refetch()) ?? [];
    props.onPlansChanged?.(list);
  };

  const pickTemplate = (id: string) => {
    setTemplateId(id);
    const template = props.templates().find((t) => t.id === id);
    if (template?.links.participants && link() === '') setLink(template.links.participants);
    if (template?.links.moderator && moderatorLink() === '') setModeratorLink(template.links.moderator);
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const template = props.templates().find((t) => t.id === chosen());
    const plan: PlanRecord = {
      id: editingId() ?? props.newId?.() ?? crypto.randomUUID(),
      templateId: chosen(),
      title: title().trim() || template?.name || '',
      startsAt: localDateTime(date(), time()),
      participantsLink: link().trim(),
      moderatorLink: moderatorLink().trim(),
    };
    const found = planProblems(plan);
    setProblems(found);
    if (found.length > 0) return setMessage(null);
    await props.plans.put(plan);
    setMessage(t.planSaved);
    setTitle('');
    setEditingId(null);
    await changed();
  };

  const edit = (plan: PlanRecord) => {
    const at = new Date(plan.startsAt);
    const pad = (n: number) => String(n).padStart(2, '0');
    setEditingId(plan.id);
    setTemplateId(plan.templateId);
    setTitle(plan.title);
    setDate(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`);
    setTime(`${pad(at.getHours())}:${pad(at.getMinutes())}`);
    setLink(plan.participantsLink);
    setModeratorLink(plan.moderatorLink);
    setMessage(null);
  };

  const copyLink = async (text: string) => {
    try {
      await copy(text);
      setMessage(t.planCopied);
    } catch {
      setMessage(t.planCopyFailed);
    }
  };

  return (
    <section aria-labelledby="plan-heading" class="plan" data-testid="plan-class">
      <h2 id="plan-heading">{t.planTitle}</h2>
      <form onSubmit={(e) => void save(e)}>
        <label>
          {t.planTemplate}
          <select data-testid="plan-template" value={chosen()} onChange={(e) => pickTemplate(e.currentTarget.value)}>
            <For each={props.templates()}>{(template) => <option value={template.id}>{template.name}</option>}</For>
          </select>
        </label>
        <label>
          {t.planName}
          <input data-testid="plan-title" value={title()} placeholder={props.templates().find((t) => t.id === chosen())?.name ?? ''} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          {t.planDate}
          <input data-testid="plan-date" type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label>
          {t.planTime}
          <input data-testid="plan-time" type="time" value={time()} onInput={(e) => setTime(e.currentTarget.value)} />
        </label>
        <label>
          {t.planParticipantsLink}
          <input data-testid="plan-link" type="url" value={link()} onInput={(e) => setLink(e.currentTarget.value)} />
        </label>
        <button type="button" data-testid="plan-copy-link" disabled={link().trim() === ''} onClick={() => void copyLink(link().trim())}>
          {t.planCopyLink}
        </button>
        <label>
          {t.planModeratorLink}
          <input data-testid="plan-moderator-link" type="url" value={moderatorLink()} onInput={(e) => setModeratorLink(e.currentTarget.value)} />
        </label>
        <Show when={problems().length > 0}>
          <ul class="warning" role="alert" data-testid="plan-problems">
            <For each={[...new Set(problems().map((p) => PROBLEM_KEYS[p]))]}>{(key) => <li>{t[key]}</li>}</For>
          </ul>
        </Show>
        <button type="submit" class="primary" data-testid="plan-save">{t.planSave}</button>
      </form>
      <Show when={message()}>
        <p role="status" class="ok" data-testid="plan-message">{message()}</p>
      </Show>
      <h3>{t.planList}</h3>
      <ul data-testid="plans">
        <For each={plans() ?? []} fallback={<li class="muted">{t.planNone}</li>}>
          {(plan) => (
            <li data-plan-id={plan.id}>
              <strong>{plan.title}</strong> — {shown.format(plan.startsAt)}{' '}
              <button type="button" onClick={() => void copyLink(plan.participantsLink)}>{t.planCopyLink}</button>{' '}
              <button type="button" onClick={() => edit(plan)}>{t.tplEdit}</button>{' '}
              <button type="button" onClick={() => void props.plans.delete(plan.id).then(changed)}>{t.planDelete}</button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
