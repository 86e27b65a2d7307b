// @vitest-environment jsdom
import { computedOnce } from './css';

/** Two avatars of different pupils under the same kind of row, and a counter of style computations. */
function avatars() {
  // A document of its own: what was computed is kept per document.
  const doc = document.implementation.createHTMLDocument('room');
  doc.body.innerHTML = `
    <div class="row"><div class="avatar muted" data-test="viewerAvatar" style="background-color:#7b1fa2">Ma</div></div>
    <div class="row"><div class="avatar muted" data-test="viewerAvatar" style="background-color:#1976d2">Pa</div></div>`;
  const [marie, paul] = [...doc.querySelectorAll('.avatar')] as [HTMLElement, HTMLElement];
  let computations = 0;
  const after = (element: Element) => computedOnce(element, 'after', () => `glyph ${++computations}`);
  const animation = (element: Element) => computedOnce(element, 'animation', () => `pulse ${++computations}`);
  return { marie, paul, after, animation, computations: () => computations };
}

describe('computed styles kept by look', () => {
  it('computes ::after once for avatars that look alike, whatever their own colour', () => {
    const { marie, paul, after, computations } = avatars();
    expect(after(marie)).toBe('glyph 1');
    expect(after(paul)).toBe('glyph 1');
    expect(computations()).toBe(1);
  });

  it('computes again when a class changes, on the element or its parent', () => {
    const { marie, paul, after, computations } = avatars();
    after(marie);
    marie.className = 'avatar in-audio';
    expect(after(marie)).toBe('glyph 2');
    paul.parentElement!.className = 'row current';
    expect(after(paul)).toBe('glyph 3');
    expect(computations()).toBe(3);
  });

  it('leaves a colour in the inline style out for animations', () => {
    const { marie, paul, animation, computations } = avatars();
    expect(animation(marie)).toBe('pulse 1');
    expect(animation(paul)).toBe('pulse 1');
    expect(computations()).toBe(1);
  });

  it('counts an inline style in for animations when it can set one, directly or through a custom property', () => {
    const { marie, paul, animation, computations } = avatars();
    animation(marie);
    paul.setAttribute('style', 'background-color:#1976d2; animation: pulse 1s infinite');
    expect(animation(paul)).toBe('pulse 2');
    marie.setAttribute('style', 'background-color:#7b1fa2; --talking: pulse');
    expect(animation(marie)).toBe('pulse 3');
    expect(computations()).toBe(3);
  });

  it('tells apart the same element seen for ::after and for its animation', () => {
    const { marie, after, animation } = avatars();
    expect(after(marie)).toBe('glyph 1');
    expect(animation(marie)).toBe('pulse 2');
  });
});
