import { describe, expect, it } from 'vitest';
import { menuPlace } from '../../../../client/src/ui/menu-place.js';

const window = { width: 1440, height: 900 };

describe('where the context menu goes', () => {
  it('opens at the pointer when it fits', () => {
    expect(menuPlace({ x: 100, y: 200 }, { width: 220, height: 300 }, window)).toEqual({
      left: 100,
      top: 200,
      maxHeight: 884,
    });
  });

  it('moves up so its foot stays inside the window (right-click low on the canvas)', () => {
    const p = menuPlace({ x: 700, y: 620 }, { width: 220, height: 304 }, window);
    expect(p.top + 304).toBeLessThanOrEqual(900 - 8);
    expect(p.top).toBe(588);
  });

  it('moves left near the right edge', () => {
    expect(menuPlace({ x: 1400, y: 10 }, { width: 220, height: 100 }, window).left).toBe(1212);
  });

  it('is never taller than the window: it starts at the margin and scrolls', () => {
    const p = menuPlace(
      { x: 10, y: 500 },
      { width: 220, height: 2000 },
      { width: 390, height: 844 },
    );
    expect(p).toEqual({ left: 10, top: 8, maxHeight: 828 });
  });
});
