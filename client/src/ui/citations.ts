// The export panel's citations: what is visible or selected, as formatted
// text (APA, Chicago) or as files reference managers import (CSL-JSON, RIS,
// BibTeX). citation-js loads on first use, never with the explorer.
import type { CslItem } from '@citation-js/core';
import type { Graph } from '../../../contract/index.js';
import { citedSourceIds, cslItems } from '../export/citations.js';
import type { CitationFile, CitationStyle } from '../export/cite.js';
import type { Explorer } from './explorer.js';
import { allSources } from './details.js';
import { download, h } from './dom.js';

type Scope = 'visible' | 'selection';
type Button = (text: string, fn: () => void | Promise<void>) => HTMLButtonElement;

const loadCite = () => import('../export/cite.js');

/** The visible graph cut to the selected nodes and relationships. */
function selectedGraph(graph: Graph, selected: ReadonlySet<string>): Graph {
  return {
    nodes: graph.nodes.filter((n) => selected.has(n.id)),
    edges: graph.edges.filter((e) => selected.has(e.id)),
  };
}

export function citationControls(ctx: Explorer, btn: Button, stamp: () => string): HTMLElement[] {
  const box = h('textarea', {
    'aria-label': 'Citations',
    readonly: true,
    rows: 8,
    style: 'width:100%',
  });
  const scope = h(
    'select',
    { 'aria-label': 'Cite' },
    h('option', { value: 'visible', text: 'what is visible' }),
    h('option', { value: 'selection', text: 'the selection' }),
  );
  const style = h(
    'select',
    { 'aria-label': 'Citation style' },
    h('option', { value: 'apa', text: 'APA' }),
    h('option', { value: 'chicago', text: 'Chicago' }),
  );

  async function items(): Promise<CslItem[]> {
    const all = ctx.canvas.visibleGraph();
    const graph =
      (scope.value as Scope) === 'selection'
        ? selectedGraph(all, new Set(ctx.canvas.selectedIds()))
        : all;
    const sources = await allSources(ctx);
    // Which nodes each source supports, so a node's own sources are cited too.
    const supported = new Map<string, string[]>();
    await Promise.all(
      sources.map(async (s) => {
        const d = await ctx.api.source(s.id);
        supported.set(
          s.id,
          d.supported.map((n) => n.id),
        );
      }),
    );
    return cslItems(sources, citedSourceIds(graph, ctx.schema?.profile.sourceLabel, supported));
  }

  async function show(): Promise<string> {
    box.value = 'Collecting sources…';
    const [list, cite] = await Promise.all([items(), loadCite()]);
    box.value = list.length
      ? cite.formatted(list, style.value as CitationStyle)
      : `Nothing in ${scope.value === 'selection' ? 'the selection' : 'view'} cites a source.`;
    return box.value;
  }

  const file = (kind: CitationFile) => async () => {
    const [list, cite] = await Promise.all([items(), loadCite()]);
    if (!list.length) throw new Error('Nothing to cite: show or select what cites a source first.');
    const t = cite.fileTypes[kind];
    download(`sources-${stamp()}.${t.ext}`, cite.citationFile(list, kind), t.mime);
  };

  style.addEventListener('change', () => void show().catch(() => undefined));
  return [
    h('div', { class: 'row' }, h('span', { text: 'Cite' }), scope, style),
    h(
      'div',
      { class: 'row' },
      btn('List sources', async () => void (await show())),
      btn('Copy', async () => {
        const text = box.value && !box.value.startsWith('Collecting') ? box.value : await show();
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        ctx.bus.emit('notice', { text: 'Citations copied.' });
      }),
      btn('CSL-JSON', file('csl-json')),
      btn('RIS', file('ris')),
      btn('BibTeX', file('bibtex')),
    ),
    box,
  ];
}
