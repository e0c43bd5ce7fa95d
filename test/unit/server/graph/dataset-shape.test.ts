import { describe, expect, it } from 'vitest';
import {
  inferCaptions,
  inferTimeCandidates,
  timelineLabels,
} from '../../../../server/graph/dataset-shape.js';

const rows = [
  { label: 'Ship', property: 'title', types: ['String'] },
  { label: 'Ship', property: 'launched', types: ['Long'] },
  { label: 'Port', property: 'code', types: ['String'] },
  { label: 'Port', property: 'berths', types: ['Long'] },
  { label: 'Port', property: 'city', types: ['String'] },
  { label: 'Voyage', property: 'departed', types: ['Date'] },
];

describe('timelineLabels', () => {
  it('joins the event label and every dated label into one label expression', () => {
    expect(timelineLabels({ eventLabel: 'Event', dates: { Ship: { property: 'launched' } } })).toBe(
      '`Event`|`Ship`',
    );
  });
});

describe('inferCaptions', () => {
  it('prefers a declared caption, then title, then the first string property by name', () => {
    expect(inferCaptions(rows, { Voyage: 'departed' })).toEqual({
      Ship: 'title',
      Port: 'city',
      Voyage: 'departed',
    });
  });
});

describe('inferTimeCandidates', () => {
  it('offers dates and integers named like a year, not other integers', () => {
    expect(inferTimeCandidates(rows)).toEqual([
      { label: 'Ship', property: 'launched', type: 'integer year' },
      { label: 'Voyage', property: 'departed', type: 'Date' },
    ]);
  });
});
