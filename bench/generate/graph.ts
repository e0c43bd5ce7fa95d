import { createRandom, type Random } from './prng.js';

/**
 * A synthetic graph in the seed's ontology (seed/ontology.json) with the
 * skew of a real archive: a few Country hubs take most country links, a
 * power-law spread elsewhere, dated Events (some spanning days) with chains
 * between them, and provenance on every node. Deterministic for a size and
 * a seed.
 */
export const sizes = {
  small: { nodes: 6_000, countries: 12, density: 1 },
  medium: { nodes: 30_000, countries: 30, density: 1 },
  // The label shares below add up to 81% of `nodes`, so 123,500 makes about
  // 100,000 nodes; density 4 multiplies the links of each event and company,
  // giving about a million relationships and country hubs of 50,000+ links.
  large: { nodes: 123_500, countries: 60, density: 4 },
} as const;
export type SizeName = keyof typeof sizes;

export interface NodeGroup {
  labels: string[];
  rows: Record<string, unknown>[];
}
export interface RelGroup {
  type: string;
  /** [from id, to id, properties] */
  rows: { from: string; to: string; props: Record<string, unknown> }[];
}
export interface SyntheticGraph {
  nodes: NodeGroup[];
  rels: RelGroup[];
  /** Ids the benchmark asks about: the biggest hub, a leaf, events. */
  picks: { hub: string; leaf: string; leafEvent: string; chainEvent: string; month: string };
}

/** The label whose id index finds a node, by the prefix of its id. */
export const labelOfPrefix: Record<string, string> = {
  outlet: 'MediaOutlet',
  src: 'Source',
  country: 'Country',
  org: 'Organization',
  company: 'Company',
  person: 'Person',
  place: 'Place',
  commodity: 'Commodity',
  sector: 'Sector',
  figure: 'Figure',
  event: 'Event',
};

const EVENT_KINDS = [
  'Meeting',
  'Negotiation',
  'Briefing',
  'Statement',
  'ExportControl',
  'Relaxation',
  'LicenceApproval',
  'Tariff',
  'TradeFlow',
  'SupplyDisruption',
];
const WORDS = (
  'rare earth magnet export licence control trade ministry talks supply chain ' +
  'neodymium dysprosium tariff border shipment quota price factory automobile ' +
  'defence electronics embassy official statement briefing agreement review'
).split(' ');
const START = Date.UTC(2015, 0, 1);
const DAYS = 4_000;

function text(random: Random, words: number): string {
  return Array.from({ length: words }, () => random.pick(WORDS)).join(' ');
}

const isoDay = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);

