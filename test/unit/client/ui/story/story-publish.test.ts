// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addStep, newStory, type Story } from '../../../../../client/src/story/story.js';
import { entersOn, publishStory } from '../../../../../client/src/ui/story/publish.js';
import { fakeDataExplorer } from '../fake-explorer.js';

const graph = {
  nodes: [
    {
      id: 'a',
      labels: ['Event'],
      name: 'A',
      properties: { date: '2025-04-04', firstReported: '2025-04-06' },
    },
    { id: 'b', labels: ['Event'], name: 'B', properties: { date: '2025-06-01' } },
  ],
  edges: [{ id: 'a|LED_TO|b', source: 'a', target: 'b', type: 'LED_TO', properties: {} }],
};

function deps() {
  const f = fakeDataExplorer({ graph });
  return {
    ctx: f.ctx,
    actions: {
      loadView: () => {
        document.body.dataset['ready'] = 'true';
        return Promise.resolve();
      },
    },
    claims: () => Promise.resolve({ found: [], gone: [] }),
    sources: () => Promise.resolve([]),
    title: 'Explorer',
  };
}

describe('publishing a story', () => {
  beforeEach(() => vi.stubGlobal('matchMedia', () => ({ matches: true })));
  afterEach(() => vi.unstubAllGlobals());

  it('publishes a story of 100 steps and says its size and the time it took', async () => {
    let story: Story = newStory('Long', 'now');
    for (let i = 0; i < 100; i++) story = addStep(story, { view: '?sel=a&v=2' });
    const out = await publishStory(deps(), story);
    console.log(
      `100 steps published: ${(out.bytes / 1024).toFixed(0)} KB in ${out.ms.toFixed(0)} ms`,
    );
    expect(out.html.match(/<section class="step"/g)).toHaveLength(100);
    expect(out.bytes).toBe(new TextEncoder().encode(out.html).length);
    expect(out.ms).toBeGreaterThan(0);
  }, 60_000);

  it('dates each node by the clock, and each link by its later end', () => {
    expect(entersOn(graph, 'reported')).toEqual({
      a: '2025-04-06',
      b: '2025-06-01',
      'a|LED_TO|b': '2025-06-01',
    });
    expect(entersOn(graph, 'happened')['a']).toBe('2025-04-04');
  });
});
