// The details panel: every property of the selected node, its aliases, its
// neighbours by name under each relationship type and direction, and its
// sources (outlet, date, quote, note, and Cite for each);
// for a relationship, its evidence (the reports of its `sources` list, the
// verbatim quote and the analyst's note) and its other properties.
import type { NodeDetail } from '../../../contract/index.js';
import { datedOf, propertyDateText } from '../graph/dates.js';
import { edgeEvidence, neighbourBasis } from '../graph/evidence.js';
import type { EdgeView } from './canvas.js';
import { citeOneSource } from './citations.js';
import { curationSection } from './curation/section.js';
import { draftNodeDetails, isDraft } from './curation/draft-layer.js';
import type { Explorer } from './explorer.js';
import { append, clear, errorText, h, valueText } from './dom.js';
import type { Expander } from './expand.js';
import { allSources, BASIS_WORDS, dateSpan, sourceCard } from './shared.js';

/** Neighbours named per relationship type and direction before "N more". */
export const NEIGHBOURS_PAGE = 10;

function props(p: Record<string, unknown>, skip: string[] = []): HTMLElement {
  const dl = h('dl', { class: 'props' });
  for (const [k, v] of Object.entries(p).sort(([a], [b]) => a.localeCompare(b))) {
    if (skip.includes(k)) continue;
    dl.append(h('dt', { text: k }), h('dd', { text: propertyDateText(k, p) ?? valueText(v) }));
  }
  return dl;
}

/** A node's date line: the date at its precision and, when inferred, the wording it came from. */
function nodeDate(p: Record<string, unknown>): HTMLElement {
  const d = datedOf(p);
  return h(
    'p',
    { class: 'node-date' },
    h('span', { class: 'muted', text: 'Date: ' }),
    dateSpan(d),
    d.dateInferred && d.dateInferredFrom ? ` — from ${d.dateInferredFrom}` : null,
  );
}

type Degree = NodeDetail['degree'][number];

/**
 * One neighbour by name, a button that selects it; a link no report states
 * says so here too, as its dotted line does on the canvas.
 */
export function neighbourItem(
  n: { name: string },
  basis: ReturnType<typeof neighbourBasis>,
  pick: () => void,
): HTMLElement {
  const title = `Select ${n.name}`;
  return h(
    'li',
    {},
    h('button', { class: 'link', type: 'button', text: n.name, title, onclick: pick }),
    basis && basis !== 'stated'
      ? h('span', { class: `basis basis-${basis}`, text: ` (${basis})`, title: BASIS_WORDS[basis] })
      : null,
  );
}

/**
 * One relationship type in one direction: the link that expands it on the
 * canvas, its count, and its neighbours by name, a page at a time. A name
 * selects that node through the store (a node not on the canvas is brought
 * in first, as search does, so the link reopens it).
 */
function neighbourGroup(
  ctx: Explorer,
  expander: Expander,
  id: string,
  deg: Degree,
  stale: () => boolean,
  queue: (job: () => Promise<void>) => void,
): HTMLElement {
  const arrow = deg.direction === 'out' ? '→' : '←';
  const names = h('ul', { class: 'plain neighbours', 'aria-label': `${arrow} ${deg.type}` });
  const more = h('div', {});
  const pick = (nid: string) => {
    if (ctx.canvas.has(nid) && !ctx.canvas.isHidden(nid)) ctx.store.update({ selected: [nid] });
    else
      void expander
        .reveal(nid)
        .catch((e: unknown) => ctx.bus.emit('notice', { text: errorText(e), kind: 'error' }));
  };
  async function page(skip: number): Promise<void> {
    clear(more);
    more.append(h('span', { class: 'muted', text: 'Loading names…' }));
    try {
      const r = await ctx.api.neighbors(id, {
        types: [deg.type],
        direction: deg.direction,
        limit: NEIGHBOURS_PAGE,
        skip,
        ...ctx.asOf(),
      });
      if (stale()) return;
      clear(more);
      for (const n of r.graph.nodes.filter((x) => x.id !== r.center))
        names.append(
          neighbourItem(n, neighbourBasis(r.graph, r.center, n.id, deg.type), () => pick(n.id)),
        );
      if (r.omitted > 0)
        more.append(
          h('button', {
            type: 'button',
            class: 'more',
            text: `${r.omitted} more`,
            onclick: () => void page(skip + r.returned),
          }),
        );
    } catch (e) {
      if (!stale()) more.replaceChildren(h('span', { class: 'error', text: errorText(e) }));
    }
  }
  more.append(h('span', { class: 'muted', text: 'Loading names…' }));
  queue(() => page(0));
  return h(
    'li',
    { class: 'rel-group' },
    h('button', {
      class: 'link',
      type: 'button',
      text: `${arrow} ${deg.type}`,
      title: `Expand ${deg.type} on the canvas`,
      onclick: () => void expander.expand(id, { types: [deg.type] }),
    }),
    ' ',
    h('span', { class: 'count', text: String(deg.count) }),
    names,
    more,
  );
}

