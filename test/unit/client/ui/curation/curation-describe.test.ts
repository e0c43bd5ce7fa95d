// The words of the review list and the history: what a draft proposes in one
// line, and what a change made different, property by property.
import { describe, expect, it } from 'vitest';
import { describeOperation, diffRows } from '../../../../../client/src/ui/curation/describe.js';

const figure = { id: 'fig:a', labels: ['Figure'], props: { id: 'fig:a', quantity: 'Magnets' } };

describe('curation words', () => {
  it('says what a correction proposes, with the property and its new value', () => {
    expect(
      describeOperation({
        kind: 'edit-node',
        id: 'fig:a',
        set: { quantity: 'Magnets received' },
        unset: ['unit'],
      }),
    ).toBe('Correct fig:a: quantity = Magnets received; unit removed');
  });

  it('lists only the properties a change made different, before and after', () => {
    const after = { ...figure, props: { ...figure.props, quantity: 'Magnets received' } };
    expect(diffRows({ nodes: [figure], rels: [] }, { nodes: [after], rels: [] })).toEqual([
      { on: 'fig:a', property: 'quantity', before: 'Magnets', after: 'Magnets received' },
    ]);
  });

  it('shows a claim made as not existing before and existing after', () => {
    const link = { from: 'a', type: 'IN', to: 'b', props: { quote: 'q' } };
    expect(diffRows({ nodes: [], rels: [] }, { nodes: [], rels: [link] })).toEqual([
      { on: 'a|IN|b', property: '(exists)', before: 'no', after: 'yes' },
    ]);
  });
});
