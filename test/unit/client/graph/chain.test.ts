import { describe, expect, it } from 'vitest';
import type { EventChain } from '../../../../contract/index.js';
import { causesOnly, chainPlacement, chainWords } from '../../../../client/src/graph/chain.js';

type Ev = EventChain['events'][number];
const ev = (id: string, position: Ev['position']): Ev => ({
  id,
  name: id,
  labels: ['Event'],
  kind: null,
  description: null,
  date: '2025-01-01',
  endDate: null,
  endDatePrecision: null,
  datePrecision: 'day',
  dateInferred: false,
  dateInferredFrom: null,
  firstReported: null,
  participants: [],
  sources: [],
  position,
});
const link = (source: string, target: string, type: string): EventChain['links'][number] => ({
  source,
  target,
  type,
  kind: type === 'PRECEDED' ? 'sequence' : 'causal',
  basis: type === 'PRECEDED' ? 'inferred' : 'stated',
  note: null,
  description: null,
  sources: [],
  quote: null,
  quoteSource: null,
  paragraph: null,
});

// a -LED_TO-> root, b -PRECEDED-> root, c -PROMPTED-> b, root -PRECEDED-> d
const links = [
  link('a', 'root', 'LED_TO'),
  link('b', 'root', 'PRECEDED'),
  link('c', 'b', 'PROMPTED'),
  link('root', 'd', 'PRECEDED'),
];
const chain: EventChain = {
  root: 'root',
  events: [
    ev('a', 'cause'),
    ev('b', 'cause'),
    ev('c', 'cause'),
    ev('root', 'root'),
    ev('d', 'consequence'),
  ],
  links,
  graph: {
    nodes: ['a', 'b', 'c', 'root', 'd'].map((id) => ({
      id,
      labels: ['Event'],
      name: id,
      properties: {},
    })),
    edges: links.map((l) => ({
      id: `${l.source}|${l.type}|${l.target}`,
      source: l.source,
      target: l.target,
      type: l.type,
      properties: {},
    })),
  },
};

describe('chainWords', () => {
  it.each([
    ['LED_TO', 'led to'],
    ['PROMPTED', 'prompted'],
    ['PRECEDED', 'came before'],
  ])('reads %s as %j', (type, words) => {
    expect(chainWords({ type, kind: type === 'PRECEDED' ? 'sequence' : 'causal' })).toBe(words);
  });
});

describe('causesOnly', () => {
  it('keeps the causal links and only the events they still join to the root', () => {
    const c = causesOnly(chain);
    expect(c.links.map((l) => l.type)).toEqual(['LED_TO']);
    expect(c.events.map((e) => e.id).sort()).toEqual(['a', 'root']);
    expect(c.graph.edges.map((e) => e.id)).toEqual(['a|LED_TO|root']);
  });
});

describe('chainPlacement', () => {
  const dated = (id: string, position: Ev['position'], date: string): Ev => ({
    ...ev(id, position),
    date,
  });

  it('puts events left to right by date, causes before the root', () => {
    const { positions } = chainPlacement({
      events: [
        dated('late', 'consequence', '2025-06-01'),
        dated('root', 'root', '2025-04-01'),
        dated('early', 'cause', '2025-01-01'),
        dated('mid', 'consequence', '2025-05-01'),
      ],
    });
    const x = (id: string) => positions.get(id)?.x ?? NaN;
    expect(x('early')).toBeLessThan(x('root'));
    expect(x('root')).toBeLessThan(x('mid'));
    expect(x('mid')).toBeLessThan(x('late'));
  });

  it('stacks events of the same day in one column, each in its own place', () => {
    const { positions, columns } = chainPlacement({
      events: [
        dated('a', 'cause', '2025-01-01'),
        dated('b', 'cause', '2025-01-01'),
        dated('root', 'root', '2025-02-01'),
      ],
    });
    expect(columns.map((c) => c.date)).toEqual(['2025-01-01', '2025-02-01']);
    expect(positions.get('a')?.x).toBe(positions.get('b')?.x);
    expect(positions.get('a')?.y).not.toBe(positions.get('b')?.y);
  });

  it('gives every event of a long chain a distinct place', () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      dated(`e${i}`, i === 0 ? 'root' : 'consequence', `2025-0${1 + (i % 9)}-01`),
    );
    const { positions } = chainPlacement({ events });
    const places = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(places.size).toBe(30);
  });
});
