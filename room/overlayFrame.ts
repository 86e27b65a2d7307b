import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { clampPosition, OVERLAY_KEY_STEP, type OverlayPosition } from '../components/overlayPosition';
import { OVERLAY_FRAME_HELLO, type OverlayFrameToRoom, type OverlayState, type RoomToOverlayFrame, type RoomToOverlayFrameHello, type SessionCommand } from '../core/protocol';
// Inlined into the script: the page gets no stylesheet URL to probe for Moderato.
import frameCss from './overlayFrame.css?inline';
import { visibilityGate, type VisibilityGate } from './visibilityGate';

/** The frame's page, web-accessible only under a per-session URL (use_dynamic_url). */
const FRAME_PAGE = '/overlay.html';

export interface OverlayFrameOptions {
  title: string;
  /** Where the moderator last left the overlay, or null for its default corner. */
  initialPosition: OverlayPosition | null;
  onCommand(command: SessionCommand): void;
  /** Once a drag or a keyboard move ends, with the new top-left corner. */
  onMoved(position: OverlayPosition): void;
}

export interface OverlayFrame {
  show(state: OverlayState): void;
  remove(): void;
}

/**
 * Lays the overlay's frame over the room page, in a closed shadow root. The frame is an extension
 * page, so the overlay's updates are styled, laid out and painted in the extension's process: the
 * room page only composites it. This script keeps what needs the room's viewport: where the frame
 * sits and how big it is, from what the overlay reports over a private MessageChannel.
 */
export async function mountOverlayFrame(ctx: ContentScriptContext, options: OverlayFrameOptions): Promise<OverlayFrame> {
  const nonce = crypto.randomUUID();
  const src = `${browser.runtime.getURL(FRAME_PAGE)}#${nonce}`;
  let frame: HTMLIFrameElement | null = null;
  let port: MessagePort | null = null;
  let lastState: OverlayState | null = null;
  let position: OverlayPosition | null = null;
  let dragFrom: DOMRect | null = null;
  // Clicks on the overlay count only while the browser shows it unobstructed (visibilityGate.ts).
  let gate: VisibilityGate | null = null;

  const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
  const place = (at: OverlayPosition) => {
    position = at;
    if (!frame) return;
    frame.style.left = `${at.x}px`;
    frame.style.top = `${at.y}px`;
    frame.style.right = 'auto';
  };
  const moveBy = (from: DOMRect, dx: number, dy: number) => place(clampPosition({ x: from.left + dx, y: from.top + dy }, from.width, viewport()));

  const onFrameMessage = (event: MessageEvent<OverlayFrameToRoom>) => {
    const message = event.data;
    if (!frame || !message) return;
    if (message.kind === 'frame/command') {
      if (gate?.allows()) options.onCommand(message.command);
    } else if (message.kind === 'frame/size' && isLength(message.width) && isLength(message.height)) {
      frame.style.width = `${message.width}px`;
      frame.style.height = `${message.height}px`;
      // Grown (large display) from a place the moderator chose: kept on screen.
      if (position) place(clampPosition(position, message.width, viewport()));
    } else if (message.kind === 'frame/drag' && Number.isFinite(message.dx) && Number.isFinite(message.dy)) {
      if (message.phase === 'start') dragFrom = frame.getBoundingClientRect();
      if (!dragFrom) return;
      // The release is not a move: it stays where the moves left it. Its screen coordinates come
      // from a frame that has just moved and may be stale (it once put it back 136 px off).
      if (message.phase === 'end') {
        dragFrom = null;
        if (position) options.onMoved(position);
        return;
      }
      moveBy(dragFrom, message.dx, message.dy);
    } else if (message.kind === 'frame/nudge' && isStep(message.dx) && isStep(message.dy)) {
      moveBy(frame.getBoundingClientRect(), message.dx * OVERLAY_KEY_STEP, message.dy * OVERLAY_KEY_STEP);
      if (position) options.onMoved(position);
    }
  };

  // Each load of the frame's page (the first, or after the browser reloaded it) gets a new channel.
  const connectFrame = () => {
    if (!frame?.contentWindow) return;
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = onFrameMessage;
    // Only to Moderato's own page: the room page can navigate the frame elsewhere.
    frame.contentWindow.postMessage({ kind: OVERLAY_FRAME_HELLO, nonce } satisfies RoomToOverlayFrameHello, extensionOrigin(), [channel.port2]);
    if (lastState) send({ kind: 'frame/state', state: lastState });
  };
  const send = (message: RoomToOverlayFrame) => port?.postMessage(message);

  const ui = await createShadowRootUi(ctx, {
    name: 'moderato-overlay',
    css: frameCss,
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    onMount: (container) => {
      const created = document.createElement('iframe');
      created.className = 'moderato-frame';
      created.title = options.title;
      created.src = src;
      created.addEventListener('load', connectFrame);
      container.append(created);
      frame = created;
      gate = visibilityGate(created);
      if (options.initialPosition) place(clampPosition(options.initialPosition, 0, viewport()));
      return created;
    },
    onRemove: () => {
      gate?.stop();
      gate = null;
      port?.close();
      port = null;
      frame = null;
    },
  });
  ui.mount();
  // A window made smaller (a projector, a split screen) must not leave the overlay out of reach.
  const keepInView = () => {
    if (position && frame) place(clampPosition(position, frame.getBoundingClientRect().width, viewport()));
  };
  window.addEventListener('resize', keepInView);

  return {
    show(state) {
      lastState = state;
      send({ kind: 'frame/state', state });
    },
    remove() {
      window.removeEventListener('resize', keepInView);
      ui.remove();
    },
  };
}

/**
 * The origin the frame's page runs in. Chrome maps the per-session URL onto the extension's own
 * origin; Firefox's extension URLs are that origin already.
 */
function extensionOrigin(): string {
  return import.meta.env.FIREFOX ? new URL(browser.runtime.getURL('/')).origin : `chrome-extension://${browser.runtime.id}`;
}

const isLength = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 10_000;
const isStep = (value: unknown): value is number => value === -1 || value === 0 || value === 1;
