import { Show, type JSX } from 'solid-js';
import { createPersistedSignal, isBoolean } from '../../persisted';
import { Icon } from '../../icons';

/** Which sections of Animer are folded, remembered across panel openings. */
export interface Folds {
  isOpen(id: string): boolean;
  setOpen(id: string, open: boolean): void;
}

export function createFolds(defaults: Record<string, boolean>): Folds {
  const signals = new Map(Object.entries(defaults).map(([id, open]) => [id, createPersistedSignal(`fold.${id}`, open, isBoolean)]));
  return {
    isOpen: (id) => signals.get(id)?.[0]() ?? true,
    setOpen: (id, open) => signals.get(id)?.[1](open),
  };
}

export interface FoldProps {
  id: string;
  folds: Folds;
  title: string;
  /** Shown next to the title, folded or not (a count). */
  badge?: JSX.Element;
  testId?: string;
  children: JSX.Element;
}

/**
 * A section of Animer that folds under its heading. Folded content stays in the document
 * (`hidden`), so what it holds keeps its state and is not rebuilt on unfolding.
 */
export function Fold(props: FoldProps) {
  const open = () => props.folds.isOpen(props.id);
  return (
    <section class="fold" id={`section-${props.id}`} aria-labelledby={`fold-${props.id}`} data-testid={props.testId} data-open={open()}>
      <h2 class="fold-heading">
        <button
          type="button"
          id={`fold-${props.id}`}
          class="fold-toggle"
          aria-expanded={open()}
          aria-controls={`fold-body-${props.id}`}
          onClick={() => props.folds.setOpen(props.id, !open())}
        >
          <Icon name={open() ? 'chevronDown' : 'chevronRight'} />
          <span>{props.title}</span>
          <Show when={props.badge}>{props.badge}</Show>
        </button>
      </h2>
      <div class="fold-body" id={`fold-body-${props.id}`} hidden={!open()}>
        {props.children}
      </div>
    </section>
  );
}
