/**
 * BigBlueButton 3.0 (3.0.10 markup): user list in pages of 50 revealed when scrolled into view,
 * chat in pages of 50 with only the last two mounted, raised-hands toast (or the 3.0.17+
 * side-panel list), MUI lock switches (checked = allowed).
 */
import { orderFor30, type ChatMessage, type Participant } from '../model';
import { avatarColor, formatTime, h, initials, reconcile } from './dom';
import { createContext, type RenderContext, type RenderOptions, type RoomView } from './context';
import type { RoomModel } from '../model';
import { batchRenders, buildChatForm, buildChatHeader, buildFrame, mountToastContainer, renderOwnHandButton, renderRaiseHandToast, renderTalkingIndicator } from './shared';
import { buildManageUsersMenu } from './moderator';

export const PAGE_SIZE = 50;
/** Chat pages kept mounted at the tail. */
const MOUNTED_CHAT_PAGES = 2;
/** Older chat pages are dropped this long after coming back to the bottom. */
const CHAT_UNLOAD_DELAY_MS = 3000;

export function mountBbb30(doc: Document, model: RoomModel, options: Omit<RenderOptions, 'version'>): RoomView {
  const ctx = createContext(doc, model, { ...options, version: '3.0' });
  const { labels } = ctx;
  const frame = buildFrame(ctx);
  const menu = buildManageUsersMenu(ctx);
  const { toastContainer, toastSlot } = mountToastContainer(doc);

  // --- user list
  const handsPanelSlot = h(doc, 'div', { class: 'raised-hands-slot' });
  const count = h(doc, 'span', {});
  const title = h(doc, 'h2', { class: 'users-title' }, count);
  const ul = h(doc, 'ul', {});
  const listRoot = h(doc, 'div', { role: 'list', tabindex: 0, class: 'user-list-scroll' }, ul);
  frame.userListContent.append(
    h(doc, 'div', { class: 'panel-section chat-list-entry' }, labels.publicChat),
    handsPanelSlot,
    h(doc, 'div', { class: 'users-title-row' }, title, menu.trigger),
    listRoot,
  );
  const revealedPages = new Set<number>([0]);
  const observer = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const page = Number((entry.target as HTMLElement).dataset.page);
          if (!revealedPages.has(page)) {
            revealedPages.add(page);
            schedule('users');
          }
        }
      }, { root: listRoot })
    : null;

  const renderUsers = () => {
    const users = orderFor30(model.participants.values());
    const withAudio = users.filter((p) => p.audio !== 'none').length;
    if (!ctx.options.drift) {
      count.setAttribute('data-test-users-count', String(users.length));
      count.setAttribute('data-test-users-with-audio-count', String(withAudio));
    }
    count.textContent = `${labels.usersTitle} (${users.length})`;
    observer?.disconnect();
    const items = users.map((p, index) => {
      const page = Math.floor(index / PAGE_SIZE);
      if (!revealedPages.has(page)) {
        return { key: `skeleton-${index}`, signature: String(page), build: () => h(doc, 'li', { 'data-page': page, 'aria-hidden': 'true' }, h(doc, 'div', { class: 'skeleton' })) };
      }
      return {
        key: p.id,
        signature: userSignature(p),
        build: () => userItem(ctx, p, index),
        // Keyed by user, as in BBB: a row that moves keeps its node and only its position id changes.
        patch: (li: Element) => {
          const row = li.querySelector('[role="listitem"]');
          if (row && row.id !== `user-index-${index}`) row.id = `user-index-${index}`;
        },
      };
    });
    reconcile(ul, items);
    if (observer) {
      for (const li of ul.querySelectorAll<HTMLElement>('li[data-page]')) observer.observe(li);
    }
  };

  // --- raised hands (toast by default; 3.0.17+ side panel behind an option)
  const renderHands = () => {
    if (ctx.options.handsList === 'panel') renderHandsPanel(ctx, handsPanelSlot);
    else renderRaiseHandToast(ctx, toastSlot);
  };

  // --- chat
  frame.chatPanel.append(buildChatHeader(ctx));
  const messageList = h(doc, 'div', { role: 'list', 'aria-live': 'polite', class: 'chat-pages' });
  const chatScroll = h(doc, 'div', { id: 'chat-list', 'data-test': ctx.t('chatMessages'), class: 'chat-scroll' }, messageList);
  frame.chatPanel.append(chatScroll, buildChatForm(ctx));
  /** First mounted page; null = follow the tail (the last two pages). */
  let firstMountedPage: number | null = null;
  let unloadTimer: ReturnType<typeof setTimeout> | undefined;
  let atBottom = true;

  const renderChat = () => {
    const messages = model.messages;
    const pageCount = Math.max(1, Math.ceil(messages.length / PAGE_SIZE));
    const tailStart = Math.max(0, pageCount - MOUNTED_CHAT_PAGES);
    const from = Math.min(firstMountedPage ?? tailStart, tailStart);
    const pages = [];
    for (let page = from; page < pageCount; page++) {
      pages.push({ key: `page-${page}`, signature: '', build: () => h(doc, 'div', { class: 'chat-page', 'data-page': page }) });
    }
    reconcile(messageList, [
      { key: 'top-sentinel', signature: '', build: () => h(doc, 'div', { 'aria-hidden': 'true', class: 'sentinel', style: 'height:1px' }) },
      ...pages,
      { key: 'end-sentinel', signature: '', build: () => h(doc, 'div', { 'aria-hidden': 'true', class: 'sentinel', style: 'height:1px' }) },
    ]);
    // Messages are keyed inside their page, so a new message only appends one node.
    for (const pageEl of messageList.querySelectorAll<HTMLElement>('.chat-page')) {
      const start = Number(pageEl.dataset.page) * PAGE_SIZE;
      const slice = messages.slice(start, start + PAGE_SIZE);
      reconcile(
        pageEl,
        slice.map((m, i) => {
          const previous = messages[start + i - 1];
          return { key: m.id, signature: String(showsHeader(m, previous)), build: () => chatMessageItem(ctx, m, previous) };
        }),
      );
    }
    if (atBottom) chatScroll.scrollTop = chatScroll.scrollHeight;
  };
  chatScroll.addEventListener('scroll', () => {
    atBottom = chatScroll.scrollTop + chatScroll.clientHeight >= chatScroll.scrollHeight - 4;
    if (chatScroll.scrollTop === 0 && model.messages.length > PAGE_SIZE * MOUNTED_CHAT_PAGES) loadOlderPage();
    if (atBottom && firstMountedPage !== null) scheduleUnload();
  });
  const loadOlderPage = () => {
    const pageCount = Math.ceil(model.messages.length / PAGE_SIZE);
    const current = firstMountedPage ?? Math.max(0, pageCount - MOUNTED_CHAT_PAGES);
    if (current === 0) return;
    firstMountedPage = current - 1;
    clearTimeout(unloadTimer);
    renderChat();
  };
  const scheduleUnload = () => {
    clearTimeout(unloadTimer);
    unloadTimer = setTimeout(() => {
      firstMountedPage = null;
      renderChat();
    }, CHAT_UNLOAD_DELAY_MS);
  };

  const { flush, schedule, stop: unsubscribe } = batchRenders(model, (dirty) => {
    if (dirty.has('users') || dirty.has('meeting')) {
      renderUsers();
      renderHands();
      renderTalkingIndicator(ctx, frame.talkingSlot);
      renderOwnHandButton(ctx, frame.actionsBar);
    }
    if (dirty.has('meeting')) menu.render();
    if (dirty.has('chat')) renderChat();
  });

  return {
    flush,
    revealUserPage(n) {
      revealedPages.add(n - 1);
      renderUsers();
    },
    scrollUsersTo() {},
    scrollChatTo(where) {
      clearTimeout(unloadTimer);
      if (where === 'bottom') {
        atBottom = true;
        chatScroll.scrollTop = chatScroll.scrollHeight;
        if (firstMountedPage !== null) scheduleUnload();
        return;
      }
      atBottom = false;
      firstMountedPage = where === 'top' ? 0 : Math.max(0, where - 1);
      renderChat();
      const target = messageList.querySelector(`[data-page="${firstMountedPage}"]`) as HTMLElement | null;
      chatScroll.scrollTop = target?.offsetTop ?? 0;
    },
    destroy() {
      unsubscribe();
      observer?.disconnect();
      clearTimeout(unloadTimer);
      menu.destroy();
      toastContainer.remove();
    },
  };
}

