/**
 * The 4.0 client around the panels: the navigation rail (sidebar-navigation), the one side panel
 * that holds either the participants or the chat (sidebar-content), the nav bar with its talking
 * indicator, and the lock dialog when open.
 */
import React from 'react';
import { ChatPanel } from './chat';
import type { Ctx40, SidePanel } from './context';
import { LockDialog } from './lock';
import { ParticipantsPanel } from './participants';
import { sc } from './styled';

const e = React.createElement;

function RailButton({ ctx, id, test, panel, label }: { ctx: Ctx40; id: string; test: string; panel: SidePanel; label: string }) {
  const open = ctx.ui.panel === panel;
  return e(
    'div',
    { role: 'button', tabIndex: 0, id, 'data-test': test, 'aria-label': label, 'aria-expanded': open, className: sc('RailButton', open), onClick: () => ctx.setUi({ panel: open ? null : panel }) },
    e('i', { className: `icon-bbb-${panel === 'users' ? 'user' : 'chat'}` }),
  );
}

/** Nav bar: a button per person talking or who just talked, at most 8 (talking-indicator). */
function TalkingIndicator({ ctx }: { ctx: Ctx40 }) {
  const { l, model, t } = ctx;
  const voices = [...model.participants.values()].filter((p) => p.talking || p.spoke).slice(0, 8);
  if (voices.length === 0) return null;
  return e(
    'div',
    { 'data-test': t('talkingIndicator'), className: sc('TalkingIndicator') },
    voices.map((p) =>
      e('button', {
        key: p.id,
        type: 'button',
        'data-test': t(p.talking ? 'isTalking' : 'wasTalking'),
        'aria-label': p.talking ? l.isTalking(p.name) : l.wasTalking(p.name),
        className: sc('TalkingButton', p.talking),
        onClick: () => model.setMuted(p.id, true),
      }, e('i', { className: `icon-bbb-${p.talking ? 'unmute' : 'blank'}` }), e('span', null, p.name)),
    ),
  );
}

export function App({ ctx }: { ctx: Ctx40 }) {
  const { l, model, ui } = ctx;
  const you = model.you();
  return e(
    'div',
    { id: 'layout', className: sc('Layout') },
    e(
      'div',
      { 'data-test': 'navigationSidebarContainer', className: sc('NavigationSidebar') },
      e(RailButton, { ctx, id: 'users-list-toggle-button', test: 'usersListSidebarButton', panel: 'users', label: l.participantsRail }),
      e(RailButton, { ctx, id: 'chat-toggle-button', test: 'messagesSidebarButton', panel: 'chat', label: l.messagesRail }),
    ),
    ui.panel && e('div', { id: 'sidebar-content', className: sc('SidebarContent', ui.panel) }, ui.panel === 'users' ? e(ParticipantsPanel, { ctx }) : e(ChatPanel, { ctx })),
    e(
      'div',
      { className: sc('Main') },
      e('header', { className: sc('NavBar') }, e('h1', null, model.meetingName), e(TalkingIndicator, { ctx })),
      e('div', { className: sc('Presentation') }, ctx.labels.presentation),
      e('div', { className: sc('ActionsBar') },
        you && e('button', { type: 'button', 'data-test': you.raiseHandTime === null ? 'raiseHandBtn' : 'lowerHandBtn', 'aria-label': you.raiseHandTime === null ? ctx.labels.raiseHand : ctx.labels.lowerHand, onClick: () => (you.raiseHandTime === null ? model.raiseHand(you.id) : model.lowerHand(you.id)) }, '✋')),
    ),
    ui.lockOpen && e(LockDialog, { ctx }),
  );
}
