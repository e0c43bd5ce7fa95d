import { describe, expect, it } from 'vitest';
import {
  captionCypher,
  inferCaptions,
  inferDates,
  infersTime,
  inferTimeCandidates,
  timelineLabels,
} from '../../../../core/dataset/shape.js';

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

describe('inferDates', () => {
  it('dates a label by an integer year at year precision when it has nothing better', () => {
    expect(inferDates(rows)).toEqual({
      Ship: { property: 'launched', precision: 'year' },
      Voyage: { property: 'departed', precision: undefined },
    });
  });

  it('prefers the loader-written date, then a date type, to an integer year', () => {
    const dated = [
      ...rows,
      { label: 'Ship', property: 'commissioned', types: ['Date'] },
      { label: 'Voyage', property: 'date', types: ['Date'] },
    ];
    expect(inferDates(dated)).toEqual({
      Ship: { property: 'commissioned', precision: undefined },
      Voyage: { property: 'date', precision: undefined },
    });
  });
});

describe('infersTime', () => {
  it('infers time only when the manifest names neither dates nor an event label', () => {
    expect(infersTime(undefined)).toBe(true);
    expect(infersTime({ title: 'Press' })).toBe(true);
    expect(infersTime({ dates: {} })).toBe(false);
    expect(infersTime({ eventLabel: 'Event' })).toBe(false);
  });
});

describe('captionCypher', () => {
  it('tries the declared caption of each label before the common caption names', () => {
    const cypher = captionCypher('x', { Book: 'code' });
    expect(cypher.indexOf('x:`Book` THEN')).toBeGreaterThan(0);
    expect(cypher.indexOf('x.`code`')).toBeLessThan(cypher.indexOf('x.`name`'));
  });
});
