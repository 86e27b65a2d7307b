import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { detectRoom } from '../../platforms/registry';
import { waitForRoom } from '../../room/waitForRoom';
import { runRoom } from '../../room/runRoom';
import { createHubLink } from '../../room/hubLink';
import { Overlay } from '../../components/Overlay';
import { messagesFor, pickLocale } from '../../i18n/messages';
import type { HubToRoom, OverlayState, SessionCommand } from '../../messaging/protocol';
// Inlined into the script: no web-accessible resource, so room pages cannot probe for Moderato.
import overlayCss from './overlay.css?inline';
import type { OverlayPosition } from '../../components/Overlay';

const OVERLAY_POSITION = 'overlayPosition';

export default defineContentScript({
  // The demo room. Real BigBlueButton hosts are enabled one by one by the moderator and get this
  // script through runtime registration (see origins/).
  matches: ['http://127.0.0.1/html5client*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const signal = ctx.signal;
    const found = await waitForRoom(document, () => detectRoom(document, new URL(location.href)), signal);
    if (!found) return;

    const [overlayState, setOverlayState] = createSignal<OverlayState | null>(null);
    let sendCommand: (command: SessionCommand) => void = () => undefined;
    const t = messagesFor(pickLocale(navigator.languages));
    // Kept in the extension's storage, never in the page's (the room's scripts could read it).
    const saved = await browser.storage.local.get(OVERLAY_POSITION).catch(() => ({}));
    const initialPosition = (saved as Record<string, OverlayPosition | undefined>)[OVERLAY_POSITION] ?? null;
    const savePosition = (position: OverlayPosition) =>
      void browser.storage.local.set({ [OVERLAY_POSITION]: position }).catch(() => undefined);
    const ui = await createShadowRootUi(ctx, {
      name: 'moderato-overlay',
      css: overlayCss,
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      onMount: (container) => render(() => (
          <Overlay
            state={overlayState}
            t={t}
            onCommand={(command) => sendCommand(command)}
            initialPosition={initialPosition}
            onMoved={savePosition}
          />
        ), container),
      onRemove: (dispose) => dispose?.(),
    });
    ui.mount();

    let handleHubMessage: (message: HubToRoom) => void = () => undefined;
    const room = runRoom({
      doc: document,
      adapter: found.adapter,
      detection: found.detection,
      now: Date.now,
      signal,
      connect: (hello) =>
        createHubLink({ hello, onMessage: (message) => handleHubMessage(message), onInvalidated: () => ui.remove() }, signal),
    });
    sendCommand = (command) => room.send({ kind: 'room/command', command, at: Date.now() });
    handleHubMessage = (message) => {
      if (message.kind === 'hub/overlay') setOverlayState(message.state);
      else void room.handle(message);
    };
  },
});
