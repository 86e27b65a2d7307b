import { browser } from 'wxt/browser';
import { ROOM_PORT, type HubToRoom, type HubToRoomWake, type RoomToHub } from '../core/protocol';

export interface HubLinkOptions {
  /** The hello to send first on every (re)connection. */
  hello(): RoomToHub;
  onMessage(message: HubToRoom): void;
  /** The extension was updated or removed under this page: nothing more can be sent. */
  onInvalidated(): void;
}

/**
 * The room's line to the hub. It connects lazily and does not reconnect on its own when the
 * service worker goes away: a quiet room keeps nothing awake. The next batch to send reopens it,
 * and the hub can ask for it (runtime message 'hub/reconnect') when a panel needs this room.
 */
export function createHubLink(options: HubLinkOptions, signal: AbortSignal) {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let invalidated = false;

  function open() {
    if (port || invalidated || signal.aborted) return port;
    try {
      const opened = browser.runtime.connect({ name: ROOM_PORT });
      opened.onMessage.addListener((message) => options.onMessage(message as HubToRoom));
      opened.onDisconnect.addListener(() => {
        if (port === opened) port = null;
      });
      port = opened;
      opened.postMessage(options.hello());
    } catch {
      // "Extension context invalidated": this content script outlived its extension.
      invalidate();
    }
    return port;
  }

  function invalidate() {
    port = null;
    if (invalidated) return;
    invalidated = true;
    options.onInvalidated();
  }

  function send(message: RoomToHub) {
    const target = open();
    if (!target) return;
    try {
      target.postMessage(message);
    } catch {
      invalidate();
    }
  }

  const onRuntimeMessage = (message: unknown) => {
    if ((message as Partial<HubToRoomWake> | null)?.kind === 'hub/reconnect') open();
  };
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onRuntimeMessage);
    port?.disconnect();
    port = null;
  });

  return { send, connect: open };
}