function userSignature(p: Participant): string {
  return JSON.stringify([p.name, p.role, p.presenter, p.you, p.raiseHandTime !== null, p.talking, p.audio, p.muted, p.webcam, p.away]);
}

/** Avatar classes carry the audio state that BBB shows only through `::after` and `animation`. */
export function avatarStateClasses(p: Participant): string {
  const classes = ['avatar', p.role];
  if (p.presenter) classes.push('presenter');
  if (p.audio === 'listen') classes.push('listen-only');
  else if (p.audio === 'mic') classes.push(p.muted ? 'muted' : 'in-audio');
  return classes.join(' ');
}

function userItem(ctx: RenderContext, p: Participant, index: number): HTMLElement {
  const { doc, labels } = ctx;
  const avatarContent = p.raiseHandTime !== null
    ? h(doc, 'em-emoji', { native: '✋', size: '1.3em' }, h(doc, 'span', {}, '✋'))
    : p.away
      ? h(doc, 'em-emoji', { native: '⏰', size: '1.3em' }, h(doc, 'span', {}, '⏰'))
      : initials(p.name);
  const avatar = h(
    doc,
    'div',
    {
      class: avatarStateClasses(p) + (p.talking ? ' talking' : ''),
      'data-test': ctx.t(p.role === 'moderator' ? 'moderatorAvatar' : 'viewerAvatar'),
      'data-test-presenter': p.presenter ? '' : null,
      'data-test-avatar': 'userAvatar',
      style: `background-color:${avatarColor(p.id)}`,
    },
    avatarContent,
  );
  const subLabels: string[] = [];
  if (p.webcam) subLabels.push(labels.webcam);
  if (p.role === 'moderator') subLabels.push(labels.moderator);
  const sub = h(doc, 'span', { class: 'sub-labels', 'aria-hidden': 'true' });
  subLabels.forEach((label, i) => {
    if (i > 0) sub.append(h(doc, 'span', {}, '|'));
    sub.append(h(doc, 'span', {}, label));
  });
  const name = h(doc, 'span', { class: 'user-name-main' }, h(doc, 'span', { class: 'name', title: p.name }, p.name), p.you ? ` (${labels.you})` : null);
  const item = h(
    doc,
    'div',
    {
      'data-test': ctx.t(p.you ? 'userListItemCurrent' : 'userListItem'),
      role: 'listitem',
      id: `user-index-${index}`,
      tabindex: -1,
      class: 'user-item',
    },
    avatar,
    h(doc, 'div', { class: 'user-name' }, name, subLabels.length > 0 && sub),
  );
  return h(doc, 'li', {}, h(doc, 'div', { class: 'menu-wrapper' }, h(doc, 'div', { role: 'button', tabindex: -1, 'aria-haspopup': 'true' }, item)));
}

