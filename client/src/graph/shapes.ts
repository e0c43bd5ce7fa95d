// The node shapes outside Cytoscape: as SVG for the offline HTML export and as
// a CSS clip-path for the legend's swatches, drawn in a unit square (-1..1)
// close to how Cytoscape draws them, so a kind looks the same everywhere.
import type { Shape } from './kinds.js';

type Pt = readonly [number, number];

/** A five-pointed star: outer points on the unit circle, inner ones at 0.38. */
function star(): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : 0.38;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    out.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return out;
}

const POLYGONS: Partial<Record<Shape, readonly Pt[]>> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  tag: [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
  pentagon: [
    [0, -1],
    [1, -0.24],
    [0.62, 1],
    [-0.62, 1],
    [-1, -0.24],
  ],
  star: star(),
  vee: [
    [-1, -1],
    [0, -0.33],
    [1, -1],
    [0, 1],
  ],
  octagon: [
    [-0.41, -1],
    [0.41, -1],
    [1, -0.41],
    [1, 0.41],
    [0.41, 1],
    [-0.41, 1],
    [-1, 0.41],
    [-1, -0.41],
  ],
  rhomboid: [
    [-1, -1],
    [0.33, -1],
    [1, 1],
    [-0.33, 1],
  ],
};

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * One node's shape as an SVG element at (x, y), `size` wide and high.
 * `attrs` is put on the element as it is (fill, stroke…).
 */
export function shapeSvg(shape: Shape, x: number, y: number, size: number, attrs: string): string {
  const r = size / 2;
  const poly = POLYGONS[shape];
  if (poly) {
    const points = poly.map(([px, py]) => `${round(x + px * r)},${round(y + py * r)}`).join(' ');
    return `<polygon points="${points}" ${attrs}/>`;
  }
  if (shape === 'ellipse') return `<circle cx="${x}" cy="${y}" r="${r}" ${attrs}/>`;
  // Round rectangle and barrel: a rectangle with rounded corners, the barrel's flatter.
  const rx = shape === 'barrel' ? r * 0.6 : r * 0.5;
  const ry = shape === 'barrel' ? r * 0.2 : r * 0.5;
  return `<rect x="${round(x - r)}" y="${round(y - r)}" width="${size}" height="${size}" rx="${round(rx)}" ry="${round(ry)}" ${attrs}/>`;
}

/** CSS for a legend swatch of this shape (clip-path or border-radius). */
export function shapeCss(shape: Shape): string {
  const poly = POLYGONS[shape];
  if (poly) {
    const pct = (v: number) => `${round(((v + 1) / 2) * 100)}%`;
    return `clip-path:polygon(${poly.map(([px, py]) => `${pct(px)} ${pct(py)}`).join(',')})`;
  }
  if (shape === 'ellipse') return 'border-radius:50%';
  return shape === 'barrel' ? 'border-radius:25%/12%' : 'border-radius:25%';
}
