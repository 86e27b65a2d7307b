/**
 * Pieces of the room that look the same, or nearly, in every version: the page frame, the
 * nav-bar talking indicator, the moderator's raised-hands toast, the chat input.
 */
import type { Participant, RoomChange, RoomModel } from '../model';
import { ROOM_CSS } from './styles';
import { avatarColor, h, initials, reconcile } from './dom';
import type { RenderContext } from './context';

export interface Frame {
  /** Left panel: `div[data-test=userListContent]`. */
  userListContent: HTMLElement;
  /** Public chat panel. */
  chatPanel: HTMLElement;
  talkingSlot: HTMLElement;
  actionsBar: HTMLElement;
}

/** Title, `<html lang>`, `body.lang-xx`, stylesheet and the three columns of the client. */
/**
 * Model changes rendered together at the next microtask, as React batches state updates; `flush`
 * renders now; `schedule` marks a change the model does not announce. The first render happens at once.
 */
export function batchRenders(model: RoomModel, render: (dirty: ReadonlySet<RoomChange>) => void) {
  const dirty = new Set<RoomChange>(['users', 'chat', 'meeting']);
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    render(dirty);
    dirty.clear();
  };
  const schedule = (change: RoomChange) => {
    dirty.add(change);
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(flush);
    }
  };
  const stop = model.subscribe(schedule);
  flush();
  return { flush, schedule, stop };
}

export function buildFrame(ctx: RenderContext): Frame {
  const { doc, labels, model, options } = ctx;
  doc.title = `${labels.clientTitle} - ${model.meetingName}`;
  doc.documentElement.lang = options.locale;
  doc.documentElement.dir = 'ltr';
  doc.body.className = `lang-${options.locale}`;
  if (!doc.head.querySelector('style[data-room-css]')) {
    doc.head.append(h(doc, 'style', { 'data-room-css': true }, ROOM_CSS));
  }
  const userListContent = h(doc, 'div', { 'data-test': ctx.t('userListContent'), class: 'user-list-content', 'data-test-user-list-panel': true });
  const chatPanel = h(doc, 'section', { class: 'sidebar-content', 'aria-label': labels.publicChat });
  const talkingSlot = h(doc, 'div', { class: 'talking-slot' });
  const actionsBar = h(doc, 'section', { class: 'actionsbar', 'aria-label': 'Actions bar' });
  const app = h(
    doc,
    'div',
    { id: 'app' },
    h(doc, 'div', { class: 'sidebar-navigation' }, userListContent),
    chatPanel,
    h(
      doc,
      'div',
      { class: 'main' },
      h(doc, 'header', { class: 'navbar' }, h(doc, 'h1', {}, model.meetingName), talkingSlot),
      h(doc, 'div', { class: 'presentation' }, labels.presentation),
      actionsBar,
    ),
  );
  doc.body.append(app);
  return { userListContent, chatPanel, talkingSlot, actionsBar };
}

/** Nav bar: one button per participant talking or who talked recently (max 8, like BBB). */
export function renderTalkingIndicator(ctx: RenderContext, slot: HTMLElement): void {
  const { doc, labels, model } = ctx;
  const voices = [...model.participants.values()].filter((p) => p.talking || p.spoke).slice(0, 8);
  if (voices.length === 0) {
    slot.replaceChildren();
    return;
  }
  let wrapper = slot.firstElementChild as HTMLElement | null;
  if (!wrapper) {
    wrapper = h(doc, 'div', { 'data-test': ctx.t('talkingIndicator'), class: 'talking-indicator', 'aria-label': labels.talkingWrapper });
    slot.append(wrapper);
  }
  reconcile(
    wrapper,
    voices.map((p) => {
      const icon = p.talking ? 'unmute' : p.muted ? 'mute' : 'blank';
      return {
        key: p.id,
        signature: `${p.name}|${p.talking}|${icon}`,
        build: () =>
          h(
            doc,
            'button',
            {
              type: 'button',
              'data-test': ctx.t(p.talking ? 'isTalking' : 'wasTalking'),
              class: p.talking ? 'is-talking' : 'was-talking',
              'aria-label': p.talking ? labels.isTalking(p.name) : labels.wasTalking(p.name),
              'aria-describedby': 'description',
              onclick: () => model.setMuted(p.id, true),
            },
            h(doc, 'i', { class: `icon-bbb-${icon}` }),
            h(doc, 'span', {}, p.name),
          ),
      };
    }),
  );
}

const MAX_AVATAR_COUNT = 3;

/** react-toastify's root, mounted at the end of the body as 2.x and 3.0 do; the toasts go in its slot. */
export function mountToastContainer(doc: Document): { toastContainer: HTMLElement; toastSlot: HTMLElement } {
  const toastContainer = h(doc, 'div', { class: 'Toastify' }, h(doc, 'div', { class: 'Toastify__toast-container toast-container' }));
  doc.body.append(toastContainer);
  return { toastContainer, toastSlot: toastContainer.firstElementChild as HTMLElement };
}

/**
 * The moderator's raised-hands toast (react-toastify), first raised first; clicking an avatar
 * lowers that hand. 2.6's lower-all button has no data-test.
 */
