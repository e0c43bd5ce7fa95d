// Paths between two entities: pick them (search or the selection), get
// several short paths, the least generic first and round hubs (nodes with
// more links than a threshold) unless nothing else connects, see them
// highlighted and spelled out step by step with the reports behind each.
// The two ends are state (`pathFrom`, `pathTo`): the context menu, the search
// boxes and "Use the two selected" write them, and this panel follows.
import { PathsQuery, type PathsResult, type SearchHit } from '../../../contract/index.js';
import type { Expander } from './expand.js';
import type { Explorer } from './explorer.js';
import { errorText, h } from './dom.js';
import { evidenceLineElement, linkEvidence, stepSentence } from './evidence-line.js';
import { defaultOf, readValue, unionSelect } from './form-read.js';
import { createSuggest } from './search.js';
import { selectedNodes } from './shared.js';

/** The mode select's words, one per member of the contract's union. */
const MODE_WORDS: Record<PathsQuery['mode'], string> = {
  ranked: 'Several, least generic first',
  shortest: 'Shortest path',
  'all-shortest': 'All shortest paths',
};

function pathsControls() {
  const { hubDegree } = PathsQuery.shape;
  return {
    fromLabel: h('span', { class: 'chip', text: 'not chosen' }),
    toLabel: h('span', { class: 'chip', text: 'not chosen' }),
    mode: unionSelect('Which paths', MODE_WORDS, defaultOf(PathsQuery.shape.mode)),
    avoidHubs: h('input', { type: 'checkbox', checked: true, 'aria-label': 'Avoid hubs' }),
    hubDegree: h('input', {
      type: 'number',
      min: hubDegree.unwrap().minValue ?? 1,
      max: hubDegree.unwrap().maxValue ?? undefined,
      value: defaultOf(hubDegree),
      'aria-label': 'Hub threshold',
      title: 'Nodes with more links than this are hubs',
      style: 'width:5em',
    }),
    types: h('input', {
      type: 'text',
      'aria-label': 'Relationship types',
      placeholder: 'Only these types, e.g. MADE,ABOUT',
    }),
    out: h('div', { 'aria-live': 'polite' }),
  };
}
type PathsControls = ReturnType<typeof pathsControls>;

/** The controls read with the contract's schema of a paths request. */
export function pathsQuery(d: Pick<PathsControls, 'mode' | 'hubDegree' | 'avoidHubs' | 'types'>) {
  return {
    mode: readValue(PathsQuery.shape.mode, d.mode.value),
    hubDegree: readValue(PathsQuery.shape.hubDegree, d.hubDegree.value),
    avoidHubs: d.avoidHubs.checked,
    types: d.types.value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  };
}

/** What the answer says about hubs. */
export function hubText(r: Pick<PathsResult, 'hubDegree' | 'hubsAvoided'>, avoid: boolean): string {
  if (!avoid) return 'Hubs allowed.';
  return r.hubsAvoided
    ? `No step passes through a hub (more than ${r.hubDegree} links).`
    : `No path avoids the hubs (more than ${r.hubDegree} links), so these pass through one.`;
}

/** The paths found, each step in words with the reports behind it. */
export function pathsList(r: PathsResult, avoidHubs: boolean): HTMLElement[] {
  const n = r.paths.length;
  return [
    h('p', {
      text: `${n} path${n === 1 ? '' : 's'}, the least generic first. ${hubText(r, avoidHubs)}`,
    }),
    ...r.paths.map((p) =>
      h(
        'div',
        { class: 'path-text' },
        h('strong', { text: `${p.length} steps` }),
        h(
          'ol',
          {},
          ...p.steps.map((s) =>
            h(
              'li',
              { class: s.hub ? 'hub-step' : '' },
              h('div', { text: s.hub ? `${stepSentence(s)} — via a hub` : stepSentence(s) }),
              evidenceLineElement(linkEvidence(s)),
            ),
          ),
        ),
      ),
    ),
  ];
}

/**
 * No path: in words, with the depth the contract searches to; when the
 * server's search left nodes or links unread (its caps per step, or its
 * time share), that no path was found in the part it searched (a path may
 * still exist).
 */
export function noPathText(from: string, to: string, searchCut = false): string {
  const steps = defaultOf(PathsQuery.shape.maxDepth);
  return searchCut
    ? `No path of up to ${steps} steps between ${from} and ${to} was found in the part of the graph the search reads (a bounded number of nodes and links per step, within its time); try a type filter or nearer ends.`
    : `No path of up to ${steps} steps links ${from} and ${to}.`;
}

