import { createResource, Show } from 'solid-js';
import { fill } from '../../../core/i18n/messages';
import { matchPlannedClass, type PlannedClass } from '../../../core/templates/planMatch';
import type { Template } from '../../../core/templates/schema';
import { Icon } from '../../icons';
import { useT } from '../../i18n';

export interface PlanOfferProps {
  /** The moderator's planned classes. */
  plans: () => Promise<readonly PlannedClass[]>;
  templates: () => readonly Template[];
  /** The address of the room's tab (null when the panel cannot read it). */
  roomUrl: () => Promise<string | null>;
  now?: () => number;
  /** Sets the plan's agenda and starts the timer on its first item. */
  onUse: (plan: PlannedClass, template: Template) => void;
}

const MINUTE = 60_000;

/** "Séance planifiée reconnue": the class planned for this room, its agenda one click away. */
export function PlanOffer(props: PlanOfferProps) {
  const t = useT();
  const [found] = createResource(async () => {
    const [plans, url] = await Promise.all([props.plans(), props.roomUrl()]);
    return url === null ? null : { plans, url };
  });
  const match = () => {
    const data = found();
    if (!data) return null;
    const templateOf = (plan: PlannedClass) => props.templates().find((template) => template.id === plan.templateId);
    const matched = matchPlannedClass(data.plans, data.url, props.now?.() ?? Date.now(), (plan) => (templateOf(plan)?.slotMinutes ?? 60) * MINUTE);
    const template = matched ? templateOf(matched.plan) : undefined;
    return matched && template && template.agenda.length > 0 ? { ...matched, template } : null;
  };
  return (
    <Show when={match()}>
      {(offer) => (
        <section class="plan-offer" data-testid="plan-offer" data-plan-id={offer().plan.id} data-by={offer().by} aria-labelledby="plan-offer-heading">
          <h2 id="plan-offer-heading">{t.planOfferTitle}</h2>
          <p data-testid="plan-offer-source">
            {fill(offer().by === 'link' ? t.planOfferByLink : t.planOfferByTime, { title: offer().plan.title, template: offer().template.name })}
          </p>
          <button type="button" class="primary" data-testid="plan-offer-use" onClick={() => props.onUse(offer().plan, offer().template)}>
            <Icon name="play" /> {fill(t.planOfferUse, { n: offer().template.agenda.length })}
          </button>
        </section>
      )}
    </Show>
  );
}
