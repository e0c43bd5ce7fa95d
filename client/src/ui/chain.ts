// Event chains: the causes and consequences of an event, left to right
// (dagre LR), and the same chain as a list in time order.
import type { Core, NodeSingular } from 'cytoscape';
import type { EventChain } from '../../../contract/index.js';
import { dayNumber, formatDate } from '../graph/dates.js';
import { chainLayout } from '../graph/layouts.js';
import type { Ctx } from './context.js';
import { clear, errorText, h } from './dom.js';
import type { Expander } from './expand.js';

export function setupChain(panel: HTMLElement, ctx: Ctx, expander: Expander) {
  const title = h('h2', { text: 'Causes and consequences' });
  const direction = h(
    'select',
    { 'aria-label': 'Direction' },
    h('option', { value: 'both', text: 'Causes and consequences' }),
    h('option', { value: 'causes', text: 'Causes only' }),
    h('option', { value: 'consequences', text: 'Consequences only' }),
  );
  const depth = h('input', {
    type: 'number',
    min: 1,
    max: 10,
    value: 5,
    'aria-label': 'Depth',
    style: 'width:4em',
  });
  const graphHost = h('div', {
    class: 'chain-cy',
    'aria-label': 'Event chain, causes on the left',
  });
  const list = h('ol', {});
  const status = h('p', {
    class: 'muted',
    text: 'Pick an event (right-click → Causes and consequences, or select one and press Show).',
  });
  let current: string | undefined;
  let last: EventChain | undefined;
  let cy: Core | undefined;

  panel.append(
    title,
    h(
      'div',
      { class: 'row' },
      direction,
      h('label', { text: 'Depth' }),
      depth,
      h('button', {
        type: 'button',
        text: 'Show for selected',
        onclick: () => {
          const id = ctx.canvas.selectedIds()[0];
          if (id) void show(id);
        },
      }),
      h('button', {
        type: 'button',
        text: 'Add to canvas',
        onclick: () => {
          if (!last) return;
          ctx.canvas.add(last.graph);
          ctx.canvas.layout(ctx.canvas.layoutName, true);
          ctx.bus.emit('graph');
        },
      }),
    ),
    status,
    graphHost,
    list,
  );
  direction.addEventListener('change', () => current && void show(current));

  async function show(id: string): Promise<void> {
    current = id;
    status.textContent = 'Loading…';
    clear(list);
    try {
      const dir = direction.value as 'both' | 'causes' | 'consequences';
      const c = await ctx.api.chain(id, dir, Number(depth.value) || 5, ctx.asOf());
      last = c;
      const root = c.events.find((e) => e.id === c.root);
      title.textContent = `Chain of “${root?.name ?? id}”`;
      status.textContent = `${c.events.length} events, ${c.links.length} links. Causes on the left, consequences on the right.`;
      cy?.destroy();
      cy = ctx.canvas.miniGraph(graphHost, c.graph, chainLayout());
      cy.getElementById(c.root).select();
      cy.on('tap', 'node', (e) => {
        void expander.reveal((e.target as NodeSingular).id()).catch(() => undefined);
      });
      const sorted = [...c.events].sort(
        (a, b) => (dayNumber(a.date) ?? 0) - (dayNumber(b.date) ?? 0),
      );
      for (const ev of sorted) {
        const why = c.links.filter((l) => l.target === ev.id);
        list.append(
          h(
            'li',
            {},
            h('strong', { text: formatDate(ev.date, ev.datePrecision, ev.dateInferred) }),
            ' ',
            h('span', { class: 'chip', text: ev.position }),
            ' ',
            h('button', {
              class: 'link',
              type: 'button',
              text: ev.name,
              onclick: () => void expander.reveal(ev.id),
            }),
            ...why.map((l) =>
              h('div', {
                class: 'muted',
                text: `${l.type} from ${c.events.find((x) => x.id === l.source)?.name ?? l.source}${l.description ? `: ${l.description}` : ''}`,
              }),
            ),
          ),
        );
      }
    } catch (e) {
      status.textContent = '';
      clear(list);
      list.append(h('li', { class: 'error', text: `No chain: ${errorText(e)}` }));
    }
  }

  return { show };
}
