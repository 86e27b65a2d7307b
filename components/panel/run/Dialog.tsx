import { onCleanup, onMount, type JSX } from 'solid-js';

export interface DialogProps {
  labelledBy: string;
  onClose: () => void;
  children: JSX.Element;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog over the panel: focus moves into it (to `[data-autofocus]` or the first field),
 * stays inside it (Tab wraps), Escape closes it, and focus returns where it was.
 */
export function Dialog(props: DialogProps) {
  let box!: HTMLDivElement;
  const before = document.activeElement as HTMLElement | null;
  const focusables = () => [...box.querySelectorAll<HTMLElement>(FOCUSABLE)];
  onMount(() => (box.querySelector<HTMLElement>('[data-autofocus]') ?? focusables()[0])?.focus());
  onCleanup(() => before?.focus?.());
  const keydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const list = focusables();
    const first = list[0];
    const last = list[list.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  return (
    <div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby={props.labelledBy} ref={box} onKeyDown={keydown}>
        {props.children}
      </div>
    </div>
  );
}
