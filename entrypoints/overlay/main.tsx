import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { Overlay } from '../../components/Overlay';
import { pickLocale } from '../../core/i18n/messages';
import { I18nProvider } from '../../components/i18n';
import { OVERLAY_FRAME_HELLO, type OverlayFrameToRoom, type OverlayState, type RoomToOverlayFrame } from '../../core/protocol';
import '../../components/tokens.css';
import './style.css';

// The overlay's frame: an extension page the room script lays over the room (room/overlayFrame.ts).
// Its layout and painting happen in the extension's process, off the class's main thread.
const locale = pickLocale(navigator.languages);
document.documentElement.lang = locale;
const nonce = location.hash.slice(1);

const [state, setState] = createSignal<OverlayState | null>(null);
let port: MessagePort | null = null;
let lastSize: { width: number; height: number } | null = null;
const post = (message: OverlayFrameToRoom) => port?.postMessage(message);

// The room script's channel, recognised by the nonce it put in this page's URL. Anything else
// posted to this window (the room page can reach it too) is ignored.
window.addEventListener('message', function takePort(event: MessageEvent) {
  const hello = event.data as { kind?: unknown; nonce?: unknown } | null;
  const offered = event.ports[0];
  if (port || !nonce || event.source !== window.parent || hello?.kind !== OVERLAY_FRAME_HELLO || hello.nonce !== nonce || !offered) return;
  window.removeEventListener('message', takePort);
  port = offered;
  port.onmessage = (message: MessageEvent<RoomToOverlayFrame>) => {
    if (message.data?.kind === 'frame/state') setState(message.data.state);
  };
  if (lastSize) post({ kind: 'frame/size', ...lastSize });
});

render(
  () => (
    <I18nProvider locale={locale}>
      <Overlay
        state={state}
        onCommand={(command) => post({ kind: 'frame/command', command })}
        onDrag={(phase, dx, dy) => post({ kind: 'frame/drag', phase, dx, dy })}
        onNudge={(dx, dy) => post({ kind: 'frame/nudge', dx, dy })}
      />
    </I18nProvider>
  ),
  document.body,
);

// The room script sizes the frame to the overlay, which grows and shrinks with what it shows.
const overlay = document.querySelector('[data-testid="overlay"]');
if (overlay) {
  new ResizeObserver(() => {
    const box = overlay.getBoundingClientRect();
    const size = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
    if (lastSize?.width === size.width && lastSize.height === size.height) return;
    lastSize = size;
    post({ kind: 'frame/size', ...size });
  }).observe(overlay);
}
