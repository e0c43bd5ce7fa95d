// Paths between two entities: pick them (search or the selection), get the
// shortest path(s), see them highlighted and spelled out step by step.
import type { SearchHit } from '../../../contract/index.js';
import type { Ctx } from './context.js';
import { clear, errorText, h } from './dom.js';
import { createSuggest } from './search.js';

export function setupPaths(panel: HTMLElement, ctx: Ctx) {
  let from: { id: string; name: string } | undefined;
  let to: { id: string; name: string } | undefined;
  const fromLabel = h('span', { class: 'chip', text: 'not chosen' });
  const toLabel = h('span', { class: 'chip', text: 'not chosen' });
  const mode = h(
    'select',
    { 'aria-label': 'Which paths' },
    h('option', { value: 'shortest', text: 'Shortest path' }),
    h('option', { value: 'all-shortest', text: 'All shortest paths' }),
  );
  const out = h('div', { 'aria-live': 'polite' });
  const fromSearch = createSuggest(ctx.api, {
    label: 'Path from',
    placeholder: 'From… (type a name)',
    onPick: (hit: SearchHit) => setFrom(hit.id, hit.name),
  });
  const toSearch = createSuggest(ctx.api, {
    label: 'Path to',
    placeholder: 'To… (type a name)',
    onPick: (hit: SearchHit) => setTo(hit.id, hit.name),
  });
  const nameOf = (id: string) => String(ctx.canvas.cy.getElementById(id).data('name') ?? id);

  function setFrom(id: string, name = nameOf(id)): void {
    from = { id, name };
    fromLabel.textContent = name;
  }
  function setTo(id: string, name = nameOf(id)): void {
    to = { id, name };
    toLabel.textContent = name;
  }

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
          const sel = ctx.canvas.cy.nodes(':selected').map((n) => n.id());
          if (sel[0]) setFrom(sel[0]);
          if (sel[1]) setTo(sel[1]);
        },
      }),
      mode,
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
      const r = await ctx.api.paths(
        from.id,
        to.id,
        mode.value === 'all-shortest' ? 'all-shortest' : 'shortest',
        ctx.asOf(),
      );
      clear(out);
      if (!r.paths.length) {
        out.append(h('p', { text: `No path of up to 6 steps links ${from.name} and ${to.name}.` }));
        ctx.canvas.highlight([]);
        return;
      }
      ctx.canvas.add(r.graph);
      ctx.canvas.layout(ctx.canvas.layoutName, true);
      ctx.canvas.highlight([...r.graph.nodes.map((n) => n.id), ...r.graph.edges.map((e) => e.id)]);
      ctx.bus.emit('graph');
      out.append(
        h('p', {
          text: `${r.paths.length} path${r.paths.length === 1 ? '' : 's'} of ${r.paths[0]?.length ?? 0} steps:`,
        }),
      );
      for (const p of r.paths) {
        out.append(
          h(
            'div',
            { class: 'path-text' },
            h('strong', { text: p.text }),
            h('ol', {}, ...p.steps.map((s) => h('li', { text: s.text }))),
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

  return { setFrom, setTo, run };
}
