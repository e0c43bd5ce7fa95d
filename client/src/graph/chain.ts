// Event chains read as words, and cut down to causes alone.
import type { EventChain } from '../../../contract/index.js';
import { dayNumber } from './dates.js';

type Link = EventChain['links'][number];

const WORDS: Record<string, string> = {
  LED_TO: 'led to',
  PROMPTED: 'prompted',
  PRECEDED: 'came before',
};

/** A chain link's verb: "led to", "prompted", "came before"; other types in lower case. */
export function chainWords(link: Pick<Link, 'type' | 'kind'>): string {
  return (
    WORDS[link.type] ??
    (link.kind === 'sequence' ? 'came before' : link.type.toLowerCase().replaceAll('_', ' '))
  );
}

/**
 * The chain with only its causal links, and only the events still joined to
 * the root through them: what the reports say caused what, without mere order.
 */
export function causesOnly(chain: EventChain): EventChain {
  const links = chain.links.filter((l) => l.kind === 'causal');
  const keep = new Set([chain.root]);
  for (let grew = true, rounds = 0; grew && rounds < chain.events.length; rounds++) {
    grew = false;
    for (const l of links) {
      const down = keep.has(l.source) && !keep.has(l.target);
      const up = keep.has(l.target) && !keep.has(l.source);
      // Causes walk backwards from the root, consequences forwards; never both ways at once.
      const position = (id: string) => chain.events.find((e) => e.id === id)?.position;
      if (down && position(l.target) !== 'cause') keep.add(l.target);
      else if (up && position(l.source) !== 'consequence') keep.add(l.source);
      else continue;
      grew = true;
    }
  }
  const kept = links.filter((l) => keep.has(l.source) && keep.has(l.target));
  const edgeKey = (s: string, t: string, type: string) => `${s}|${type}|${t}`;
  const keys = new Set(kept.map((l) => edgeKey(l.source, l.target, l.type)));
  return {
    ...chain,
    events: chain.events.filter((e) => keep.has(e.id)),
    links: kept,
    graph: {
      nodes: chain.graph.nodes.filter((n) => keep.has(n.id)),
      edges: chain.graph.edges.filter((e) => keys.has(edgeKey(e.source, e.target, e.type))),
    },
  };
}

/** Where the chain view puts each event, and the date of each column. */
export interface ChainPlacement {
  positions: Map<string, { x: number; y: number }>;
  columns: { x: number; date: string | undefined }[];
}

const ORDER = { cause: 0, root: 1, consequence: 2 } as const;

/**
 * The chain left to right by date: one column per date (events of the same
 * day stacked in it), causes before the root before consequences. Columns
 * are evenly spaced rather than proportional to time, so a year's gap does
 * not push the chain off the screen, and narrow, so a chain of a dozen dates
 * fits at a readable zoom: columns step down in three levels, so a label
 * wider than a column passes above or below its neighbours' nodes and a
 * link skipping a column does not run through one.
 */
export function chainPlacement(
  chain: Pick<EventChain, 'events'>,
  opts: { columnWidth?: number; levelHeight?: number } = {},
): ChainPlacement {
  const colW = opts.columnWidth ?? 110;
  const levelH = opts.levelHeight ?? 60;
  // Events of one day stack below the lowest level.
  const rowH = levelH * 3 + 20;
  const sorted = [...chain.events].sort(
    (a, b) =>
      ORDER[a.position] - ORDER[b.position] ||
      (dayNumber(a.date) ?? Infinity) - (dayNumber(b.date) ?? Infinity) ||
      a.name.localeCompare(b.name),
  );
  // Sorting by side first keeps causes left of the root even when dated later.
  const positions = new Map<string, { x: number; y: number }>();
  const columns: ChainPlacement['columns'] = [];
  let key: string | undefined;
  let row = 0;
  for (const ev of sorted) {
    const k = `${ev.position}|${ev.date}`;
    if (k !== key || ev.position === 'root') {
      key = k;
      row = 0;
      columns.push({ x: columns.length * colW, date: ev.date });
    } else row++;
    const col = columns.length - 1;
    positions.set(ev.id, { x: col * colW, y: row * rowH + (col % 3) * levelH });
  }
  return { positions, columns };
}
