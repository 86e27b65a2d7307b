/**
 * Moderator controls: the manage-users gear and its menu (a portal at the end of body, kept
 * mounted while hidden, like BBBMenu), and the lock-viewers modal.
 */
import type { LockSettings } from '../model';
import type { LockRowId } from '../labels';
import { h } from './dom';
import type { RenderContext } from './context';

interface MenuItem {
  /** null = no data-test in this version. */
  testId: string | null;
  label: string;
  run?: () => void;
}

function menuItems(ctx: RenderContext, openLockModal: () => void): MenuItem[] {
  const { labels, model, options } = ctx;
  const muted = model.meetingMuted;
  const lockItem: MenuItem = { testId: ctx.t('lockViewersButton'), label: labels.lockViewers, run: openLockModal };
  const others: MenuItem[] = [
    { testId: 'guestPolicyLabel', label: labels.guestPolicy },
    { testId: 'downloadUserNamesList', label: labels.saveUserNames },
  ];
  if (options.version === '3.0') {
    return [
      {
        testId: ctx.t('usersJoinMuted'),
        label: muted ? labels.usersJoinMutedDisable : labels.usersJoinMutedEnable,
        run: () => model.setJoinMuted(!muted),
      },
      { testId: ctx.t('muteAllExceptPresenter'), label: labels.muteAllExceptPresenter, run: () => model.muteAll({ exceptPresenter: true }) },
      lockItem,
      ...others,
      { testId: 'clearStatus', label: labels.clearStatus, run: () => model.clearAllStatus() },
      { testId: 'createBreakoutRooms', label: labels.createBreakoutRooms },
      { testId: 'inviteUsers', label: labels.inviteUsers },
      { testId: 'learningDashboard', label: labels.learningDashboard },
    ];
  }
  const is27 = options.version === '2.7';
  return [
    { testId: null, label: labels.clearStatus, run: () => model.clearAllStatus() },
    { testId: is27 ? 'muteAll' : null, label: muted ? labels.unmuteAll : labels.muteAll, run: () => model.setJoinMuted(!muted) },
    // 2.x shows "mute all except presenter" only while the meeting is not muted.
    ...(muted
      ? []
      : [{ testId: is27 ? 'muteAllExceptPresenter' : null, label: labels.muteAllExceptPresenter, run: () => model.muteAll({ exceptPresenter: true }) }]),
    lockItem,
    ...others,
    { testId: 'createBreakoutRooms', label: labels.createBreakoutRooms },
    { testId: is27 ? 'learningDashboard' : null, label: labels.learningDashboard },
  ];
}

export interface ManageUsersMenu {
  /** The gear wrapper to place in the users title row. */
  trigger: HTMLElement;
  /** Re-renders the items (labels follow the meeting-mute state). */
  render(): void;
  destroy(): void;
}

export function buildManageUsersMenu(ctx: RenderContext): ManageUsersMenu {
  const { doc, labels } = ctx;
  const lockModal = buildLockViewersModal(ctx);
  const list = h(doc, 'ul', { role: 'menu', class: 'MuiList-root', tabindex: -1 });
  const portal = h(
    doc,
    'div',
    { id: 'user-options-dropdown-menu', class: 'MuiPopover-root MuiMenu-root menu-portal', role: 'presentation', 'aria-hidden': 'true' },
    h(doc, 'div', { class: 'MuiPaper-root MuiMenu-paper' }, list),
  );
  doc.body.append(portal);
  const button = h(doc, 'button', {
    type: 'button',
    class: 'gear',
    'data-test': ctx.t('manageUsers'),
    'aria-label': labels.manageUsers,
    'aria-haspopup': 'true',
    'aria-expanded': 'false',
  }, '⚙');
  const setOpen = (open: boolean) => {
    portal.setAttribute('aria-hidden', String(!open));
    button.setAttribute('aria-expanded', String(open));
  };
  const isOpen = () => portal.getAttribute('aria-hidden') === 'false';
  // BBBMenu puts the click handler on a plain wrapper around the trigger.
  const trigger = h(doc, 'div', { class: 'menu-trigger', onclick: () => setOpen(!isOpen()) }, button);
  const closeOnOutsideClick = (event: Event) => {
    if (isOpen() && !portal.contains(event.target as Node) && !trigger.contains(event.target as Node)) setOpen(false);
  };
  doc.addEventListener('mousedown', closeOnOutsideClick);

  const render = () => {
    list.replaceChildren(
      ...menuItems(ctx, () => lockModal.open()).map((item) =>
        h(
          doc,
          'li',
          {
            role: 'menuitem',
            tabindex: -1,
            class: 'MuiMenuItem-root',
            'data-test': item.testId,
            onclick: () => {
              setOpen(false);
              item.run?.();
            },
          },
          h(doc, 'span', { class: 'item-label' }, item.label),
        ),
      ),
    );
  };
  render();
  return {
    trigger,
    render,
    destroy: () => {
      doc.removeEventListener('mousedown', closeOnOutsideClick);
      portal.remove();
      lockModal.destroy();
    },
  };
}

