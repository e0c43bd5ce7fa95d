// Export (PNG, SVG, Cytoscape JSON, nodes CSV, GraphML, GEXF, citations, a
// standalone HTML file) and saved views, in one panel.
import { edgesCsv, nodesCsv } from '../export/csv.js';
import { toCytoscapeJson } from '../export/cyjson.js';
import { toGraphML } from '../export/graphml.js';
import { toGexf } from '../../../core/import/gexf-out.js';
import { standaloneHtml } from '../export/html.js';
import { savedViews } from '../state/storage.js';
import { viewOf } from '../state/store.js';
import { encodeState } from '../state/url-state.js';
import { citationControls } from './citations.js';
import type { Explorer } from './explorer.js';
import { clear, download, errorText, h } from './dom.js';
import { showStorageNotes } from './storage-note.js';
import { selectionAsFtm } from './import/ftm-export.js';

export function setupExport(panel: HTMLElement, ctx: Explorer, restore: (name: string) => void) {
  const views = savedViews();
  showStorageNotes(views.stored, 'saved views', 'saved-views');
  const viewName = h('input', {
    type: 'text',
    'aria-label': 'View name',
    placeholder: 'Name this view',
  });
  const viewList = h('ul', { class: 'plain' });
  const stamp = () => new Date().toISOString().slice(0, 10);
  const bg = () => getComputedStyle(document.body).getPropertyValue('--canvas').trim() || '#ffffff';

  const btn = (text: string, fn: () => void | Promise<void>) =>
    h('button', {
      type: 'button',
      text,
      onclick: () => {
        Promise.resolve(fn()).catch((e: unknown) =>
          ctx.bus.emit('notice', { text: errorText(e), kind: 'error' }),
        );
      },
    });

  function renderViews(): void {
    clear(viewList);
    for (const v of views.list()) {
      viewList.append(
        h(
          'li',
          { class: 'row' },
          h('button', {
            class: 'link',
            type: 'button',
            text: v.name,
            onclick: () => restore(v.name),
          }),
          h('span', {
            class: 'muted',
            text: `${v.graph.nodes.length} nodes · ${v.savedAt.slice(0, 16).replace('T', ' ')}`,
          }),
          h('button', {
            type: 'button',
            text: 'Delete',
            'aria-label': `Delete view ${v.name}`,
            onclick: () => {
              views.remove(v.name);
              renderViews();
            },
          }),
        ),
      );
    }
    if (!views.list().length)
      viewList.append(h('li', { class: 'muted', text: 'No saved views yet.' }));
  }

  panel.append(
    h('h2', { text: 'Export the visible graph' }),
    h(
      'div',
      { class: 'row' },
      btn('PNG', () => {
        download(`graph-${stamp()}.png`, ctx.canvas.png(bg()));
      }),
      btn('SVG', () => download(`graph-${stamp()}.svg`, ctx.canvas.svg(bg()), 'image/svg+xml')),
      btn('Cytoscape JSON', () =>
        download(
          `graph-${stamp()}.cyjs.json`,
          JSON.stringify(
            toCytoscapeJson(ctx.canvas.visibleGraph(), ctx.canvas.positions()),
            null,
            2,
          ),
          'application/json',
        ),
      ),
      btn('Nodes CSV', () =>
        download(`nodes-${stamp()}.csv`, nodesCsv(ctx.canvas.visibleGraph()), 'text/csv'),
      ),
      btn('Edges CSV', () =>
        download(`edges-${stamp()}.csv`, edgesCsv(ctx.canvas.visibleGraph()), 'text/csv'),
      ),
      btn('GraphML', () =>
        download(
          `graph-${stamp()}.graphml`,
          toGraphML(ctx.canvas.visibleGraph()),
          'application/xml',
        ),
      ),
      btn('GEXF', () =>
        download(`graph-${stamp()}.gexf`, toGexf(ctx.canvas.visibleGraph()), 'application/xml'),
      ),
      btn('FtM (selection)', async () =>
        ctx.bus.emit('notice', { text: await selectionAsFtm(ctx.store.get().selected) }),
      ),
      btn('Interactive HTML', () => {
        download(
          `graph-${stamp()}.html`,
          standaloneHtml({
            title: `${document.title} — exported view`,
            graph: ctx.canvas.visibleGraph(),
            positions: ctx.canvas.positions(),
            labelOrder: ctx.canvas.labelOrder,
            eventLabel: ctx.canvas.eventLabel,
            selected: ctx.canvas.selectedNodeIds(),
          }),
          'text/html',
        );
      }),
    ),
    h('h3', { text: 'Citations' }),
    ...citationControls(ctx, btn, stamp),
    h('h2', { text: 'Saved views' }),
    h(
      'div',
      { class: 'row' },
      viewName,
      btn('Save view', () => {
        const name = viewName.value.trim() || `View ${views.list().length + 1}`;
        const saved = views.save({
          name,
          savedAt: new Date().toISOString(),
          state: encodeState(viewOf(ctx.store.get())),
          positions: Object.fromEntries(ctx.canvas.positions()),
          graph: ctx.canvas.allGraph(),
        });
        viewName.value = '';
        renderViews();
        // A refused save is told by its storage note, with the list to download.
        if (saved.ok) ctx.bus.emit('notice', { text: `Saved “${name}”.` });
      }),
      btn('Copy link', async () => {
        await navigator.clipboard?.writeText(location.href).catch(() => undefined);
        ctx.bus.emit('notice', { text: 'Link copied: opening it restores this view.' });
      }),
    ),
    viewList,
  );
  renderViews();
  views.stored.onChange(renderViews);
  return { renderViews };
}
