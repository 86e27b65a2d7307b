import { clampPosition, isOverlayPosition } from './overlayPosition';

const viewport = { width: 1000, height: 700 };

describe('clampPosition', () => {
  it('keeps a position inside the viewport as it is, in whole pixels', () => {
    expect(clampPosition({ x: 120.4, y: 80.6 }, 300, viewport)).toEqual({ x: 120, y: 81 });
  });

  it('keeps the whole width on screen horizontally, and the header vertically', () => {
    expect(clampPosition({ x: 900, y: 690 }, 300, viewport)).toEqual({ x: 700, y: 652 });
    expect(clampPosition({ x: -50, y: -20 }, 300, viewport)).toEqual({ x: 0, y: 0 });
  });

  it('keeps a grab of the header on screen when the width is not known yet', () => {
    expect(clampPosition({ x: 2000, y: 100 }, 0, viewport)).toEqual({ x: 952, y: 100 });
  });

  it('puts the overlay at the corner of a viewport smaller than it', () => {
    expect(clampPosition({ x: 50, y: 50 }, 300, { width: 200, height: 30 })).toEqual({ x: 0, y: 0 });
  });
});

describe('isOverlayPosition', () => {
  it('accepts finite coordinates only', () => {
    expect(isOverlayPosition({ x: 1, y: 2 })).toBe(true);
    for (const bad of [null, undefined, 'x', { x: 1 }, { x: '1', y: 2 }, { x: Number.NaN, y: 0 }, { x: 0, y: Number.POSITIVE_INFINITY }]) {
      expect(isOverlayPosition(bad)).toBe(false);
    }
  });
});
