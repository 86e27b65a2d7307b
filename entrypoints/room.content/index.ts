import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ADAPTERS, detectRoom } from '../../platforms/registry';
import { createTaughtAdapter } from '../../platforms/taught';
import type { Detection, PlatformAdapter } from '../../platforms/contract';
import { handOverToBuiltIn, waitForRoom } from '../../room/waitForRoom';
import { runRoom } from '../../room/runRoom';
import { createHubLink } from '../../room/hubLink';
import { requestPack } from '../../room/packRequest';
import { installSecret } from '../../room/installSecret';
import { keyedChatIds } from '../../room/keyedIds';
import { keyedRoomKey } from '../../core/session/roomKey';
import { createPanelRequests } from '../../room/panelRequests';
import { mountOverlayFrame } from '../../room/overlayFrame';
import { sameOriginGet, startServerRecordPoller } from '../../room/serverRecordPoller';
import { sessionToken } from '../../platforms/bigbluebutton/detect';
import { isOverlayPosition } from '../../components/overlayPosition';
import { listenForGlobalShortcuts } from '../../components/shortcuts';
import { pickLocale } from '../../core/i18n/fill';
import { roomMessagesFor, type RoomMessages } from '../../core/i18n/room';
import type { HubToRoom, SessionCommand } from '../../core/protocol';
import type { PlatformId } from '../../core/session/events';

const OVERLAY_POSITION = 'overlayPosition';

export default defineContentScript({
  // No host in the manifest: each room origin the moderator enables gets this script through
  // runtime registration (background/origins/). The demo build adds the demo room to its
  // manifest (test/demo/build.mjs).
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const t = roomMessagesFor(pickLocale(navigator.languages));
    let reading: PlatformId | null = null;
    let current: AbortController | null = null;

    // Detects the room with the built-in adapters and, when the moderator taught this site, the
    // pack's adapter; runs it until the pack changes or the page goes away.
    const detectAndRun = async () => {
      current?.abort();
      const controller = (current = new AbortController());
      const signal = AbortSignal.any([ctx.signal, controller.signal]);
      reading = null;
      const pack = await requestPack();
      // Kept in the extension's storage: keys taught rooms and chat ids (core/session/roomKey.ts).
      const secret = await installSecret(browser.storage.local);
      const roomKey = pack ? await keyedRoomKey(new URL(location.href), secret) : undefined;
      if (signal.aborted) return;
      const adapters: readonly PlatformAdapter[] = pack ? [...ADAPTERS, createTaughtAdapter(pack, { roomKey })] : ADAPTERS;
      const found = await waitForRoom(document, () => detectRoom(document, new URL(location.href), adapters), signal);
      if (!found || signal.aborted) return;
      reading = found.adapter.id;
      // A pack reads only until a built-in adapter recognises the page (a room that loaded late).
      if (reading === 'generic') handOverToBuiltIn(document, () => new URL(location.href), signal, () => void detectAndRun());
      await runWithOverlay(ctx, keyedChatIds(found.adapter, secret), found.detection, t, signal);
    };

    const panelRequests = createPanelRequests({
      doc: document,
      reading: () => reading,
      // A built-in adapter keeps the page; a taught one (or none yet) starts again with the new pack.
      onPackChanged: () => {
        if (reading === null || reading === 'generic') void detectAndRun();
      },
    });
    // Only Moderato's own pages (the side panel) may ask: not a page, not another extension.
    const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) =>
      sender.id === browser.runtime.id && !sender.tab ? panelRequests.handle(message) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      panelRequests.stop();
    });

    await detectAndRun();
  },
});

/** Mounts the overlay and streams the room to the hub until `signal` aborts. */
async function runWithOverlay(ctx: ContentScriptContext, adapter: PlatformAdapter, detection: Detection, t: RoomMessages, signal: AbortSignal) {
  let sendCommand: (command: SessionCommand) => void = () => undefined;
  // Kept in the extension's storage, never in the page's (the room's scripts could read it).
  const saved = await browser.storage.local.get(OVERLAY_POSITION).catch(() => ({}));
  if (signal.aborted) return;
  const savedPosition = (saved as Record<string, unknown>)[OVERLAY_POSITION];
  const overlay = await mountOverlayFrame(ctx, {
    title: t.overlayTitle,
    initialPosition: isOverlayPosition(savedPosition) ? savedPosition : null,
    onCommand: (command) => sendCommand(command),
    onMoved: (position) => void browser.storage.local.set({ [OVERLAY_POSITION]: position }).catch(() => undefined),
  });
  if (signal.aborted) return overlay.remove();
  // On the room page; the frame answers the same shortcuts while the focus is in it.
  const stopShortcuts = listenForGlobalShortcuts(document, (command) => sendCommand(command));
  signal.addEventListener(
    'abort',
    () => {
      overlay.remove();
      stopShortcuts();
    },
    { once: true },
  );

  let handleHubMessage: (message: HubToRoom) => void = () => undefined;
  const room = runRoom({
    doc: document,
    adapter,
    detection,
    now: Date.now,
    signal,
    connect: (hello) => createHubLink({ hello, onMessage: (message) => handleHubMessage(message), onInvalidated: () => overlay.remove() }, signal),
  });
  // BigBlueButton's own attendance record, read on the room's origin (docs/platforms/bbb-learning-dashboard.md).
  const serverRecord =
    detection.platform === 'bigbluebutton'
      ? startServerRecordPoller({
          doc: document,
          sessionToken: sessionToken(document, new URL(location.href)),
          // An extension updated under the page leaves this script orphaned: it asks nothing more
          // (ctx.isValid notices, and aborts `signal`).
          get: (path, aborted) => (ctx.isValid ? sameOriginGet(path, aborted) : Promise.reject(new Error('the extension was updated'))),
          send: room.sendEvents,
          now: Date.now,
          signal,
        })
      : null;
  sendCommand = (command) => {
    room.send({ kind: 'room/command', command, at: Date.now() });
    if (command.type === 'session.ended') serverRecord?.readNow();
  };
  handleHubMessage = (message) => {
    if (message.kind === 'hub/overlay') overlay.show(message.state);
    else void room.handle(message);
  };
}
