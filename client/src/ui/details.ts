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
      for (const n of r.graph.nodes.filter((x) => x.id !== r.center)) {
        // A link no report states says so here too, as its dotted line does on the canvas.
        const basis = neighbourBasis(r.graph, r.center, n.id, deg.type);
        names.append(
          h(
            'li',
            {},
            h('button', {
              class: 'link',
              type: 'button',
              text: n.name,
              title: `Select ${n.name}`,
              onclick: () => pick(n.id),
            }),
            basis && basis !== 'stated'
              ? h('span', {
                  class: `basis basis-${basis}`,
                  text: ` (${basis})`,
                  title: BASIS_WORDS[basis],
                })
              : null,
          ),
        );
      }
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

export function setupDetails(
  panel: HTMLElement,
  ctx: Explorer,
  expander: Expander,
): { show(id?: string): void } {
  panel.append(
    h('p', { class: 'muted', text: 'Select a node or a relationship to see its details.' }),
  );
  let seq = 0;

  async function showNode(id: string): Promise<void> {
    const mine = ++seq;
    clear(panel);
    panel.append(h('p', { class: 'muted', text: 'Loading…' }));
    try {
      const d = await ctx.api.node(id);
      if (mine !== seq) return;
      clear(panel);
      const n = d.node;
      const aliases = Array.isArray(n.properties['aliases'])
        ? (n.properties['aliases'] as unknown[])
        : [];
      const description = n.properties['description'];
      const stale = () => mine !== seq;
      // One type's names at a time: a hub has dozens of types, and the
      // server has other work (the canvas, the chain) at the same moment.
      let pending = Promise.resolve();
      const queue = (job: () => Promise<void>) => {
        pending = pending.then(() => (stale() ? undefined : job()));
      };
      const degree = h(
        'ul',
        { class: 'plain rel-groups' },
        ...[...d.degree]
          .sort((a, b) => b.count - a.count)
          .map((deg) => neighbourGroup(ctx, expander, id, deg, stale, queue)),
      );
      append(panel, [
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
        h(
          'div',
          { class: 'row' },
          h('button', { type: 'button', text: 'Expand', onclick: () => void expander.expand(id) }),
          h('button', { type: 'button', text: 'Hide', onclick: () => expander.hide([id]) }),
          h('button', { type: 'button', text: 'Pin', onclick: () => expander.togglePin(id) }),
        ),
        h('h3', { text: 'Properties' }),
        props(n.properties, ['name', 'aliases', 'description']),
        h('h3', { text: 'Relationships by type' }),
        degree,
        h('h3', { text: `Sources (${d.sources.length})` }),
        ...(d.sources.length
          ? d.sources.map((s) => sourceCard(s, citeOneSource(ctx, s.id)))
          : [h('p', { class: 'muted', text: 'No sources.' })]),
        // History (everyone), drafts, corrections and comments (editors): ui/curation/section.ts.
        curationSection(ctx, id, n.name, n.properties),
      ]);
    } catch (e) {
      if (mine !== seq) return;
      clear(panel);
      panel.append(h('p', { class: 'error', text: `Could not load the details: ${errorText(e)}` }));
    }
  }

  async function showEdge({ edge, sourceName, targetName }: EdgeView): Promise<void> {
    const mine = ++seq;
    clear(panel);
    const p = edge.properties;
    const type = edge.type;
    const list = h('div', {}, h('p', { class: 'muted', text: 'Loading sources…' }));
    panel.append(
      h('h2', { text: type }),
      h(
        'p',
        {},
        h('strong', { text: sourceName }),
        ` —${type}→ `,
        h('strong', { text: targetName }),
      ),
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
    );
    try {
      const all = await allSources(ctx);
      if (mine !== seq) return;
      const evidence = edgeEvidence(p, all);
      clear(list);
      append(list, [
        evidence.note ? h('p', { class: 'note', text: `Note: ${evidence.note}` }) : null,
        h('p', { class: 'muted', text: `Reports (${evidence.sources.length})` }),
        ...evidence.sources.map((s) => sourceCard(s, citeOneSource(ctx, s.id))),
        evidence.sources.length
          ? null
          : h('p', { class: 'muted', text: 'This relationship cites no source.' }),
      ]);
    } catch (e) {
      list.replaceChildren(
        h('p', { class: 'error', text: `Sources unavailable: ${errorText(e)}` }),
      );
    }
  }

  function showMany(ids: string[]): void {
    ++seq;
    clear(panel);
    const names = ids.map((id) => ctx.canvas.nameOf(id) ?? id);
    panel.append(
      h('h2', { text: `${ids.length} selected` }),
      h('ul', { class: 'plain' }, ...names.map((n) => h('li', { text: n }))),
      h(
        'div',
        { class: 'row' },
        h('button', {
          type: 'button',
          text: 'Focus on selection',
          onclick: () => expander.focus(ids),
        }),
        h('button', { type: 'button', text: 'Hide selection', onclick: () => expander.hide(ids) }),
      ),
    );
  }

  // A new selection, from the canvas or any panel, shows here.
  ctx.store.subscribe(['selected'], ({ selected }) => {
    if (selected.length) show(selected.length > 1 ? undefined : selected[0]);
  });

  function show(id?: string): void {
    const sel = ctx.store.get().selected;
    const target = id ?? sel[0];
    if (!id && sel.length > 1) return showMany(sel);
    if (!target) return;
    const edge = ctx.canvas.edgeView(target);
    if (edge) void showEdge(edge);
    else void showNode(target);
  }
  return { show };
}
