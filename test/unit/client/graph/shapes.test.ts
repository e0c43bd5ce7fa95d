import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../../../client/src/graph/kinds.js';
import { shapeCss, shapeSvg } from '../../../../client/src/graph/shapes.js';

describe('shapeSvg', () => {
  it('draws every shape the kinds use as one SVG element centred on the node', () => {
    for (const shape of SHAPES) {
      const el = shapeSvg(shape, 100, 50, 26, 'fill="#000"');
      expect(el, shape).toMatch(/^<(polygon|circle|rect) [^>]*fill="#000"\/>$/);
      const nums = [...el.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
      expect(Math.min(...nums.filter((n) => n > 80)), shape).toBeGreaterThanOrEqual(86);
    }
  });

  it('gives shapes that look different different outlines', () => {
    const outlines = SHAPES.map((s) => shapeSvg(s, 0, 0, 26, ''));
    expect(new Set(outlines).size).toBe(SHAPES.length);
  });
});

describe('shapeCss', () => {
  it('gives each shape a swatch outline, polygons as a clip-path', () => {
    expect(shapeCss('ellipse')).toBe('border-radius:50%');
    expect(shapeCss('diamond')).toBe('clip-path:polygon(50% 0%,100% 50%,50% 100%,0% 50%)');
    expect(new Set(SHAPES.map(shapeCss)).size).toBe(SHAPES.length);
  });
});
