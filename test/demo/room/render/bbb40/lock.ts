/**
 * The 4.0 lock dialog "Restrictions" (lock-viewers/component.jsx, PR #24672 then #25317): three
 * tabs, the permission checkboxes mounted only while the participant-permissions tab is selected,
 * checked = allowed, Apply / Cancel; closing with unsaved changes (X, Escape, backdrop) asks first.
 */
import React, { useState } from 'react';
import type { LockSettings } from '../../model';
import type { Ctx40 } from './context';
import { sc } from './styled';

const e = React.createElement;

type Lockable = Exclude<keyof LockSettings, 'webcamsOnlyForModerator'>;

/** Checkbox data-test, its row's data-test, the setting it shows (checked = not locked), its label. */
const ROWS: readonly [string, string, Lockable, keyof Ctx40['l']['locks']][] = [
  ['lockShareWebcam', 'disableCamItem', 'disableCam', 'webcam'],
  ['lockShareMicrophone', 'disableMicItem', 'disableMic', 'microphone'],
  ['lockPublicChat', 'disablePublicChatItem', 'disablePublicChat', 'publicChat'],
  ['lockPrivateChat', 'disablePrivateChatItem', 'disablePrivateChat', 'privateChat'],
  ['lockEditSharedNotes', 'disableNotesItem', 'disableNotes', 'notes'],
  ['lockUserList', 'isolateUsersItem', 'hideUserList', 'userList'],
  ['hideViewersCursor', 'hideViewersCursorItem', 'hideViewersCursor', 'cursor'],
  ['lockShareWhiteboard', 'lockShareWhiteboardItem', 'hideViewersAnnotation', 'whiteboard'],
];

type Tab = 'guestPolicyTab' | 'participantPermissionsTab' | 'presentationPermissionsTab';

export function LockDialog({ ctx }: { ctx: Ctx40 }) {
  const { l, model } = ctx;
  const tabs: Tab[] = ctx.lockTabsOrder === 'permissions-first'
    ? ['participantPermissionsTab', 'guestPolicyTab', 'presentationPermissionsTab']
    : ['guestPolicyTab', 'participantPermissionsTab', 'presentationPermissionsTab'];
  const [tab, setTab] = useState<Tab>(tabs[0]!);
  const [pending, setPending] = useState<LockSettings>(() => ({ ...model.lockSettings }));
  const [confirming, setConfirming] = useState(false);
  const dirty = ROWS.some(([, , key]) => pending[key] !== model.lockSettings[key]);
  const close = () => ctx.setUi({ lockOpen: false });
  const askToClose = () => (dirty ? setConfirming(true) : close());

  const panel =
    tab === 'participantPermissionsTab'
      ? e('div', { role: 'tabpanel', className: sc('PermissionsPanel') },
          ROWS.map(([test, item, key, label]) =>
            e('div', { key: test, 'data-test': item, className: sc('Row') },
              e('label', { className: sc('Label') },
                e('input', {
                  type: 'checkbox',
                  'data-test': test,
                  'aria-label': l.locks[label],
                  checked: !pending[key],
                  onChange: (event: React.ChangeEvent<HTMLInputElement>) => setPending({ ...pending, [key]: !event.target.checked }),
                }),
                e('span', null, l.locks[label])))))
      : e('div', { role: 'tabpanel', className: sc('OtherPanel') }, tab === 'guestPolicyTab' ? l.guestPolicyText : l.presentationText);

  return e(
    'div',
    { className: sc('Overlay'), onClick: (event: React.MouseEvent) => event.target === event.currentTarget && askToClose() },
    e(
      'div',
      {
        role: 'dialog',
        'aria-modal': true,
        'aria-label': l.lockLabel,
        'data-test': 'lockViewersModal',
        className: sc('ModalContent'),
        onKeyDown: (event: React.KeyboardEvent) => event.key === 'Escape' && askToClose(),
      },
      e('div', { className: sc('ModalHeader') },
        e('h2', null, l.lockLabel),
        e('button', { type: 'button', 'data-test': 'closeModal', 'aria-label': l.close, onClick: askToClose }, '×')),
      e('div', { role: 'tablist', className: sc('TabList') },
        tabs.map((id) => e('button', { key: id, type: 'button', role: 'tab', 'data-test': id, 'aria-selected': tab === id, className: sc('Tab', tab === id), onClick: () => setTab(id) }, l.tabs[id]))),
      panel,
      e('div', { className: sc('Footer') },
        e('button', { type: 'button', 'data-test': 'cancelLockSettings', onClick: close }, ctx.labels.cancel),
        e('button', { type: 'button', 'data-test': 'applyLockSettings', onClick: () => { model.applyLockSettings(pending); close(); } }, ctx.labels.apply)),
      confirming &&
        e('div', { role: 'alertdialog', 'aria-label': l.discardTitle, className: sc('Confirm') },
          e('p', null, l.discardTitle),
          e('button', { type: 'button', 'data-test': 'confirmDiscardLockSettings', onClick: close }, l.discardConfirm),
          e('button', { type: 'button', 'data-test': 'cancelDiscardLockSettings', onClick: () => setConfirming(false) }, l.discardCancel)),
    ),
  );
}
