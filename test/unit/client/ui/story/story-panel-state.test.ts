import { describe, expect, it } from 'vitest';
import { EXAMPLE_STORY_NAME } from '../../../../../client/src/story/seed-story.js';
import { addStep, newStory, toggleClaim } from '../../../../../client/src/story/story.js';
import { linkWords, panelState } from '../../../../../client/src/ui/story/panel-state.js';

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
      properties: { quote: 'the words' },
    },
    { id: 'b|NEAR|a', source: 'b', target: 'a', type: 'NEAR', properties: {} },
  ],
};
const story = toggleClaim(addStep(newStory('S', 'now'), { view: '' }), 's1', 'a|LED_TO|b');
const view = {
  stories: [story],
  current: story,
  selectedStep: 's1',
  message: undefined,
  events: undefined,
};

describe('the Story panel’s state', () => {
  it('lists the example first, then the stories kept', () => {
    expect(panelState(view, graph, []).stories.map((s) => s.name)).toEqual([
      EXAMPLE_STORY_NAME,
      'S',
    ]);
  });

  it('offers to cite the selection’s links that a report backs, with their quote', () => {
    expect(panelState(view, graph, ['a']).citable).toEqual([
      { id: 'a|LED_TO|b', sentence: 'Controls led to Pause', quote: 'the words' },
    ]);
  });

  it('names the cited links by their ends', () => {
    expect(panelState(view, graph, []).claimNames).toEqual({
      'a|LED_TO|b': 'Controls led to Pause',
    });
  });

  it('has no replay span before the events are loaded, and one after', () => {
    expect(panelState(view, graph, []).span('happened')).toBeUndefined();
    const events = [{ date: '2025-04-04', firstReported: '2025-04-05' }];
    expect(panelState({ ...view, events }, graph, []).span('reported')).toEqual({
      from: '2025-04-05',
      to: '2025-04-05',
    });
  });

  it('writes a link whose end is gone by its id', () => {
    expect(linkWords(graph, 'a', 'PROMPTED', 'gone')).toBe('Controls prompted gone');
  });
});
