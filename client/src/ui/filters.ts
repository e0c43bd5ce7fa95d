// Left panel: the legend (a swatch per label on the canvas) doubling as
// label filters, relationship-type filters and a date range for events.
// Counts are the database's, from /api/schema; "n shown" is the canvas'.
import { countKinds } from '../graph/elements.js';
import { shapeCss } from '../graph/shapes.js';
import { labelStyle } from '../graph/style.js';
import { toggled } from '../state/store.js';
import type { Explorer } from './explorer.js';
import { clear, h } from './dom.js';

export function setupFilters(
  host: HTMLElement,
  ctx: Explorer,
): { render(): void; apply(silent?: boolean): void } {
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

  function toggle(list: 'hiddenLabels' | 'hiddenTypes', name: string, on: boolean): void {
    ctx.store.update((s) => ({ [list]: toggled(s[list], [name], !on) }));
  }

  function row(
    list: 'hiddenLabels' | 'hiddenTypes',
    name: string,
    shown: number,
    total: number | undefined,
    swatch?: HTMLElement,
  ): HTMLElement {
    const id = `f-${list}-${name}`;
    const box = h('input', {
      type: 'checkbox',
      id,
      checked: !ctx.store.get()[list].includes(name),
      onchange: (e) => toggle(list, name, (e.target as HTMLInputElement).checked),
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
    clear(labelsBox);
    const labelNames = [...new Set([...labels.keys(), ...schemaLabels.keys()])].sort(
      (a, b) => (all.labels.get(b) ?? 0) - (all.labels.get(a) ?? 0) || a.localeCompare(b),
    );
    for (const name of labelNames) {
      const s = labelStyle(name, order);
      const sw = h('span', {
        class: 'swatch',
        style: `background:${s.color};${shapeCss(s.shape)}`,
        title: s.shape,
      });
      labelsBox.append(
        row('hiddenLabels', name, labels.get(name) ?? 0, schemaLabels.get(name), sw),
      );
    }
    clear(typesBox);
    const typeNames = [...new Set([...types.keys(), ...schemaTypes.keys()])].sort(
      (a, b) => (all.types.get(b) ?? 0) - (all.types.get(a) ?? 0) || a.localeCompare(b),
    );
    for (const name of typeNames)
      typesBox.append(row('hiddenTypes', name, types.get(name) ?? 0, schemaTypes.get(name)));
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
