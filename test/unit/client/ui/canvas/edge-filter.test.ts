import { describe, expect, it } from 'vitest';
import { edgeFiltered, filterEmpty } from '../../../../../client/src/ui/canvas/content.js';

const none = new Set<string>();
const base = { hiddenLabels: [], hiddenTypes: [] };

describe('edgeFiltered', () => {
  it('keeps every link while the stated-only switch is off', () => {
    expect(edgeFiltered(base, none, 'PRECEDED', 'inferred')).toBe(false);
    expect(edgeFiltered(base, none, 'LOCATED_IN', 'background')).toBe(false);
  });

  it("leaves out the analyst's readings and background links when it is on, keeping stated ones", () => {
    const on = { ...base, statedOnly: true };
    expect(edgeFiltered(on, none, 'PRECEDED', 'inferred')).toBe(true);
    expect(edgeFiltered(on, none, 'LOCATED_IN', 'background')).toBe(true);
    expect(edgeFiltered(on, none, 'LED_TO', 'stated')).toBe(false);
    // A link from a dataset without evidence has no basis: nothing says it is not stated.
    expect(edgeFiltered(on, none, 'KNOWS', undefined)).toBe(false);
  });

  it('still leaves out an unticked relationship type', () => {
    expect(edgeFiltered(base, new Set(['PRECEDED']), 'PRECEDED', 'stated')).toBe(true);
  });
});

describe('filterEmpty', () => {
  it('is true only when no label, type, basis or date is left out', () => {
    expect(filterEmpty(base)).toBe(true);
    expect(filterEmpty({ ...base, statedOnly: false, dateFrom: '' })).toBe(true);
    expect(filterEmpty({ ...base, hiddenLabels: ['Firm'] })).toBe(false);
    expect(filterEmpty({ ...base, hiddenTypes: ['NEAR'] })).toBe(false);
    expect(filterEmpty({ ...base, statedOnly: true })).toBe(false);
    expect(filterEmpty({ ...base, dateTo: '2025-04-01' })).toBe(false);
  });
});
