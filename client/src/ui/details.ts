// The details panel: every property of the selected node, its aliases,
// degree by relationship type and its sources (outlet, date, quote, note);
// for a relationship, its evidence (the reports of its `sources` list, the
// verbatim quote and the analyst's note) and its other properties.
import type { SourceRef, SourceSummary } from '../../../contract/index.js';
import { datedOf, printDate, type DatedValue } from '../graph/dates.js';
import { edgeEvidence, locatorText } from '../graph/evidence.js';
import type { EdgeView } from './canvas.js';
import type { Explorer } from './explorer.js';
import { append, clear, errorText, h, valueText } from './dom.js';
import type { Expander } from './expand.js';

let sourcesCache: Promise<SourceSummary[]> | undefined;

/** All sources, fetched once: relationships only carry their ids. */
export function allSources(ctx: Explorer): Promise<SourceSummary[]> {
  sourcesCache ??= ctx.api.sources().then(
    (r) => r.sources,
    (e: unknown) => {
      sourcesCache = undefined;
      throw e;
    },
  );
  return sourcesCache;
}

function props(p: Record<string, unknown>, skip: string[] = []): HTMLElement {
  const dl = h('dl', { class: 'props' });
  for (const [k, v] of Object.entries(p).sort(([a], [b]) => a.localeCompare(b))) {
    if (skip.includes(k)) continue;
    dl.append(h('dt', { text: k }), h('dd', { text: valueText(v) }));
  }
  return dl;
}

/** A date printed at its precision, with how it was inferred on hover. */
export function dateSpan(d: DatedValue): HTMLElement {
  const { text, title } = printDate(d);
  return h('span', { class: d.dateInferred ? 'date inferred' : 'date', text, title });
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

/**
 * One report behind a fact. Quotation marks only ever surround `quote`,
 * the report's verbatim words; the analyst's `note` is plain text.
 */
export function sourceCard(s: SourceRef): HTMLElement {
  return h(
    'div',
    { class: 'source' },
    h('strong', { text: s.outlet ?? 'Unnamed outlet' }),
    ' · ',
    dateSpan(s),
    h('div', { text: s.name }),
    s.quote ? h('blockquote', { class: 'quote', text: `“${s.quote}”` }) : null,
    s.note ? h('p', { class: 'note', text: `Note: ${s.note}` }) : null,
    h('div', { class: 'muted locator', text: locatorText(s.locator) }),
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
      const degree = h('ul', { class: 'plain' });
      for (const deg of [...d.degree].sort((a, b) => b.count - a.count)) {
        degree.append(
          h(
            'li',
            {},
            h('button', {
              class: 'link',
              type: 'button',
              text: `${deg.direction === 'out' ? '→' : '←'} ${deg.type}`,
              title: `Expand ${deg.type}`,
              onclick: () => void expander.expand(id, { types: [deg.type] }),
            }),
            ' ',
            h('span', { class: 'count', text: String(deg.count) }),
          ),
        );
      }
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
          ? d.sources.map(sourceCard)
          : [h('p', { class: 'muted', text: 'No sources.' })]),
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
    );
    try {
      const all = await allSources(ctx);
      if (mine !== seq) return;
      const evidence = edgeEvidence(p, all);
      clear(list);
      append(list, [
        evidence.note ? h('p', { class: 'note', text: `Note: ${evidence.note}` }) : null,
        h('p', { class: 'muted', text: `Reports (${evidence.sources.length})` }),
        ...evidence.sources.map(sourceCard),
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
