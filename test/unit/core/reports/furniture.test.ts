import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../../../core/reports/furniture.js';

const kinds = (ps: string[]) => detectFurniture(ps).map((f) => [f.paragraph, f.kind]);

describe('page furniture', () => {
  it('flags advertising markers', () => {
    expect(kinds(['Title', 'Advertisement', 'Body text of the story here.', 'Read more!'])).toEqual(
      [
        [2, 'advertisement'],
        [4, 'advertisement'],
      ],
    );
  });

  it('flags a body printed twice, naming the first copy', () => {
    const body = 'The port authority opened a new terminal for bulk cargo on Monday.';
    const found = detectFurniture(['Title', body, 'Another paragraph of the story.', body]);
    expect(found).toEqual([{ paragraph: 4, kind: 'repeat', reason: 'repeats paragraph 2' }]);
  });

  it('flags a line holding the same words twice', () => {
    expect(kinds(['Ships dock at the new pierShips dock at the new pier'])).toEqual([
      [1, 'repeat'],
    ]);
  });

  it('flags the headlines listed under a related-articles header, with their summaries', () => {
    const ps = [
      'Title',
      'The story ends here.',
      'Related Articles',
      'Heatwave warning for the west',
      'The weather office asked people to stay indoors.',
      'Latest News',
      'Bus fares to rise',
    ];
    expect(kinds(ps)).toEqual([
      [3, 'related'],
      [4, 'unrelated'],
      [5, 'unrelated'],
      [6, 'related'],
      [7, 'unrelated'],
    ]);
  });

  it('keeps the story going after an empty related-articles header', () => {
    const ps = [
      'Title',
      'Related Articles',
      'The decision could help the port, officials said.',
      'More text.',
    ];
    expect(kinds(ps)).toEqual([[2, 'related']]);
  });
});
