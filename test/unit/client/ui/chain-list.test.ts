// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EventChain } from '../../../../contract/index.js';
import { chainItems, chainRows } from '../../../../client/src/ui/chain-list.js';

type Ev = EventChain['events'][number];
type Link = EventChain['links'][number];

const ev = (id: string, date: string | undefined, position: Ev['position']): Ev =>
  ({ id, name: `Event ${id}`, date, position, labels: ['Event'] }) as unknown as Ev;
const link = (source: string, target: string, kind: Link['kind']): Link => ({
  source,
  target,
  type: kind === 'causal' ? 'LED_TO' : 'PRECEDED',
  kind,
  basis: null,
  description: null,
  note: null,
  sources: [],
  quote: null,
  quoteSource: null,
  paragraph: null,
});
const chain: EventChain = {
  root: 'b',
  events: [
    ev('c', '2025-10-01', 'consequence'),
    ev('a', '2025-04-04', 'cause'),
    ev('b', '2025-06-12', 'root'),
    ev('u', undefined, 'cause'),
  ],
  links: [link('a', 'b', 'causal'), link('b', 'c', 'sequence'), link('u', 'b', 'sequence')],
  graph: { nodes: [], edges: [] },
};

describe('chainRows', () => {
  it('orders the events by date, the undated last', () => {
    expect(chainRows(chain).map((r) => r.event.id)).toEqual(['a', 'b', 'c', 'u']);
  });

  it('gives each event the links it starts, with their kind and words', () => {
    const b = chainRows(chain).find((r) => r.event.id === 'b');
    expect(b?.next).toEqual([{ id: 'c', name: 'Event c', kind: 'sequence', words: 'came before' }]);
    expect(chainRows(chain)[0]?.next[0]).toMatchObject({ kind: 'causal', words: 'led to' });
  });
});

describe('chainItems', () => {
  it('draws one row per event, each link marked cause or sequence', () => {
    const items = chainItems(chain, { pick: () => undefined });
    expect(items).toHaveLength(4);
    const steps = items.flatMap((li) => [...li.querySelectorAll<HTMLElement>('.chain-step')]);
    expect(steps.map((s) => [s.dataset['kind'], s.textContent])).toEqual([
      ['causal', 'led to Event b · cause'],
      ['sequence', 'came before Event c · sequence'],
      ['sequence', 'came before Event b · sequence'],
    ]);
  });

  it('picks the event whose name is clicked, in a row or in a link', () => {
    const picked: string[] = [];
    const items = chainItems(chain, { pick: (id) => picked.push(id) });
    items[0]?.querySelector<HTMLButtonElement>('.chain-head button')?.click();
    items[0]?.querySelector<HTMLButtonElement>('.chain-step button')?.click();
    expect(picked).toEqual(['a', 'b']);
  });
});
