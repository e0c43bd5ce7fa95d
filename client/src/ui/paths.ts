// Paths between two entities: pick them (search or the selection), get
// several short paths, the least generic first and round hubs (nodes with
// more links than a threshold) unless nothing else connects, see them
// highlighted and spelled out step by step with the reports behind each.
// The two ends are state (`pathFrom`, `pathTo`): the context menu, the search
// boxes and "Use the two selected" write them, and this panel follows.
import type { SearchHit } from '../../../contract/index.js';
import type { Expander } from './expand.js';
import type { Explorer } from './explorer.js';
import { clear, errorText, h } from './dom.js';
import { evidenceLineElement, linkEvidence, stepSentence } from './evidence-line.js';
import { createSuggest } from './search.js';
import { selectedNodes } from './shared.js';

export function setupPaths(panel: HTMLElement, ctx: Explorer, expander: Expander) {
  let from: { id: string; name: string } | undefined;
  let to: { id: string; name: string } | undefined;
  /** Names of ends picked by search, which may not be on the canvas. */
  const picked = new Map<string, string>();
  const fromLabel = h('span', { class: 'chip', text: 'not chosen' });
  const toLabel = h('span', { class: 'chip', text: 'not chosen' });
  const mode = h(
    'select',
    { 'aria-label': 'Which paths' },
    h('option', { value: 'ranked', text: 'Several, least generic first' }),
    h('option', { value: 'shortest', text: 'Shortest path' }),
    h('option', { value: 'all-shortest', text: 'All shortest paths' }),
  );
  const avoidHubs = h('input', { type: 'checkbox', checked: true, 'aria-label': 'Avoid hubs' });
  const hubDegree = h('input', {
    type: 'number',
    min: 1,
    max: 100000,
    value: 35,
    'aria-label': 'Hub threshold',
    title: 'Nodes with more links than this are hubs',
    style: 'width:5em',
  });
  const types = h('input', {
    type: 'text',
    'aria-label': 'Relationship types',
    placeholder: 'Only these types, e.g. MADE,ABOUT',
  });
  const out = h('div', { 'aria-live': 'polite' });
  const fromSearch = createSuggest(ctx.api, {
    label: 'Path from',
    placeholder: 'From… (type a name)',
    onPick: (hit: SearchHit) => {
      picked.set(hit.id, hit.name);
      ctx.store.update({ pathFrom: hit.id });
    },
  });
  const toSearch = createSuggest(ctx.api, {
    label: 'Path to',
    placeholder: 'To… (type a name)',
    onPick: (hit: SearchHit) => {
      picked.set(hit.id, hit.name);
      ctx.store.update({ pathTo: hit.id });
    },
  });
  const nameOf = (id: string) => picked.get(id) ?? ctx.canvas.nameOf(id) ?? id;

  ctx.store.subscribe(['pathFrom', 'pathTo'], ({ pathFrom, pathTo }) => {
    from = pathFrom ? { id: pathFrom, name: nameOf(pathFrom) } : undefined;
    to = pathTo ? { id: pathTo, name: nameOf(pathTo) } : undefined;
    fromLabel.textContent = from?.name ?? 'not chosen';
    toLabel.textContent = to?.name ?? 'not chosen';
  });

  panel.append(
    h('h2', { text: 'Paths between two entities' }),
    h(
      'div',
      { class: 'stack' },
      fromSearch.element,
      h('div', { class: 'row' }, 'From: ', fromLabel),
    ),
    h(
      'div',
      { class: 'stack', style: 'margin-top:8px' },
      toSearch.element,
      h('div', { class: 'row' }, 'To: ', toLabel),
    ),
    h(
      'div',
      { class: 'row' },
      h('button', {
        type: 'button',
        text: 'Use the two selected',
        title: 'The first two selected nodes on the canvas',
        onclick: () => {
          const [a, b] = selectedNodes(ctx);
          if (a) ctx.store.update({ pathFrom: a });
          if (b) ctx.store.update({ pathTo: b });
        },
      }),
      mode,
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'label',
        { title: 'Hubs are not used as steps unless no other path exists' },
        avoidHubs,
        ' avoid hubs of more than',
      ),
      hubDegree,
      h('span', { text: 'links' }),
    ),
    h(
      'div',
      { class: 'row' },
      types,
      h('button', {
        type: 'button',
        class: 'primary',
        text: 'Find paths',
        onclick: () => void run(),
      }),
    ),
    out,
  );

  async function run(): Promise<void> {
    clear(out);
    if (!from || !to) {
      out.append(h('p', { class: 'error', text: 'Choose both ends first.' }));
      return;
    }
    out.append(h('p', { class: 'muted', text: 'Searching…' }));
    try {
      const chosen = types.value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      const r = await ctx.api.paths(
        from.id,
        to.id,
        mode.value as 'ranked' | 'shortest' | 'all-shortest',
        ctx.asOf(),
        { hubDegree: Number(hubDegree.value) || 35, avoidHubs: avoidHubs.checked, types: chosen },
      );
      clear(out);
      if (!r.paths.length) {
        out.append(h('p', { text: `No path of up to 6 steps links ${from.name} and ${to.name}.` }));
        ctx.canvas.highlight([]);
        return;
      }
      expander.add('addPath', `path:${from.id}|${to.id}`, r.graph);
      ctx.canvas.highlight([...r.graph.nodes.map((n) => n.id), ...r.graph.edges.map((e) => e.id)]);
      out.append(
        h('p', {
          text: `${r.paths.length} path${r.paths.length === 1 ? '' : 's'}, the least generic first. ${
            !avoidHubs.checked
              ? 'Hubs allowed.'
              : r.hubsAvoided
                ? `No step passes through a hub (more than ${r.hubDegree} links).`
                : `No path avoids the hubs (more than ${r.hubDegree} links), so these pass through one.`
          }`,
        }),
      );
      for (const p of r.paths) {
        out.append(
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
        );
      }
      out.append(
        h('button', {
          type: 'button',
          text: 'Clear highlight',
          onclick: () => ctx.canvas.highlight([]),
        }),
      );
    } catch (e) {
      clear(out);
      out.append(h('p', { class: 'error', text: `No paths: ${errorText(e)}` }));
    }
  }

  return { run };
}