/** The rows of the lock-viewers modal, in BBB's order. */
const LOCK_ROWS: { id: LockRowId; setting: keyof LockSettings; since?: '2.7' }[] = [
  { id: 'lockShareWebcam', setting: 'disableCam' },
  { id: 'lockSeeOtherViewersWebcam', setting: 'webcamsOnlyForModerator' },
  { id: 'lockShareMicrophone', setting: 'disableMic' },
  { id: 'lockPublicChat', setting: 'disablePublicChat' },
  { id: 'lockPrivateChat', setting: 'disablePrivateChat' },
  { id: 'lockEditSharedNotes', setting: 'disableNotes' },
  { id: 'lockUserList', setting: 'hideUserList' },
  { id: 'hideViewersCursor', setting: 'hideViewersCursor' },
  { id: 'hideViewersAnnotation', setting: 'hideViewersAnnotation', since: '2.7' },
];

/** The row's own data-test: `<id>Item`, except the annotations row, which reuses the input's id. */
const rowTestId = (id: LockRowId) => (id === 'hideViewersAnnotation' ? id : `${id}Item`);

/**
 * 2.x: react-toggle, checked = locked, "Verrouillé" beside checked toggles.
 * 3.0: MUI Switch left of the label, checked = allowed (inverted).
 * The pending state changes only through the input's click (as React's onChange), never by
 * writing `.checked`; Apply writes it to the model.
 */
function buildLockViewersModal(ctx: RenderContext) {
  const { doc, labels, model, options } = ctx;
  const is30 = options.version === '3.0';
  const portal = h(doc, 'div', { class: 'ReactModalPortal' });
  doc.body.append(portal);

  const close = () => portal.replaceChildren();

  const open = () => {
    const pending: LockSettings = { ...model.lockSettings };
    const rows = LOCK_ROWS.filter((row) => row.since !== '2.7' || options.version !== '2.6').map((row) => {
      const label = labels.lockRows[row.id];
      const checkedFor = () => (is30 ? !pending[row.setting] : pending[row.setting]);
      const input = h(doc, 'input', {
        type: 'checkbox',
        class: is30 ? 'MuiSwitch-input PrivateSwitchBase-input' : 'react-toggle-screenreader-only',
        'data-test': row.id,
        'aria-label': label,
      }) as HTMLInputElement;
      input.checked = checkedFor();
      input.addEventListener('change', () => {
        pending[row.setting] = is30 ? !input.checked : input.checked;
        paint();
      });
      const rowEl = h(doc, 'div', { 'data-test': rowTestId(row.id), class: is30 ? 'lock-row mui' : 'lock-row' });
      const paint = () => {
        const checked = checkedFor();
        input.checked = checked;
        if (is30) {
          rowEl.replaceChildren(
            h(
              doc,
              'span',
              { class: 'MuiSwitch-root' },
              h(doc, 'span', { class: `MuiSwitch-switchBase${checked ? ' Mui-checked' : ''}` }, input, h(doc, 'span', { class: 'MuiSwitch-thumb' })),
              h(doc, 'span', { class: 'MuiSwitch-track' }),
            ),
            h(doc, 'div', { class: 'lock-label' }, label),
          );
        } else {
          // react-toggle: clicking anywhere on the toggle clicks the hidden input.
          const toggle = h(
            doc,
            'div',
            { class: `react-toggle${checked ? ' react-toggle--checked' : ''}`, onclick: (event) => event.target !== input && input.click() },
            h(doc, 'div', { class: 'react-toggle-track', 'aria-hidden': 'true' }, h(doc, 'div', { class: 'react-toggle-track-check' }, labels.lockOn), h(doc, 'div', { class: 'react-toggle-track-x' }, labels.lockOff)),
            h(doc, 'div', { class: 'react-toggle-thumb' }),
            input,
          );
          rowEl.replaceChildren(
            h(doc, 'div', { class: 'lock-label' }, label),
            h(doc, 'div', { class: 'toggle-cell' }, checked && h(doc, 'span', { class: 'locked-label' }, labels.locked), toggle),
          );
        }
      };
      paint();
      return rowEl;
    });
    const apply = () => {
      model.applyLockSettings(pending);
      close();
    };
    portal.replaceChildren(
      h(
        doc,
        'div',
        { class: 'ReactModal__Overlay ReactModal__Overlay--after-open', onclick: (event) => event.target === event.currentTarget && close() },
        h(
          doc,
          'div',
          { class: 'ReactModal__Content ReactModal__Content--after-open', role: 'dialog', 'aria-modal': 'true', 'aria-label': labels.lockAria, tabindex: -1 },
          h(doc, 'h2', { class: 'lock-title' }, labels.lockTitle),
          h(doc, 'div', { class: 'lock-description' }, labels.lockDescription),
          !is30 && h(doc, 'div', { class: 'lock-header' }, h(doc, 'div', {}, labels.lockFeature), h(doc, 'div', {}, labels.lockStatus)),
          rows,
          h(
            doc,
            'div',
            { class: 'modal-footer' },
            h(doc, 'button', { type: 'button', 'aria-label': labels.cancel, onclick: close }, labels.cancel),
            h(doc, 'button', { type: 'button', 'data-apply': true, 'data-test': ctx.t('applyLockSettings'), 'aria-label': labels.apply, onclick: apply }, labels.apply),
          ),
        ),
      ),
    );
  };
  return { open, close, destroy: () => portal.remove() };
}
