// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { claimsSource } from '../../../../../client/src/ui/story/claims-source.js';
import { fakeDataExplorer } from '../fake-explorer.js';

const graph = {
  nodes: [
    { id: 'a', labels: ['Event'], name: 'Controls', properties: {} },
    { id: 'b', labels: ['Event'], name: 'Pause', properties: {} },
  ],
  edges: [
    {
      id: 'a|LED_TO|b',
      source: 'a',
      target: 'b',
      type: 'LED_TO',
      properties: { quote: 'the words', basis: 'stated', sources: ['src:1'], paragraph: 2 },
    },
  ],
};

describe('a step’s cited claims', () => {
  it('resolves a claim drawn on the canvas with its quote', async () => {
    const f = fakeDataExplorer({ graph });
    const r = await claimsSource(f.ctx)(['a|LED_TO|b']);
    expect(r.found.map((c) => c.line.quote)).toEqual(['the words']);
    expect(r.gone).toEqual([]);
  });

  it('asks the server for the ends of a claim not drawn, and tells it gone when they lack it', async () => {
    const f = fakeDataExplorer({ graph });
    const r = await claimsSource(f.ctx)(['x|LED_TO|y']);
    expect(f.api.nodes).toHaveBeenCalledWith(['x', 'y'], { links: true });
    expect(r.gone).toEqual(['x|LED_TO|y']);
  });

  it('tells a claim gone when the server cannot be reached', async () => {
    const f = fakeDataExplorer({ graph });
    f.api.nodes.mockImplementationOnce(() => Promise.reject(new Error('offline')));
    expect((await claimsSource(f.ctx)(['x|LED_TO|y'])).gone).toEqual(['x|LED_TO|y']);
  });
});
