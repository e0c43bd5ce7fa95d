import { describe, expect, it } from 'vitest';
import { LABEL_FIT, centreView, fitView } from '../../../../client/src/graph/fit.js';

const onScreen = (v: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
  x: x * v.zoom + v.pan.x,
  y: y * v.zoom + v.pan.y,
});

describe('fitView', () => {
  it('leaves room at the sides for half the widest label', () => {
    const v = fitView({ x1: 0, y1: 0, x2: 1000, y2: 100 }, 800, 600);
    expect(onScreen(v, 0, 0).x).toBeCloseTo(LABEL_FIT.side);
    expect(onScreen(v, 1000, 0).x).toBeCloseTo(800 - LABEL_FIT.side);
  });

  it('leaves a label line under the lowest nodes', () => {
    const v = fitView({ x1: 0, y1: 0, x2: 100, y2: 1000 }, 800, 600);
    expect(onScreen(v, 0, 0).y).toBeCloseTo(LABEL_FIT.top);
    expect(onScreen(v, 0, 1000).y).toBeCloseTo(600 - LABEL_FIT.bottom);
  });

  it('centres what is narrower than the view', () => {
    const v = fitView({ x1: 0, y1: 0, x2: 100, y2: 1000 }, 800, 600);
    expect(onScreen(v, 50, 0).x).toBeCloseTo(400);
  });

  it('keeps the zoom within Cytoscape’s range for a single node', () => {
    expect(fitView({ x1: 5, y1: 5, x2: 5, y2: 5 }, 800, 600).zoom).toBe(4);
    expect(fitView({ x1: 0, y1: 0, x2: 1e7, y2: 1 }, 800, 600).zoom).toBe(0.1);
  });
});

describe('centreView', () => {
  it('puts the middle of the box at the middle of the view at the zoom asked', () => {
    const v = centreView({ x1: 100, y1: 40, x2: 140, y2: 60 }, 3, 800, 600);
    expect(v.zoom).toBe(3);
    expect(onScreen(v, 120, 50)).toEqual({ x: 400, y: 300 });
  });
});
