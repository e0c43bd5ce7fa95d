import { describe, expect, it } from 'vitest';
import type { EventChain } from '../../../../contract/index.js';
import { causesOnly, chainWords } from '../../../../client/src/graph/chain.js';

type Ev = EventChain['events'][number];
const ev = (id: string, position: Ev['position']): Ev => ({
  id,
  name: id,
  labels: ['Event'],
  kind: null,
  description: null,
  date: '2025-01-01',
  endDate: null,
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