export function generateGraph(size: SizeName, seed = 12): SyntheticGraph {
  const random = createRandom(seed);
  const spec = sizes[size];
  const n = spec.nodes;
  const groups = new Map<string, NodeGroup>();
  const ids: Record<string, string[]> = {};
  const add = (labels: string[], prefix: string, count: number, extra: (i: number) => object) => {
    const group = groups.get(labels.join(':')) ?? { labels, rows: [] };
    groups.set(labels.join(':'), group);
    const list = (ids[prefix] ??= []);
    for (let i = 0; i < count; i++) {
      const id = `${prefix}:${list.length}`;
      list.push(id);
      group.rows.push({
        id,
        name: `${prefix} ${list.length} ${text(random, 2)}`,
        description: text(random, 12),
        aliases: [],
        ...extra(i),
      });
    }
  };
  const share = (fraction: number) => Math.max(3, Math.round(n * fraction));

  add(['MediaOutlet'], 'outlet', share(0.002), () => ({}));
  add(['Source'], 'src', share(0.02), () => {
    const day = random.int(DAYS);
    return { date: isoDay(day), datePrecision: 'day', outlet: text(random, 2) };
  });
  add(['Country'], 'country', spec.countries, () => ({ description: text(random, 60) }));
  add(['Organization'], 'org', share(0.05), () => ({}));
  add(['Company'], 'company', share(0.1), () => ({}));
  add(['Person'], 'person', share(0.15), () => ({}));
  add(['Place'], 'place', share(0.03), () => ({}));
  add(['Commodity'], 'commodity', share(0.005), () => ({}));
  add(['Sector'], 'sector', share(0.003), () => ({}));
  add(['Figure'], 'figure', share(0.05), () => ({ value: random.int(10_000), unit: 'tonnes' }));
  const eventDays: number[] = [];
  const eventCount = share(0.4);
  for (const kind of EVENT_KINDS) {
    add(['Event', kind], 'event', Math.round(eventCount / EVENT_KINDS.length), () => {
      const day = random.int(DAYS);
      eventDays.push(day);
      const spans = random.next() < 0.1;
      return {
        date: isoDay(day),
        ...(spans ? { endDate: isoDay(day + random.between(1, 60)) } : {}),
        datePrecision: 'day',
        firstReported: isoDay(day + random.int(30)),
      };
    });
  }

  const rels = new Map<string, RelGroup>();
  const link = (type: string, from: string, to: string, props: Record<string, unknown> = {}) => {
    const group = rels.get(type) ?? { type, rows: [] };
    rels.set(type, group);
    group.rows.push({ from, to, props });
  };
  const list = (prefix: string) => ids[prefix] ?? [];
  const countries = list('country');
  // Hub weights: the first three countries take 45%, 25% and 15% of links.
  const country = () => {
    const u = random.next();
    const i = u < 0.45 ? 0 : u < 0.7 ? 1 : u < 0.85 ? 2 : random.int(countries.length);
    return countries[i] ?? countries[0] ?? '';
  };
  const skewed = (prefix: string) => {
    const l = list(prefix);
    return l[random.skewed(l.length)] ?? '';
  };

  for (const s of list('src')) link('PUBLISHED_BY', s, random.pick(list('outlet')));
  for (const prefix of Object.keys(ids)) {
    if (prefix === 'src') continue;
    for (const id of list(prefix)) {
      const first = random.pick(list('src'));
      link('SOURCED_FROM', id, first, { quote: text(random, 8) });
      if (random.next() < 0.4) link('SOURCED_FROM', id, random.pick(list('src')));
    }
  }
  for (const id of [...list('org'), ...list('company'), ...list('place'), ...list('person')]) {
    link('LOCATED_IN', id, country());
  }
  for (const id of list('person')) {
    link('HOLDS_ROLE', id, random.next() < 0.5 ? skewed('org') : skewed('company'));
  }
  for (const id of list('company')) {
    for (let k = random.between(0, 3) * spec.density; k > 0; k--)
      link('SUPPLIES', id, skewed('company'));
    link('USED_IN', skewed('commodity'), skewed('sector'));
  }
  for (const id of list('figure')) {
    link('MEASURES', id, skewed('commodity'));
    link('ATTRIBUTED_TO', id, skewed('org'));
  }
  for (let i = 0; i < countries.length * 3; i++) {
    link('EXPORTS_TO', country(), random.pick(countries), { sources: [random.pick(list('src'))] });
  }
  const events = list('event');
  // Events in date order, so chains point from earlier to later events.
  const byDate = events
    .map((id, i) => ({ id, day: eventDays[i] ?? 0 }))
    .sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));
  byDate.forEach(({ id }, i) => {
    link('IN', id, country());
    for (let k = random.between(1, 2) * spec.density; k > 0; k--)
      link('PARTICIPATED_IN', country(), id);
    for (let k = random.between(0, 3) * spec.density; k > 0; k--)
      link('PARTICIPATED_IN', skewed('person'), id);
    for (let k = spec.density; k > 0; k--)
      if (random.next() < 0.5) link('PARTICIPATED_IN', skewed('org'), id);
    if (random.next() < 0.5) link('ABOUT', id, skewed('commodity'));
    for (let k = spec.density; k > 0; k--)
      if (random.next() < 0.3) link('AFFECTS', id, skewed('company'));
    if (random.next() < 0.2) link('AT', id, skewed('place'));
    if (random.next() < 0.25) {
      const later = byDate[Math.min(byDate.length - 1, i + random.between(1, 40))];
      if (later && later.id !== id) {
        link(random.pick(['LED_TO', 'PROMPTED', 'PRECEDED']), id, later.id, {
          sources: [random.pick(list('src'))],
        });
      }
    }
  });

  const chainLinks = new Map<string, number>();
  for (const type of ['LED_TO', 'PROMPTED', 'PRECEDED']) {
    for (const r of rels.get(type)?.rows ?? []) {
      chainLinks.set(r.from, (chainLinks.get(r.from) ?? 0) + 1);
      chainLinks.set(r.to, (chainLinks.get(r.to) ?? 0) + 1);
    }
  }
  const chainEvent = [...chainLinks].sort((a, b) => b[1] - a[1])[0]?.[0] ?? events[0] ?? '';
  const middle = byDate[Math.floor(byDate.length / 2)]?.day ?? 0;
  return {
    nodes: [...groups.values()],
    rels: [...rels.values()],
    picks: {
      hub: countries[0] ?? '',
      // The last person: the skewed picks rarely reach the tail, so few links.
      leaf: list('person').at(-1) ?? '',
      leafEvent: byDate.find(({ id }) => !chainLinks.has(id))?.id ?? '',
      chainEvent,
      month: isoDay(middle).slice(0, 7),
    },
  };
}
