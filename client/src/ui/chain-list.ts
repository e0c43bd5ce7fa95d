// The Chain panel's chain as a list in time order, earliest first: each
// event's date, its place (cause, the event itself, consequence) and name,
// then the links it starts, each saying whether a report states a cause
// ("led to … · cause", solid) or gives only the order ("came before … ·
// sequence", dashed). It replaced a 340×250 px drawing of 30 events and 44
// links whose names were too small to read; the wide view of the same chain
// is "Lay out on the canvas".
import type { EventChain } from '../../../contract/index.js';
import { chainWords } from '../graph/chain.js';
import { dayNumber } from '../graph/dates.js';
import { h } from './dom.js';
import { dateSpan } from './shared.js';

type ChainEvent = EventChain['events'][number];
type Link = EventChain['links'][number];

export interface NextStep {
  id: string;
  name: string;
  kind: Link['kind'];
  /** "led to", "prompted", "came before". */
  words: string;
}

export interface ChainRow {
  event: ChainEvent;
  /** The links this event starts, to events of the chain, in the chain's time order. */
  next: NextStep[];
}

/** The chain's events by date (undated last, then by name), each with the links it starts. */
export function chainRows(c: EventChain): ChainRow[] {
  const day = (e: ChainEvent) => dayNumber(e.date) ?? Number.POSITIVE_INFINITY;
  const sorted = [...c.events].sort((a, b) => day(a) - day(b) || a.name.localeCompare(b.name));
  const place = new Map(sorted.map((e, i) => [e.id, i]));
  return sorted.map((event) => ({
    event,
    next: c.links
      .filter((l) => l.source === event.id && place.has(l.target))
      .sort((a, b) => (place.get(a.target) ?? 0) - (place.get(b.target) ?? 0))
      .map((l) => ({
        id: l.target,
        name: sorted[place.get(l.target) ?? 0]?.name ?? l.target,
        kind: l.kind,
        words: chainWords(l),
      })),
  }));
}

const KIND_WORDS: Record<Link['kind'], string> = { causal: 'cause', sequence: 'sequence' };

export interface ChainListOptions {
  /** A name was picked: show that event. */
  pick: (id: string) => void;
  /** What is said under an event about a link into it (its note and quote). */
  incoming?: (link: Link) => HTMLElement;
}

/** The list items of `c`, one per event, in time order. */
export function chainItems(c: EventChain, opts: ChainListOptions): HTMLElement[] {
  return chainRows(c).map(({ event, next }) =>
    h(
      'li',
      { class: `chain-row ${event.position}`, 'data-id': event.id },
      h(
        'div',
        { class: 'chain-head' },
        h('strong', {}, dateSpan(event)),
        ' ',
        h('span', { class: 'chip', text: event.position }),
        ' ',
        h('button', {
          class: 'link',
          type: 'button',
          text: event.name,
          onclick: () => opts.pick(event.id),
        }),
      ),
      next.length
        ? h(
            'div',
            { class: 'chain-next' },
            ...next.map((s) =>
              h(
                'div',
                { class: `chain-step ${s.kind}`, 'data-kind': s.kind },
                `${s.words} `,
                h('button', {
                  class: 'link',
                  type: 'button',
                  text: s.name,
                  onclick: () => opts.pick(s.id),
                }),
                h('span', { class: 'chain-kind', text: ` · ${KIND_WORDS[s.kind]}` }),
              ),
            ),
          )
        : null,
      ...(opts.incoming ? c.links.filter((l) => l.target === event.id).map(opts.incoming) : []),
    ),
  );
}
