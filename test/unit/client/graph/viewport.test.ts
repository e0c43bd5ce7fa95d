import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  LARGE_GRAPH,
  viewportSettings,
  watchViewport,
} from '../../../../client/src/graph/viewport.js';

/** A hand-written stand-in for Cytoscape: a renderer object, an element count and its events. */
function fakeCy(renderer: Record<string, unknown> | undefined) {
  let count = 0;
  const handlers: (() => void)[] = [];
  const cy = {
    renderer: () => renderer,
    elements: () => ({ length: count }),
    on: (_events: string, f: () => void) => handlers.push(f),
  } as unknown as Core;
  return {
    cy,
    setCount: async (n: number) => {
      count = n;
      handlers.forEach((f) => f());
      await Promise.resolve();
    },
  };
}

describe('viewportSettings', () => {
  it('draws everything while moving a graph up to the threshold', () => {
    expect(viewportSettings(LARGE_GRAPH)).toEqual({
      hideEdgesOnViewport: false,
      textureOnViewport: false,
    });
  });

  it('hides edges and draws a texture while moving a larger graph', () => {
    expect(viewportSettings(LARGE_GRAPH + 1)).toEqual({
      hideEdgesOnViewport: true,
      textureOnViewport: true,
    });
  });
});

describe('watchViewport', () => {
  it('switches the renderer to the cheaper drawing when the graph grows and back when it shrinks', async () => {
    const renderer = { hideEdgesOnViewport: false, textureOnViewport: false };
    const { cy, setCount } = fakeCy(renderer);
    watchViewport(cy);
    await setCount(LARGE_GRAPH * 2);
    expect(renderer).toEqual({ hideEdgesOnViewport: true, textureOnViewport: true });
    await setCount(10);
    expect(renderer).toEqual({ hideEdgesOnViewport: false, textureOnViewport: false });
  });

  it('leaves a renderer without these settings alone', async () => {
    const renderer: Record<string, unknown> = { name: 'other' };
    const { cy, setCount } = fakeCy(renderer);
    watchViewport(cy);
    await setCount(LARGE_GRAPH * 2);
    expect(renderer).toEqual({ name: 'other' });
  });
});
