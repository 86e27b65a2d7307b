/**
 * The 4.0 participants panel (user-list + user-list-participants + raised-hands + crowd-action-buttons
 * in bigbluebutton-html5/imports/ui/components/user-list/): title "Utilisateurs (N)", a search box,
 * the raised-hands list, rows in pages of 50 with the audio state in each row's toolbar, and the
 * two crowd actions at the foot. Rows are keyed by user, as React keys them.
 */
import React, { memo, useEffect, useRef } from 'react';
import { orderFor30, type Participant } from '../../model';
import { avatarColor, initials } from '../dom';
import type { Ctx40 } from './context';
import { sc } from './styled';

const e = React.createElement;
export const PAGE_SIZE = 50;

/** The row toolbar's audio item, as a moderator sees it (user-item-toolbar/service.ts). */
function audioItem(ctx: Ctx40, p: Participant) {
  const { l, model } = ctx;
  if (p.audio === 'none') return null;
  if (p.audio === 'listen') return { test: 'listenOnly', label: l.listenOnly, icon: 'listen', onClick: undefined };
  // A moderator may mute anyone, but unmute only themself.
  if (p.muted) {
    return p.you
      ? { test: 'unmuteUser', label: l.unmuteUser, icon: 'mute', onClick: () => model.setMuted(p.id, false) }
      : { test: 'audioStateMuted ', label: l.micClosed, icon: 'mute', onClick: undefined };
  }
  return { test: 'muteUser', label: l.muteUser, icon: 'unmute', onClick: () => model.setMuted(p.id, true) };
}

interface RowProps {
  ctx: Ctx40;
  p: Participant;
  index: number;
  /** Everything the row shows, so memo re-renders only rows that changed. */
  signature: string;
}

const Row = memo(
  function Row({ ctx, p, index }: RowProps) {
    const { l, labels, t } = ctx;
    const subs = [p.presenter && labels.presenter, p.role === 'moderator' && labels.moderator, p.webcam && labels.webcam].filter(Boolean) as string[];
    const audio = audioItem(ctx, p);
    return e(
      'div',
      { id: `user-index-${index}`, tabIndex: -1, 'data-test': t(p.you ? 'userListItemCurrent' : 'userListItem'), role: 'listitem', 'aria-label': p.name, 'data-id': p.id, className: sc('UserItemContents') },
      e(
        'div',
        { 'data-test-avatar': 'userAvatar', 'data-test-presenter': p.presenter ? '' : undefined, className: sc('Avatar', p.role, p.talking, p.muted), style: { backgroundColor: avatarColor(p.id) } },
        p.raiseHandTime !== null ? e('em-emoji', { native: '✋', size: '1.3em' }) : initials(p.name),
      ),
      e(
        'div',
        { className: sc('UserNameContainer') },
        e('span', { className: sc('UserName') }, p.name, p.you ? `\u00a0(${labels.you})` : null),
        subs.length > 0 && e('div', { 'data-test': 'userNameSubs', className: sc('UserNameSub') }, subs.join(' | ')),
      ),
      e(
        'div',
        { className: sc('UserItemToolbar') },
        !p.you && e('button', { type: 'button', 'data-test': 'startPrivateChat', 'aria-label': l.privateChat, className: sc('ToolbarButton') }, e('i', { className: 'icon-bbb-group_chat' })),
        audio && e('button', { type: 'button', 'data-test': audio.test, 'aria-label': audio.label, disabled: !audio.onClick, onClick: audio.onClick, className: sc('ToolbarButton', audio.icon) }, e('i', { className: `icon-bbb-${audio.icon}` })),
        e('button', { type: 'button', 'data-test': 'moreOptionsUserItemButton', 'aria-label': l.moreOptions, className: sc('ToolbarButton') }, e('i', { className: 'icon-bbb-more' })),
      ),
    );
  },
  (a, b) => a.signature === b.signature && a.index === b.index,
);

const signatureOf = (p: Participant) => [p.name, p.role, p.presenter, p.you, p.audio, p.muted, p.webcam, p.talking, p.raiseHandTime !== null].join('|');