/** The header (name + time) only when the sender differs from the previous message. */
function showsHeader(m: ChatMessage, previous: ChatMessage | undefined): boolean {
  return m.type === 'default' && (previous === undefined || previous.type !== 'default' || previous.senderId !== m.senderId);
}

function chatMessageItem(ctx: RenderContext, m: ChatMessage, previous: ChatMessage | undefined): HTMLElement {
  const { doc, labels, options } = ctx;
  const time = formatTime(m.time, options.locale, options.timeZone);
  const isSystem = m.type !== 'default';
  const showHeader = showsHeader(m, previous);
  let body: HTMLElement;
  if (isSystem) {
    body = h(
      doc,
      'div',
      { class: 'chat-message-content', role: 'listitem', 'data-chat-message-id': m.id },
      h(doc, 'div', { 'data-test': 'chatMessageNotificationContent', class: 'chat-message-notification' }, h(doc, 'i', { class: 'icon-bbb-user' }), h(doc, 'p', {}, systemText(ctx, m))),
    );
  } else {
    body = h(
      doc,
      'div',
      { class: 'chat-message-content', role: 'listitem', 'data-chat-message-id': m.id },
      h(doc, 'div', { 'data-test': ctx.t('messageContent') }, h(doc, 'p', {}, m.text)),
    );
  }
  return h(
    doc,
    'div',
    {
      'data-test': ctx.t('chatMessageItem'),
      class: 'chat-message-container',
      'data-sequence': m.sequence,
      'data-message-type': m.type,
      'data-focusable': 'true',
      tabindex: -1,
    },
    showHeader &&
      h(
        doc,
        'div',
        { class: 'chat-message-header' },
        h(doc, 'div', { class: 'chat-user-name' }, m.senderName),
        h(doc, 'time', { datetime: new Date(m.time).toISOString() }, time),
      ),
    body,
    !showHeader && !isSystem && h(doc, 'div', { class: 'chat-footer-time' }, h(doc, 'time', { datetime: new Date(m.time).toISOString() }, time)),
  );
}

