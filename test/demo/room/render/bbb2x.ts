/**
 * BigBlueButton 2.6 / 2.7 (Meteor client): react-virtualized user list (overscan 30) and chat
 * (overscan 0) where consecutive messages of one sender share one "time window" item,
 * react-toggle lock switches (checked = locked). 2.6 shows a raised hand as the `raiseHand`
 * emoji status; 2.7 has a separate raise-hand field.
 */
import { orderFor2x, type ChatMessage, type LockSettings, type Participant, type RoomModel } from '../model';
import { avatarColor, formatTime, h, initials } from './dom';
import { createContext, type RenderContext, type RenderOptions, type RoomView } from './context';
import { batchRenders, buildChatForm, buildChatHeader, buildFrame, mountToastContainer, renderOwnHandButton, renderRaiseHandToast, renderTalkingIndicator } from './shared';
import { buildManageUsersMenu } from './moderator';
import { createVirtualList } from './virtual';
import { avatarStateClasses } from './bbb30';

const USER_ROW_HEIGHT = 48;
const USER_OVERSCAN = 30;
const CHAT_OVERSCAN = 0;
/** Rough characters per line in the 340-px chat column, to size rows as CellMeasurer would. */
const CHARS_PER_LINE = 40;

export function mountBbb2x(doc: Document, model: RoomModel, options: RenderOptions & { version: '2.6' | '2.7' }): RoomView {
  const ctx = createContext(doc, model, options);
  const { labels } = ctx;
  const frame = buildFrame(ctx);
  const menu = buildManageUsersMenu(ctx);
  const { toastContainer, toastSlot } = mountToastContainer(doc);

  // --- user list
  const title = h(doc, 'h2', { class: 'users-title' });
  const users = createVirtualList(doc, { overscan: USER_OVERSCAN, fallbackHeight: ctx.options.fallbackViewportHeight });
  frame.userListContent.append(
    h(doc, 'div', { class: 'panel-section chat-list-entry' }, labels.publicChat),
    h(
      doc,
      'div',
      { 'data-test': ctx.t('userList'), class: 'user-list', style: 'display:flex;flex-direction:column;flex:1;min-height:0' },
      h(doc, 'div', { class: 'users-title-row' }, title, menu.trigger),
      h(doc, 'div', { id: 'user-list-virtualized-scroll', role: 'region', 'aria-label': labels.usersListAria, tabindex: 0, class: 'user-list-scroll' }, users.scroller),
    ),
  );
  const renderUsers = () => {
    const list = orderFor2x(model.participants.values());
    title.textContent = `${labels.usersTitle} (${list.length})`;
    const locked = anyViewerLock(model.lockSettings);
    users.setRows(
      list.map((p) => ({
        key: p.id,
        height: USER_ROW_HEIGHT,
        signature: JSON.stringify([p.name, p.role, p.presenter, p.you, p.raiseHandTime !== null, p.talking, p.audio, p.muted, p.webcam, p.away, locked]),
        build: () => userItem(ctx, p, locked),
      })),
    );
  };

  // --- chat
  frame.chatPanel.append(buildChatHeader(ctx));
  const chat = createVirtualList(doc, { overscan: CHAT_OVERSCAN, fallbackHeight: ctx.options.fallbackViewportHeight - 120, stickToBottom: true });
  const chatMessages = h(doc, 'div', { 'data-test': ctx.t('chatMessages'), 'aria-live': 'polite', class: 'chat-scroll' }, h(doc, 'div', { class: 'autosizer', style: 'overflow:visible;height:100%;width:100%' }, chat.scroller));
  frame.chatPanel.append(chatMessages, buildChatForm(ctx));
  let chatStarted = false;
  const renderChat = () => {
    chat.setRows(timeWindows(model.messages).map((w) => windowRow(ctx, w)));
    if (!chatStarted) {
      chatStarted = true;
      chat.scrollToBottom();
    }
  };

  const { flush, stop: unsubscribe } = batchRenders(model, (dirty) => {
    if (dirty.has('users') || dirty.has('locks') || dirty.has('meeting')) {
      renderUsers();
      renderRaiseHandToast(ctx, toastSlot);
      renderTalkingIndicator(ctx, frame.talkingSlot);
      renderOwnHandButton(ctx, frame.actionsBar);
    }
    if (dirty.has('meeting')) menu.render();
    if (dirty.has('chat')) renderChat();
  });

  return {
    flush,
    revealUserPage() {},
    scrollUsersTo: (index) => users.scrollToIndex(index),
    scrollChatTo(where) {
      if (where === 'bottom') chat.scrollToBottom();
      else if (where === 'top') chat.scrollTo(0);
      else chat.scrollToIndex(where);
    },
    destroy() {
      unsubscribe();
      menu.destroy();
      toastContainer.remove();
    },
  };
}

/** Viewers get the "Verrouillé" sub-label while any lock applies to them. */
function anyViewerLock(settings: LockSettings): boolean {
  return settings.disableCam || settings.disableMic || settings.disablePublicChat || settings.disablePrivateChat || settings.disableNotes || settings.hideUserList;
}

/** The `emoji` status the 2.x item's aria-label carries (2.7 keeps the hand in its own field). */
function emojiStatus(ctx: RenderContext, p: Participant): string {
  if (p.raiseHandTime !== null && ctx.options.version === '2.6') return 'raiseHand';
  return p.away ? 'away' : 'none';
}