/** A page not yet scrolled into view: BBB shows skeleton rows until it loads. */
function Skeleton({ ctx, page, count }: { ctx: Ctx40; page: number; count: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) ctx.setUi({ revealedPages: new Set([...ctx.ui.revealedPages, page]) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [page]);
  return e('div', { ref, 'data-page': page, 'aria-hidden': true, className: sc('Skeleton') }, Array.from({ length: count }, (_, index) => e('div', { key: index, className: sc('SkeletonRow') })));
}

function RaisedHands({ ctx }: { ctx: Ctx40 }) {
  const { l, model, t } = ctx;
  const hands = model.raisedHands();
  if (hands.length === 0) return null;
  return e(
    'div',
    { className: sc('RaisedHandsContainer') },
    e('h3', { className: sc('RaisedHandsTitle') }, l.raisedHandsTitle),
    e(
      'div',
      { role: 'list', className: sc('RaisedHandsList') },
      hands.map((p, index) =>
        e(
          'div',
          { key: p.id, id: `raised-user-${index}`, tabIndex: -1, 'data-test': t('raisedHandsListItem'), role: 'listitem', 'aria-label': p.name, 'data-id': p.id, className: sc('UserItemContents', 'raised') },
          e('div', { 'data-test': 'raisedHandAvatar', className: sc('RaiseHandAvatar'), style: { backgroundColor: avatarColor(p.id) } },
            e('span', { 'data-test': t('raisedHandRank'), className: sc('IndexBadge') }, index + 1),
            e('span', { className: sc('EmojiContainer') }, e('em-emoji', { native: '✋', size: '1.3em' }))),
          e('span', { className: sc('UserName') }, p.name, p.you ? `\u00a0(${ctx.labels.you})` : null),
          e('div', { className: sc('UserItemToolbar') },
            e('div', { role: 'button', tabIndex: 0, 'data-test': t('lowerHand'), className: sc('ToolbarItem'), onClick: () => model.lowerHand(p.id) }, l.lowerHandOf(p.name))),
        ),
      ),
    ),
    e('button', { type: 'button', 'data-test': 'raiseHandRejection', className: sc('LowerAll'), onClick: () => model.lowerAllHands() }, l.lowerHands),
  );
}

export function ParticipantsPanel({ ctx }: { ctx: Ctx40 }) {
  const { l, model, t, ui } = ctx;
  const everyone = orderFor30(model.participants.values());
  const query = ui.search.trim().toLocaleLowerCase(ctx.locale);
  const users = query ? everyone.filter((p) => p.name.toLocaleLowerCase(ctx.locale).includes(query)) : everyone;
  const pages: React.ReactNode[] = [];
  for (let page = 0; page * PAGE_SIZE < users.length; page++) {
    const slice = users.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    pages.push(
      ui.revealedPages.has(page)
        ? e('div', { key: `page-${page}`, className: sc('Page') }, slice.map((p, i) => e(Row, { key: p.id, ctx, p, index: page * PAGE_SIZE + i, signature: signatureOf(p) })))
        : e(Skeleton, { key: `skeleton-${page}`, ctx, page, count: slice.length }),
    );
  }
  return e(
    'div',
    { 'data-test': t('userListPanel'), className: sc('UserListPanel') },
    e(
      'div',
      { className: sc('Header') },
      e('h2', { 'data-test': t('userListTitle'), className: sc('HeaderTitle') }, l.usersTitle(everyone.length)),
      e('button', { type: 'button', 'data-test': 'downloadUserNamesList', 'aria-label': 'Download', className: sc('HeaderButton') }, e('i', { className: 'icon-bbb-download' })),
      e('button', { type: 'button', 'data-test': 'closeUserList', 'aria-label': l.closePanel, className: sc('HeaderButton'), onClick: () => ctx.setUi({ panel: null }) }, e('i', { className: 'icon-bbb-close' })),
    ),
    e('input', { type: 'search', placeholder: l.search, 'aria-label': l.search, value: ui.search, className: sc('SearchInput'), onChange: (event: React.ChangeEvent<HTMLInputElement>) => ctx.setUi({ search: event.target.value }) }),
    e('div', { id: 'scroll-box', className: sc('ScrollBox') }, e(RaisedHands, { ctx }), e('div', { role: 'list', className: sc('UserList') }, pages)),
    e(
      'div',
      { className: sc('ActionButtonsWrapper') },
      e('div', { className: sc('ActionButtonWrapper') },
        e('span', { className: sc('ActionButtonLabel') }, l.muteAllLabel),
        e('button', { type: 'button', 'data-test': t('muteAllUsers'), 'aria-label': l.muteAllDesc, className: sc('ActionButton'), onClick: () => model.muteAll({ exceptPresenter: true }) }, e('i', { className: 'icon-bbb-mute' }))),
      e('div', { className: sc('ActionButtonWrapper') },
        e('span', { className: sc('ActionButtonLabel') }, l.lockLabel),
        e('button', { type: 'button', 'data-test': t('lockViewersButton'), 'aria-label': l.lockDesc, className: sc('ActionButton'), onClick: () => ctx.setUi({ lockOpen: true }) }, e('i', { className: 'icon-bbb-lock' }))),
    ),
  );
}