export function systemText(ctx: RenderContext, m: ChatMessage): string {
  const { labels } = ctx;
  switch (m.type) {
    case 'userIsPresenterMsg':
      return labels.presenterNow(m.subject ?? '');
    case 'userAwayStatusMsg':
      return m.away ? labels.away(m.subject ?? '') : labels.back(m.subject ?? '');
    case 'publicChatHistoryCleared':
      return labels.chatCleared;
    default:
      return m.text;
  }
}

/** 3.0.17+: raised hands listed in the side panel, first raised first, shown while any is up. */
function renderHandsPanel(ctx: RenderContext, slot: HTMLElement): void {
  const { doc, labels, model } = ctx;
  const hands = model.raisedHands();
  if (hands.length === 0) {
    slot.replaceChildren();
    return;
  }
  slot.replaceChildren(
    h(
      doc,
      'div',
      { class: 'raised-hands' },
      h(doc, 'h2', { 'data-test': ctx.t('raisedHandsTitle') }, labels.raisedHandsPanelTitle(hands.length)),
      h(
        doc,
        'div',
        { role: 'list' },
        hands.map((p, index) => {
          const lower = () => model.lowerHand(p.id);
          const menu = h(doc, 'ul', { role: 'menu', class: 'row-menu', hidden: true }, h(doc, 'li', { role: 'menuitem', onclick: lower }, labels.lowerHand));
          return h(
            doc,
            'div',
            { class: 'menu-wrapper' },
            h(
              doc,
              'div',
              { role: 'listitem', id: `raised-hand-index-${index}`, tabindex: -1, class: 'raised-hand-row', onclick: (event) => !menu.contains(event.target as Node) && menu.toggleAttribute('hidden') },
              h(
                doc,
                'div',
                { 'data-test': ctx.t('avatarsWrapperAvatar'), class: 'avatar', style: `background-color:${avatarColor(p.id)}` },
                h(doc, 'em-emoji', { native: '✋', size: '1.3em' }, h(doc, 'span', {}, '✋')),
                h(doc, 'span', { class: 'order' }, String(index + 1)),
              ),
              h(doc, 'span', {}, p.name),
              p.you ? ` (${labels.you})` : null,
            ),
            menu,
          );
        }),
      ),
      h(doc, 'button', { type: 'button', 'data-test': ctx.t('raiseHandRejection'), onclick: () => model.lowerAllHands() }, labels.lowerHands),
    ),
  );
}
