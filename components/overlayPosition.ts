/**
 * Where the overlay's frame sits on the room page. Pure: the viewport is passed in, so the same
 * rules hold in the content script and in tests.
 */
export interface OverlayPosition {
  x: number;
  y: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** How far one arrow key press moves the overlay. */
export const OVERLAY_KEY_STEP = 20;
/** Part of the header that must stay on screen so the overlay can always be grabbed back. */
const KEEP_VISIBLE = 48;

/** Keeps the top-left corner where the header can still be grabbed, in whole pixels. */
export function clampPosition(position: OverlayPosition, width: number, viewport: Viewport): OverlayPosition {
  const maxX = Math.max(0, viewport.width - Math.max(KEEP_VISIBLE, width));
  const maxY = Math.max(0, viewport.height - KEEP_VISIBLE);
  return { x: Math.round(Math.min(Math.max(0, position.x), maxX)), y: Math.round(Math.min(Math.max(0, position.y), maxY)) };
}

/** Whether a value read back from storage is a position at all (anything else is dropped). */
export function isOverlayPosition(value: unknown): value is OverlayPosition {
  const candidate = value as Partial<OverlayPosition> | null;
  return typeof candidate?.x === 'number' && Number.isFinite(candidate.x) && typeof candidate.y === 'number' && Number.isFinite(candidate.y);
}
