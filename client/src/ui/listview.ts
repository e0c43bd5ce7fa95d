// A list view of the visible graph: the same nodes and relationships as the
// canvas, as tables a screen reader or keyboard can walk. It is drawn again
// on every selection or graph change; the row that had the keyboard focus
// (by node or relationship id) has it again afterwards.
import type { Graph } from '../../../contract/index.js';
import type { Explorer } from './explorer.js';
import { datedOf, printDate } from '../graph/dates.js';
import { clear, h } from './dom.js';

type Select = (id: string) => void;

/** A table's head row of column headings. */
function headRow(...cols: string[]): HTMLElement {
  return h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col', text: c }))));
}

/** A row's button that selects its node or relationship, found again by its id. */
function rowButton(id: string, text: string, select: Select): HTMLElement {
  return h('button', {
    class: 'link',
    type: 'button',
    text,
    'data-id': id,
    onclick: () => select(id),
  });
}

/** How many visible relationships touch each node. */
function degrees(g: Graph): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/** The nodes by name: name (a button), kind, date and number of links; selected rows marked. */
export function nodesTable(g: Graph, selected: ReadonlySet<string>, select: Select): HTMLElement {
  const nodes = h('table', { class: 'grid', 'aria-label': 'Visible nodes' });
  nodes.append(
    h('caption', { class: 'sr-only', text: 'Visible nodes' }),
    headRow('Name', 'Kind', 'Date', 'Links'),
  );
  const degree = degrees(g);
  const nb = h('tbody');
  for (const n of [...g.nodes].sort((a, b) => a.name.localeCompare(b.name))) {
    const date = n.properties['date'];
    nb.append(
      h(
        'tr',
        { 'aria-selected': String(selected.has(n.id)) },
        h('td', {}, rowButton(n.id, n.name, select)),
        h('td', { text: n.labels.join(', ') }),
        h('td', typeof date === 'string' ? printDate(datedOf(n.properties)) : { text: '' }),
        h('td', { text: String(degree.get(n.id) ?? 0) }),
      ),
    );
  }
  nodes.append(nb);
  return nodes;
}

/** The relationships: from, type (a button) and to, by the nodes' names. */
export function edgesTable(g: Graph, select: Select): HTMLElement {
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  const edges = h('table', { class: 'grid', 'aria-label': 'Visible relationships' });
  edges.append(headRow('From', 'Relationship', 'To'));
  const eb = h('tbody');
  for (const e of g.edges) {
    eb.append(
      h(
        'tr',
        {},
        h('td', { text: names.get(e.source) ?? e.source }),
        h('td', {}, rowButton(e.id, e.type, select)),
        h('td', { text: names.get(e.target) ?? e.target }),
      ),
    );
  }
  edges.append(eb);
  return edges;
}

export function setupListView(panel: HTMLElement, ctx: Explorer) {
  // Focusable, to take the focus when the focused row is gone.
  const out = h('div', { tabindex: -1, class: 'list-out' });
  panel.append(out);

  /** The id of the row button holding the focus, if one does. */
  function focusedId(): string | undefined {
    const el = document.activeElement;
    return el instanceof HTMLElement && out.contains(el) ? el.dataset['id'] : undefined;
  }

  function render(): void {
    const keep = focusedId();
    draw();
    if (keep === undefined) return;
    const again = [...out.querySelectorAll<HTMLElement>('button[data-id]')].find(
      (b) => b.dataset['id'] === keep,
    );
    // A row gone from view (hidden, filtered) leaves the focus on the panel.
    (again ?? out).focus({ preventScroll: !again });
  }

  function draw(): void {
    clear(out);
    const g = ctx.canvas.visibleGraph();
    const selected = new Set(ctx.store.get().selected);
    const select = (id: string) => ctx.store.update({ selected: [id] });
    out.append(
      h('p', {
        class: 'muted',
        text: `${g.nodes.length} nodes and ${g.edges.length} relationships visible.`,
      }),
      nodesTable(g, selected, select),
      h('h3', { text: 'Relationships' }),
      edgesTable(g, select),
    );
  }
  // Drawn only while its tab is open (the tab's show draws it then).
  const follow = () => {
    if (!panel.hidden) render();
  };
  ctx.store.subscribe(['selected'], follow);
  // After the filters have marked the canvas for the same change.
  ctx.bus.on('graph', () => queueMicrotask(follow));
  return { render };
}