function layOut(
  panel: HTMLElement,
  d: PathsControls,
  ends: { from: HTMLElement; to: HTMLElement },
  actions: { useSelected: () => void; run: () => void },
): void {
  const button = (text: string, onclick: () => void, attrs: Record<string, string> = {}) =>
    h('button', { type: 'button', text, onclick, ...attrs });
  const hubs = h(
    'label',
    { title: 'Hubs are not used as steps unless no other path exists' },
    d.avoidHubs,
    ' avoid hubs of more than',
  );
  panel.append(
    h('h2', { text: 'Paths between two entities' }),
    h('div', { class: 'stack' }, ends.from, h('div', { class: 'row' }, 'From: ', d.fromLabel)),
    h(
      'div',
      { class: 'stack', style: 'margin-top:8px' },
      ends.to,
      h('div', { class: 'row' }, 'To: ', d.toLabel),
    ),
    h(
      'div',
      { class: 'row' },
      button('Use the two selected', actions.useSelected, {
        title: 'The first two selected nodes on the canvas',
      }),
      d.mode,
    ),
    h('div', { class: 'row' }, hubs, d.hubDegree, h('span', { text: 'links' })),
    h('div', { class: 'row' }, d.types, button('Find paths', actions.run, { class: 'primary' })),
    d.out,
  );
}

export function setupPaths(panel: HTMLElement, ctx: Explorer, expander: Expander) {
  const d = pathsControls();
  /** Names of ends picked by search or named by a link, which may not be on the canvas. */
  const picked = new Map<string, string>();
  const end = (label: string, placeholder: string, key: 'pathFrom' | 'pathTo') =>
    createSuggest(ctx.api, {
      label,
      placeholder,
      onPick: (hit: SearchHit) => {
        picked.set(hit.id, hit.name);
        ctx.store.update({ [key]: hit.id });
      },
    }).element;
  const nameOf = (id: string | undefined) =>
    id ? (picked.get(id) ?? ctx.canvas.nameOf(id) ?? id) : undefined;
  const showEnds = ({ pathFrom, pathTo }: { pathFrom?: string; pathTo?: string }) => {
    d.fromLabel.textContent = nameOf(pathFrom) ?? 'not chosen';
    d.toLabel.textContent = nameOf(pathTo) ?? 'not chosen';
  };
  ctx.store.subscribe(['pathFrom', 'pathTo'], showEnds);
  // A link's ends, named once the view has loaded (fetched with its other ids if not on the canvas).
  ctx.bus.on('names', (names) => {
    for (const [id, name] of Object.entries(names)) picked.set(id, name);
    showEnds(ctx.store.get());
  });
  // A link names the ends too: they show on opening, ready to run.
  showEnds(ctx.store.get());
  layOut(
    panel,
    d,
    {
      from: end('Path from', 'From… (type a name)', 'pathFrom'),
      to: end('Path to', 'To… (type a name)', 'pathTo'),
    },
    {
      useSelected: () => {
        const [a, b] = selectedNodes(ctx);
        if (a) ctx.store.update({ pathFrom: a });
        if (b) ctx.store.update({ pathTo: b });
      },
      run: () => void run(),
    },
  );

  async function run(): Promise<void> {
    const { pathFrom, pathTo } = ctx.store.get();
    if (!pathFrom || !pathTo) {
      d.out.replaceChildren(h('p', { class: 'error', text: 'Choose both ends first.' }));
      return;
    }
    d.out.replaceChildren(h('p', { class: 'muted', text: 'Searching…' }));
    try {
      const q = pathsQuery(d);
      const r = await ctx.api.paths(pathFrom, pathTo, q, ctx.asOf());
      if (!r.paths.length) {
        d.out.replaceChildren(
          h('p', { text: noPathText(nameOf(pathFrom)!, nameOf(pathTo)!, r.searchCut) }),
        );
        ctx.canvas.highlight([]);
        return;
      }
      expander.add('addPath', `path:${pathFrom}|${pathTo}`, r.graph);
      ctx.canvas.highlight([...r.graph.nodes.map((n) => n.id), ...r.graph.edges.map((e) => e.id)]);
      const clearButton = h('button', {
        type: 'button',
        text: 'Clear highlight',
        onclick: () => ctx.canvas.highlight([]),
      });
      d.out.replaceChildren(...pathsList(r, q.avoidHubs), clearButton);
    } catch (e) {
      d.out.replaceChildren(h('p', { class: 'error', text: `No paths: ${errorText(e)}` }));
    }
  }

  return { run };
}
