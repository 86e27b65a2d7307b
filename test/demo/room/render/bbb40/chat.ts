/**
 * The 4.0 public chat (chat-graphql/chat-message-list and chat-message-form): the last two pages
 * of 50 mounted, one `chatMessageItem` per message keyed by its id, the header (name and time)
 * only on the first message of a sender's run, the time in a footer on the others.
 */
import React, { memo } from 'react';
import type { ChatMessage } from '../../model';
import { formatTime } from '../dom';
import { systemText } from '../bbb30';
import type { RenderContext } from '../context';
import type { Ctx40 } from './context';
import { sc } from './styled';

const e = React.createElement;
const PAGE_SIZE = 50;
const MOUNTED_PAGES = 2;

const showsHeader = (m: ChatMessage, previous: ChatMessage | undefined) =>
  m.type === 'default' && (previous === undefined || previous.type !== 'default' || previous.senderId !== m.senderId);

const Message = memo(
  function Message({ ctx, m, header }: { ctx: Ctx40; m: ChatMessage; header: boolean }) {
    const time = formatTime(m.time, ctx.locale, ctx.timeZone);
    const stamp = e('time', { dateTime: new Date(m.time).toISOString() }, time);
    const system = m.type !== 'default';
    // systemText only needs the strings of the shared labels.
    const text = system ? systemText({ labels: ctx.labels } as RenderContext, m) : m.text;
    return e(
      'div',
      { 'data-test': ctx.t('chatMessageItem'), 'data-sequence': m.sequence, 'data-message-type': m.type, className: sc('ChatItem', header) },
      header && e('div', { className: sc('ChatHeader') }, e('span', { className: sc('ChatUserName') }, m.senderName), stamp),
      e(
        'div',
        { className: 'chat-message-content', role: 'listitem', 'data-chat-message-id': m.id, 'data-test': 'chatMessageContent' },
        system
          ? e('div', { 'data-test': 'chatMessageNotificationContent', className: sc('Notification') }, e('p', null, text))
          : e('div', { 'data-test': ctx.t('messageContent'), className: sc('MessageText') }, e('p', null, text)),
      ),
      !header && !system && e('div', { className: sc('ChatFooter') }, stamp),
    );
  },
  (a, b) => a.m === b.m && a.header === b.header,
);

export function ChatPanel({ ctx }: { ctx: Ctx40 }) {
  const { labels, model, t } = ctx;
  const messages = model.messages;
  const pageCount = Math.max(1, Math.ceil(messages.length / PAGE_SIZE));
  const from = Math.max(0, pageCount - MOUNTED_PAGES) * PAGE_SIZE;
  const mounted = messages.slice(from);
  const input = React.useRef<HTMLTextAreaElement>(null);
  const send = () => {
    const text = input.current?.value.trim();
    if (!text) return;
    model.postChat('you', text);
    input.current!.value = '';
  };
  return e(
    'div',
    { className: sc('ChatPanel'), 'aria-label': labels.publicChat },
    e('div', { className: sc('Header') }, e('h2', null, labels.publicChat),
      e('button', { type: 'button', 'data-test': 'closeChat', 'aria-label': ctx.l.closePanel, onClick: () => ctx.setUi({ panel: null }) }, '×')),
    e(
      'div',
      { 'data-test': t('chatMessages'), role: 'list', 'aria-live': 'polite', className: sc('MessageList') },
      mounted.map((m, index) => e(Message, { key: m.id, ctx, m, header: showsHeader(m, index === 0 ? messages[from - 1] : mounted[index - 1]) })),
    ),
    e(
      'form',
      { className: sc('Form'), onSubmit: (event: React.FormEvent) => { event.preventDefault(); send(); } },
      e('textarea', { id: 'message-input', ref: input, placeholder: labels.chatPlaceholder, 'aria-label': labels.chatInputLabel, className: sc('Input') }),
      e('button', { type: 'submit', 'data-test': t('sendMessageButton'), 'aria-label': labels.sendMessage, className: sc('SendButton') }, e('i', { className: 'icon-bbb-send' })),
    ),
  );
}