function userItem(ctx: RenderContext, p: Participant, locked: boolean): HTMLElement {
  const { doc, labels, options } = ctx;
  let content: Node | string = initials(p.name);
  if (p.raiseHandTime !== null) {
    content = options.version === '2.6'
      ? h(doc, 'i', { class: 'icon-bbb-hand' })
      : h(doc, 'em-emoji', { native: '✋', size: '1.3em' }, h(doc, 'span', {}, '✋'));
  } else if (p.away) {
    content = h(doc, 'i', { class: 'icon-bbb-time' });
  }
  const avatar = h(
    doc,
    'div',
    {
      class: avatarStateClasses(p),
      'aria-hidden': 'true',
      'data-test': ctx.t(p.role === 'moderator' ? 'moderatorAvatar' : 'viewerAvatar'),
      'data-test-presenter': p.presenter ? '' : null,
      style: `background-color:${avatarColor(p.id)}`,
    },
    p.talking && h(doc, 'div', { class: 'talking-pulse' }),
    content,
  );
  const subLabels: string[] = [];
  if (p.webcam) subLabels.push(labels.webcam);
  if (locked && p.role === 'viewer') subLabels.push(`🔒 ${labels.locked}`);
  if (p.role === 'moderator') subLabels.push(labels.moderator);
  const ariaLabel = `${p.name} ${p.presenter ? labels.presenter : ''} ${p.you ? labels.you : ''} ${labels.statusWord} ${emojiStatus(ctx, p)}`;
  const item = h(
    doc,
    'div',
    { 'data-test': ctx.t(p.you ? 'userListItemCurrent' : 'userListItem'), class: 'user-item' },
    avatar,
    h(
      doc,
      'div',
      { role: 'button', tabindex: 0, 'aria-label': ariaLabel, 'aria-expanded': 'false', class: 'user-name' },
      h(doc, 'span', { class: 'user-name-main' }, h(doc, 'span', { class: 'name' }, p.name), p.you && ' ', p.you && h(doc, 'i', {}, `(${labels.you})`)),
      subLabels.length > 0 && h(doc, 'span', { class: 'sub-labels', 'aria-hidden': 'true' }, subLabels.join(' | ')),
    ),
  );
  return h(doc, 'div', { role: 'button', tabindex: -1, class: 'menu-wrapper' }, item);
}

/** One item of the 2.x chat: the welcome, a system notice, or a run of one sender's messages. */
export type TimeWindow =
  | { kind: 'welcome' }
  | { kind: 'system'; message: ChatMessage }
  | { kind: 'user'; messages: ChatMessage[] };

/** 2.x has no presenter / away rows in the chat; consecutive messages of one sender are grouped. */
export function timeWindows(messages: readonly ChatMessage[]): TimeWindow[] {
  const windows: TimeWindow[] = [{ kind: 'welcome' }];
  for (const m of messages) {
    if (m.type === 'userIsPresenterMsg' || m.type === 'userAwayStatusMsg') continue;
    if (m.type !== 'default') {
      windows.push({ kind: 'system', message: m });
      continue;
    }
    const last = windows[windows.length - 1]!;
    if (last.kind === 'user' && last.messages[0]!.senderId === m.senderId) last.messages.push(m);
    else windows.push({ kind: 'user', messages: [m] });
  }
  return windows;
}

const lines = (text: string) => Math.max(1, Math.ceil(text.length / CHARS_PER_LINE));

function windowRow(ctx: RenderContext, w: TimeWindow) {
  const { doc, labels, model, options } = ctx;
  if (w.kind === 'welcome') {
    return {
      key: 'welcome',
      height: 56,
      signature: model.meetingName,
      build: () => {
        const p = h(doc, 'p', { 'data-test': 'chatWelcomeMessageText' });
        p.innerHTML = labels.welcome(escapeHtml(model.meetingName));
        return h(doc, 'div', { class: 'time-window system' }, h(doc, 'div', { class: 'messages' }, p));
      },
    };
  }
  if (w.kind === 'system') {
    const testId = w.message.type === 'publicChatHistoryCleared' ? 'chatClearMessageText' : w.message.type === 'poll' ? 'chatPollMessageText' : null;
    const text = w.message.type === 'publicChatHistoryCleared' ? labels.chatCleared : w.message.text;
    return {
      key: w.message.id,
      height: 18 * lines(text) + 20,
      signature: text,
      build: () => h(doc, 'div', { class: 'time-window system' }, h(doc, 'div', { class: 'messages' }, h(doc, 'p', { 'data-test': testId }, text))),
    };
  }
  const first = w.messages[0]!;
  const height = 34 + w.messages.reduce((sum, m) => sum + 18 * lines(m.text) + 4, 0);
  return {
    key: first.id,
    height,
    signature: w.messages.map((m) => m.id).join(','),
    build: () =>
      h(
        doc,
        'div',
        { class: 'time-window' },
        h(doc, 'div', { class: 'avatar', style: `background-color:${avatarColor(first.senderId ?? '')}` }, initials(first.senderName)),
        h(
          doc,
          'div',
          { class: 'content' },
          h(
            doc,
            'div',
            { class: 'meta' },
            h(doc, 'div', { class: 'name' }, h(doc, 'span', {}, first.senderName)),
            h(doc, 'time', { datetime: new Date(first.time).toISOString() }, formatTime(first.time, options.locale, options.timeZone)),
          ),
          h(doc, 'div', { class: 'messages' }, w.messages.map((m) => h(doc, 'p', { 'data-test': ctx.t('chatUserMessageText') }, m.text))),
        ),
      ),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
