import { describe, expect, it } from 'vitest';
import {
  buildNameIndex,
  canonicalWord,
  matchNames,
  withinOneEdit,
} from '../../../../core/reports/names.js';

const index = buildNameIndex([
  { id: 'p:pillai', name: 'Meera Pillai', aliases: ['Pillai'], label: 'Person' },
  { id: 'o:mines', name: 'Ministry of Mines', aliases: ['MoM'], label: 'Organization' },
  { id: 'c:magnet', name: 'rare earth magnet', aliases: [], label: 'Commodity' },
  { id: 'x:licence', name: 'export licence', aliases: [], label: 'Condition' },
  { id: 'c:in', name: 'India', aliases: [], label: 'Country' },
  { id: 'src', name: 'file', aliases: ['001_x.txt', '001'], label: 'Thing' },
]);
const found = (text: string) =>
  matchNames(index, text).map((m) => [m.text, m.nodes[0]?.id, m.exact]);

describe("the graph's names in a report", () => {
  it('matches whatever the case and the plural', () => {
    expect(found('Imports of Rare Earth Magnets rose.')).toEqual([
      ['Rare Earth Magnets', 'c:magnet', true],
    ]);
  });

  it('matches the other spelling and a hyphenated form', () => {
    expect(found('export licenses for rare-earth magnets')).toEqual([
      ['export licenses', 'x:licence', true],
      ['rare-earth magnets', 'c:magnet', true],
    ]);
  });

  it('matches a longer word a letter off, marked as not exact', () => {
    expect(found('the Minstry of Mines said')).toEqual([['Minstry of Mines', 'o:mines', false]]);
  });

  it('prefers the longest name where two overlap', () => {
    expect(found('said Meera Pillai.')).toEqual([['Meera Pillai', 'p:pillai', true]]);
  });

  it('matches an acronym only as written', () => {
    expect(found('MoM said; mom said')).toEqual([['MoM', 'o:mines', true]]);
  });

  it('does not take a short word a letter off (India is not Indian)', () => {
    expect(found('Indian firms')).toEqual([]);
  });

  it('leaves out file names and bare numbers', () => {
    expect(found('see 001 and 001_x.txt')).toEqual([]);
  });

  it('folds words to one form', () => {
    expect(canonicalWord('Licences')).toBe('license');
    expect(canonicalWord('India’s')).toBe('india');
    expect(withinOneEdit('jaishankar', 'jaishanker')).toBe(true);
    expect(withinOneEdit('jaishankar', 'jiashnkar')).toBe(false);
  });
});