/** A node's name, kinds, description, date and aliases: the top of its details. */
export function nodeHeader(n: NodeDetail['node']): HTMLElement[] {
  const aliases = Array.isArray(n.properties['aliases'])
    ? (n.properties['aliases'] as unknown[])
    : [];
  const description = n.properties['description'];
  const out: (HTMLElement | null)[] = [
    h('h2', { text: n.name }),
    h('div', {}, ...n.labels.map((l) => h('span', { class: 'chip', text: l }))),
    typeof description === 'string' ? h('p', { text: description }) : null,
    typeof n.properties['date'] === 'string' ? nodeDate(n.properties) : null,
    aliases.length
      ? h(
          'p',
          {},
          h('span', { class: 'muted', text: 'Also known as: ' }),
          aliases.map(String).join(', '),
        )
      : null,
  ];
  return out.filter((x): x is HTMLElement => x !== null);
}

/** What can be done with the node on the canvas, as named actions. */
function nodeActions(expander: Expander, id: string): HTMLElement {
  const button = (text: string, onclick: () => void) =>
    h('button', { type: 'button', text, onclick });
  return h(
    'div',
    { class: 'row' },
    button('Expand', () => void expander.expand(id)),
    button('Hide', () => expander.hide([id])),
    button('Pin', () => expander.togglePin(id)),
  );
}

/**
 * The node's relationship types, most used first, each with its neighbours'
 * names loaded one type at a time: a hub has dozens of types, and the
 * server has other work (the canvas, the chain) at the same moment.
 */
function relationshipGroups(
  ctx: Explorer,
  expander: Expander,
  d: NodeDetail,
  stale: () => boolean,
): HTMLElement {
  let pending = Promise.resolve();
  const queue = (job: () => Promise<void>) => {
    pending = pending.then(() => (stale() ? undefined : job()));
  };
  return h(
    'ul',
    { class: 'plain rel-groups' },
    ...[...d.degree]
      .sort((a, b) => b.count - a.count)
      .map((deg) => neighbourGroup(ctx, expander, d.node.id, deg, stale, queue)),
  );
}

/** A relationship's type and its two ends. */
export function edgeHeader(type: string, sourceName: string, targetName: string): HTMLElement[] {
  return [
    h('h2', { text: type }),
    h('p', {}, h('strong', { text: sourceName }), ` —${type}→ `, h('strong', { text: targetName })),
  ];
}

/** Several nodes selected: their names and what can be done with them all. */
export function manySelected(names: string[], actions: { focus(): void; hide(): void }) {
  return [
    h('h2', { text: `${names.length} selected` }),
    h('ul', { class: 'plain' }, ...names.map((n) => h('li', { text: n }))),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', text: 'Focus on selection', onclick: () => actions.focus() }),
      h('button', { type: 'button', text: 'Hide selection', onclick: () => actions.hide() }),
    ),
  ];
}

/** A relationship's evidence: the analyst's note and the reports it cites, each with Cite. */
function evidenceItems(
  ctx: Explorer,
  p: Record<string, unknown>,
  all: Parameters<typeof edgeEvidence>[1],
) {
  const evidence = edgeEvidence(p, all);
  return [
    evidence.note ? h('p', { class: 'note', text: `Note: ${evidence.note}` }) : null,
    h('p', { class: 'muted', text: `Reports (${evidence.sources.length})` }),
    ...evidence.sources.map((s) => sourceCard(s, citeOneSource(ctx, s.id))),
    evidence.sources.length
      ? null
      : h('p', { class: 'muted', text: 'This relationship cites no source.' }),
  ];
}

/** Shows `id`, or the selection: several nodes, one relationship or one node. */
function routeSelection(
  ctx: Pick<Explorer, 'store' | 'canvas'>,
  id: string | undefined,
  show: { many(ids: string[]): void; edge(e: EdgeView): void; node(id: string): void },
): void {
  const sel = ctx.store.get().selected;
  const target = id ?? sel[0];
  if (!id && sel.length > 1) return show.many(sel);
  if (!target) return;
  const edge = ctx.canvas.edgeView(target);
  if (edge) show.edge(edge);
  else show.node(target);
}