export function renderRaiseHandToast(ctx: RenderContext, container: HTMLElement): void {
  const { doc, labels, model, options } = ctx;
  const hands = model.raisedHands();
  if (hands.length === 0) {
    container.replaceChildren();
    return;
  }
  const shown = hands.slice(0, MAX_AVATAR_COUNT);
  const names = shown.map((p) => p.name).join(', ') + (hands.length > MAX_AVATAR_COUNT ? ` +${hands.length - MAX_AVATAR_COUNT}` : '');
  const signature = hands.map((p) => `${p.id}:${p.name}`).join(',');
  const existing = container.querySelector('.raiseHandToast');
  if (existing?.getAttribute('data-signature') === signature) return;
  const toast = h(
    doc,
    'div',
    { class: 'Toastify__toast raiseHandToast', role: 'alert', 'data-signature': signature },
    h(
      doc,
      'div',
      { class: 'Toastify__toast-body' },
      h(
        doc,
        'div',
        { 'data-test': ctx.t('avatarsWrapper'), class: 'avatars-wrapper' },
        shown.map((p) => handAvatar(ctx, p, () => model.lowerHand(p.id))),
        hands.length > MAX_AVATAR_COUNT && h(doc, 'div', { class: 'avatar-count' }, `${hands.length - MAX_AVATAR_COUNT}+`),
      ),
      h(doc, 'div', { class: 'toast-title' }, labels.raisedHandsTitle),
      h(doc, 'div', { class: 'toast-message' }, hands.length === 1 ? labels.raisedHandDesc(names) : labels.raisedHandDescMany(names)),
      h(
        doc,
        'button',
        {
          type: 'button',
          'data-test': options.version === '2.6' ? null : ctx.t('raiseHandRejection'),
          onclick: () => model.lowerAllHands(),
        },
        labels.lowerHands,
      ),
    ),
  );
  container.replaceChildren(toast);
}

function handAvatar(ctx: RenderContext, p: Participant, lower: () => void): HTMLElement {
  const { doc, labels } = ctx;
  return h(
    doc,
    'div',
    {
      role: 'button',
      tabindex: 0,
      'data-test': ctx.t('avatarsWrapperAvatar'),
      class: 'avatar',
      style: `background-color:${avatarColor(p.id)}`,
      title: labels.lowerHandOf(p.name),
      'aria-label': labels.lowerHandOf(p.name),
      onclick: lower,
      onkeydown: (event) => (event as KeyboardEvent).key === 'Enter' && lower(),
    },
    initials(p.name),
  );
}

/**
 * `textarea#message-input` + send button, driven like React: the draft lives in JS and changes
 * only on `input` events, so writing `.value` without an event sends nothing.
 */
export function buildChatForm(ctx: RenderContext): HTMLElement {
  const { doc, labels, model } = ctx;
  let draft = '';
  const textarea = h(doc, 'textarea', {
    id: 'message-input',
    'aria-label': labels.chatInputLabel,
    placeholder: labels.chatPlaceholder,
    rows: 1,
    autocomplete: 'off',
    spellcheck: 'true',
    'aria-invalid': 'false',
  }) as HTMLTextAreaElement;
  const send = () => {
    const text = draft.trim();
    if (text) model.postChat('you', text);
    draft = '';
    textarea.value = '';
  };
  textarea.addEventListener('input', () => (draft = textarea.value));
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  return h(
    doc,
    'div',
    { class: 'chat-form' },
    textarea,
    h(doc, 'button', { type: 'button', 'data-test': ctx.t('sendMessageButton'), 'aria-label': labels.sendMessage, onclick: send }, '➤'),
  );
}

/** The chat panel header (same data-tests in every version). */
export function buildChatHeader(ctx: RenderContext): HTMLElement {
  const { doc, labels } = ctx;
  return h(
    doc,
    'header',
    { 'data-test': 'chatTitle', class: 'chat-header' },
    h(doc, 'span', {}, labels.publicChat),
    h(doc, 'button', { type: 'button', 'data-test': 'chatOptionsMenu', class: 'gear', 'aria-label': 'Options' }, '⋮'),
  );
}

/** Own raise-hand button of the actions bar, per version (2.6 button, 2.7 reactions item, 3.0 button). */
export function renderOwnHandButton(ctx: RenderContext, bar: HTMLElement): void {
  const { doc, labels, model, options } = ctx;
  const you = model.you();
  const raised = you?.raiseHandTime != null;
  const toggle = () => you && (raised ? model.lowerHand(you.id) : model.raiseHand(you.id));
  const label = raised ? labels.lowerHand : labels.raiseHand;
  let button: HTMLElement;
  if (options.version === '2.6') {
    button = h(doc, 'button', { type: 'button', 'data-test': raised ? 'lowerHandLabel' : 'raiseHandLabel', 'aria-label': label, accesskey: 'R', onclick: toggle }, '✋');
  } else if (options.version === '2.7') {
    button = h(doc, 'button', { type: 'button', 'data-test': 'reactionsButton', 'aria-label': label, onclick: toggle }, '✋');
  } else {
    button = h(doc, 'button', { type: 'button', 'data-test': raised ? 'lowerHandBtn' : 'raiseHandBtn', 'aria-label': label, accesskey: 'R', onclick: toggle }, '✋');
  }
  bar.replaceChildren(button);
}
