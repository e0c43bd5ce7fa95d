// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NODE_SIZE } from '../../../../../client/src/graph/style.js';
import { between, glide, glideCamera, until } from '../../../../../client/src/ui/story/stage.js';
import { fakeDataExplorer } from '../fake-explorer.js';

const graph = {
  nodes: [
    { id: 'a', labels: ['Event'], name: 'A', properties: {} },
    { id: 'b', labels: ['Event'], name: 'B', properties: {} },
  ],
  edges: [],
};
const positions = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 } };

describe('staging a step', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('eases positions from where they are to where the step put them', () => {
    const from = new Map([['a', { x: 0, y: 0 }]]);
    expect(between(from, { a: { x: 100, y: 0 } }, 0.5)).toEqual({ a: { x: 50, y: 0 } });
    expect(between(from, { a: { x: 100, y: 0 }, gone: { x: 1, y: 1 } }, 1)).toEqual({
      a: { x: 100, y: 0 },
    });
  });

  it('glides the camera to fit where the nodes are going, not where they are', async () => {
    const f = fakeDataExplorer({ graph, positions });
    await glideCamera(f.ctx, { b: { x: 500, y: 200 } }, 400);
    const r = NODE_SIZE / 2;
    expect(f.canvas.glideViewTo).toHaveBeenCalledWith(
      { x1: -r, y1: -r, x2: 500 + r, y2: 200 + r },
      400,
    );
  });

  it('jumps the nodes to their places when motion is to be reduced', async () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const f = fakeDataExplorer({ graph, positions });
    await glide(f.ctx, { a: { x: 9, y: 9 }, gone: { x: 1, y: 1 } });
    expect(f.canvas.setPositions).toHaveBeenCalledOnce();
    expect(f.canvas.setPositions).toHaveBeenCalledWith({ a: { x: 9, y: 9 } });
  });

  it('stops waiting for a load that never ends', async () => {
    const t0 = Date.now();
    await until(() => false, 60, 10);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(50);
  });
});