/** A node's details: header, actions, properties, relationships by type, sources, curation. */
function nodeBody(
  ctx: Explorer,
  expander: Expander,
  shown: { id: string; detail: NodeDetail; stale: () => boolean },
): HTMLElement[] {
  const { id, detail: d, stale } = shown;
  const n = d.node;
  return [
    ...nodeHeader(n),
    nodeActions(expander, id),
    h('h3', { text: 'Properties' }),
    props(n.properties, ['name', 'aliases', 'description']),
    h('h3', { text: 'Relationships by type' }),
    relationshipGroups(ctx, expander, d, stale),
    h('h3', { text: `Sources (${d.sources.length})` }),
    ...(d.sources.length
      ? d.sources.map((s) => sourceCard(s, citeOneSource(ctx, s.id)))
      : [h('p', { class: 'muted', text: 'No sources.' })]),
    // History (everyone), drafts, corrections and comments (editors): ui/curation/section.ts.
    curationSection(ctx, id, n.name, n.properties),
  ];
}

/** A relationship's details: header, its evidence (filled into list), properties, curation. */
function edgeBody(ctx: Explorer, view: EdgeView, list: HTMLElement): HTMLElement[] {
  const { edge, sourceName, targetName } = view;
  const p = edge.properties;
  const type = edge.type;
  return [
    ...edgeHeader(type, sourceName, targetName),
    h('h3', { text: 'Evidence' }),
    list,
    h('h3', { text: 'Properties' }),
    props(p, ['sources', 'quote', 'quoteSource', 'note', 'description', 'paragraph']),
    curationSection(
      ctx,
      `${edge.source}|${type}|${edge.target}`,
      `${sourceName} —${type}→ ${targetName}`,
      p,
    ),
  ];
}

const HINT = 'Select a node or a relationship to see its details.';

export function setupDetails(
  panel: HTMLElement,
  ctx: Explorer,
  expander: Expander,
): { show(id?: string): void } {
  panel.append(h('p', { class: 'muted', text: HINT }));
  let seq = 0;

  async function showNode(id: string): Promise<void> {
    const mine = ++seq;
    panel.replaceChildren(h('p', { class: 'muted', text: 'Loading…' }));
    try {
      const d = await ctx.api.node(id);
      if (mine !== seq) return;
      clear(panel);
      append(panel, nodeBody(ctx, expander, { id, detail: d, stale: () => mine !== seq }));
    } catch (e) {
      // An editor's drafted node is not in the published graph yet: details says it is a draft.
      const drafted = ctx.store.get().loaded.present.nodes[id];
      if (mine === seq && drafted && isDraft(drafted.properties))
        return void panel.replaceChildren(...draftNodeDetails(drafted));
      const text = `Could not load the details: ${errorText(e)}`;
      if (mine === seq) panel.replaceChildren(h('p', { class: 'error', text }));
    }
  }

  async function showEdge({ edge, sourceName, targetName }: EdgeView): Promise<void> {
    const mine = ++seq;
    const list = h('div', {}, h('p', { class: 'muted', text: 'Loading sources…' }));
    panel.replaceChildren(...edgeBody(ctx, { edge, sourceName, targetName }, list));
    try {
      const all = await allSources(ctx);
      if (mine !== seq) return;
      list.replaceChildren(...evidenceItems(ctx, edge.properties, all).filter((x) => x !== null));
    } catch (e) {
      const text = `Sources unavailable: ${errorText(e)}`;
      list.replaceChildren(h('p', { class: 'error', text }));
    }
  }

  function showMany(ids: string[]): void {
    ++seq;
    const names = ids.map((id) => ctx.canvas.nameOf(id) ?? id);
    const act = { focus: () => expander.focus(ids), hide: () => expander.hide(ids) };
    panel.replaceChildren(...manySelected(names, act));
  }

  // A new selection, from the canvas or any panel, shows here.
  ctx.store.subscribe(['selected'], ({ selected }) => {
    if (selected.length) show(selected.length > 1 ? undefined : selected[0]);
  });

  const show = (id?: string) =>
    routeSelection(ctx, id, {
      many: showMany,
      edge: (e) => void showEdge(e),
      node: (n) => void showNode(n),
    });
  return { show };
}
