// Left panel: the legend (a swatch per label on the canvas) doubling as
// label filters, relationship-type filters and a date range for events.
// Counts are the database's, from /api/schema; "n shown" is the canvas'.
import { countKinds } from '../graph/elements.js';
import { shapeCss } from '../graph/shapes.js';
import { labelStyle } from '../graph/style.js';
import { toggled } from '../state/store.js';
import type { Explorer } from './explorer.js';
import { h } from './dom.js';

type HiddenList = 'hiddenLabels' | 'hiddenTypes';

/** The panel's controls, appended to host: legend, stated-only, types and the date range. */
function filterControls(host: HTMLElement, ctx: Explorer) {
  const labelsBox = h('ul', { class: 'plain filters legend', 'aria-label': 'Kinds of node' });
  const typesBox = h('ul', { class: 'plain filters', 'aria-label': 'Relationship types' });
  const from = h('input', { type: 'date', 'aria-label': 'Events from', id: 'filter-from' });
  const to = h('input', { type: 'date', 'aria-label': 'Events until', id: 'filter-to' });
  const onDate = () =>
    ctx.store.update({ dateFrom: from.value || undefined, dateTo: to.value || undefined });
  from.addEventListener('change', onDate);
  to.addEventListener('change', onDate);
  const stated = h('input', {
    type: 'checkbox',
    id: 'filter-stated',
    onchange: () => ctx.store.update({ statedOnly: stated.checked }),
  });
  host.append(
    h('h3', { text: 'Kinds (legend)' }),
    labelsBox,
    h('h3', { text: 'Relationships' }),
    h(
      'div',
      { class: 'row' },
      stated,
      h('label', { for: 'filter-stated', text: 'Stated links only' }),
    ),
    h('p', {
      class: 'muted',
      text: "Hides links no report states: the analyst's readings and background knowledge, drawn dotted.",
    }),
    typesBox,
    h('h3', { text: 'Event dates' }),
    h('div', { class: 'row' }, h('label', { for: 'filter-from', text: 'From' }), from),
    h('div', { class: 'row' }, h('label', { for: 'filter-to', text: 'Until' }), to),
    h('p', { class: 'muted', text: 'Events outside the range are hidden; undated nodes stay.' }),
  );
  return { labelsBox, typesBox, from, to, stated };
}

/** One kind's row: a box ticked while it is shown, its name (and swatch), shown/total. */
function filterRow(
  ctx: Explorer,
  list: HiddenList,
  name: string,
  count: { shown: number; total: number | undefined },
  swatch?: HTMLElement,
): HTMLElement {
  const { shown, total } = count;
  const id = `f-${list}-${name}`;
  const box = h('input', {
    type: 'checkbox',
    id,
    checked: !ctx.store.get()[list].includes(name),
    onchange: (e) => {
      const on = (e.target as HTMLInputElement).checked;
      ctx.store.update((s) => ({ [list]: toggled(s[list], [name], !on) }));
    },
  });
  return h(
    'li',
    {},
    box,
    h('label', { for: id }, swatch ?? null, name),
    h('span', {
      class: 'count',
      title: `${shown} on the canvas${total === undefined ? '' : `, ${total} in the graph`}`,
      text: total === undefined ? String(shown) : `${shown}/${total}`,
    }),
  );
}

/** The names on the canvas and in the schema, the commonest on the canvas first. */
export function rowOrder(
  visible: ReadonlyMap<string, number>,
  all: ReadonlyMap<string, number>,
  schema: ReadonlyMap<string, number>,
): string[] {
  return [...new Set([...visible.keys(), ...schema.keys()])].sort(
    (a, b) => (all.get(b) ?? 0) - (all.get(a) ?? 0) || a.localeCompare(b),
  );
}

function swatch(name: string, order: readonly string[]): HTMLElement {
  const s = labelStyle(name, order);
  return h('span', {
    class: 'swatch',
    style: `background:${s.color};${shapeCss(s.shape)}`,
    title: s.shape,
  });
}

export function setupFilters(
  host: HTMLElement,
  ctx: Explorer,
): { render(): void; apply(silent?: boolean): void } {
  const { labelsBox, typesBox, from, to, stated } = filterControls(host, ctx);

  /** Rebuilds the lists: labels and types on the canvas first, then the rest of the schema. */
  function render(): void {
    const order = ctx.canvas.labelOrder;
    // Rows keep their order (by all on the canvas, so an unticked kind does
    // not jump); the counts are what the filters leave visible.
    const all = countKinds(ctx.canvas.allGraph(), order);
    const { labels, types } = countKinds(ctx.canvas.visibleGraph(), order);
    const schemaLabels = new Map((ctx.schema?.labels ?? []).map((l) => [l.name, l.count]));
    const schemaTypes = new Map(
      (ctx.schema?.relationshipTypes ?? []).map((t) => [t.name, t.count]),
    );
    labelsBox.replaceChildren(
      ...rowOrder(labels, all.labels, schemaLabels).map((name) =>
        filterRow(
          ctx,
          'hiddenLabels',
          name,
          { shown: labels.get(name) ?? 0, total: schemaLabels.get(name) },
          swatch(name, order),
        ),
      ),
    );
    typesBox.replaceChildren(
      ...rowOrder(types, all.types, schemaTypes).map((name) =>
        filterRow(ctx, 'hiddenTypes', name, {
          shown: types.get(name) ?? 0,
          total: schemaTypes.get(name),
        }),
      ),
    );
    const s = ctx.store.get();
    from.value = s.dateFrom ?? '';
    to.value = s.dateTo ?? '';
    stated.checked = s.statedOnly;
  }

  /** Marks filtered elements; hidden-by-hand elements are a separate class. */
  function apply(silent = false): void {
    ctx.canvas.applyFilter(ctx.store.get());
    if (!silent) ctx.bus.emit('graph');
  }
  // The filters follow the store, whoever changed it (a checkbox, a link, Reset).
  ctx.store.subscribe(['hiddenLabels', 'hiddenTypes', 'statedOnly', 'dateFrom', 'dateTo'], () => {
    stated.checked = ctx.store.get().statedOnly;
    apply();
    // The legend counts what the filters leave.
    render();
  });

  return { render, apply };
}
