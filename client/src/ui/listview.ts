// A list view of the visible graph: the same nodes and relationships as the
// canvas, as tables a screen reader or keyboard can walk.
import type { Explorer } from './explorer.js';
import { datedOf, printDate } from '../graph/dates.js';
import { clear, h } from './dom.js';

export function setupListView(panel: HTMLElement, ctx: Explorer) {
  const out = h('div', {});
  panel.append(out);

  function render(): void {
    clear(out);
    const g = ctx.canvas.visibleGraph();
    const names = new Map(g.nodes.map((n) => [n.id, n.name]));
    const selected = new Set(ctx.store.get().selected);
    const select = (id: string) => ctx.store.update({ selected: [id] });
    const nodes = h('table', { class: 'grid', 'aria-label': 'Visible nodes' });
    nodes.append(
      h('caption', { class: 'sr-only', text: 'Visible nodes' }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: 'Name' }),
          h('th', { scope: 'col', text: 'Kind' }),
          h('th', { scope: 'col', text: 'Date' }),
          h('th', { scope: 'col', text: 'Links' }),
        ),
      ),
    );
    const nb = h('tbody');
    const degree = new Map<string, number>();
    for (const e of g.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    for (const n of [...g.nodes].sort((a, b) => a.name.localeCompare(b.name))) {
      const date = n.properties['date'];
      nb.append(
        h(
          'tr',
          { 'aria-selected': String(selected.has(n.id)) },
          h(
            'td',
            {},
            h('button', {
              class: 'link',
              type: 'button',
              text: n.name,
              onclick: () => select(n.id),
            }),
          ),
          h('td', { text: n.labels.join(', ') }),
          h('td', typeof date === 'string' ? printDate(datedOf(n.properties)) : { text: '' }),
          h('td', { text: String(degree.get(n.id) ?? 0) }),
        ),
      );
    }
    nodes.append(nb);
    const edges = h('table', { class: 'grid', 'aria-label': 'Visible relationships' });
    edges.append(
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: 'From' }),
          h('th', { scope: 'col', text: 'Relationship' }),
          h('th', { scope: 'col', text: 'To' }),
        ),
      ),
    );
    const eb = h('tbody');
    for (const e of g.edges) {
      eb.append(
        h(
          'tr',
          {},
          h('td', { text: names.get(e.source) ?? e.source }),
          h(
            'td',
            {},
            h('button', {
              class: 'link',
              type: 'button',
              text: e.type,
              onclick: () => select(e.id),
            }),
          ),
          h('td', { text: names.get(e.target) ?? e.target }),
        ),
      );
    }
    edges.append(eb);
    out.append(
      h('p', {
        class: 'muted',
        text: `${g.nodes.length} nodes and ${g.edges.length} relationships visible.`,
      }),
      nodes,
      h('h3', { text: 'Relationships' }),
      edges,
    );
  }
  return { render };
}
