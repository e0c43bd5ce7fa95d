// The export panel: the picture (PNG, SVG: ui/export-picture.ts), the data
// files, the offline HTML with its sources (ui/export-html.ts), citations and
// saved views (ui/export-views.ts).
import { toGexf } from '../../../core/import/gexf-out.js';
import { edgesCsv, nodesCsv } from '../export/csv.js';
import { toCytoscapeJson } from '../export/cyjson.js';
import { toGraphML } from '../export/graphml.js';
import { citationControls } from './citations.js';
import { download, h } from './dom.js';
import { actionButton, stamp, type ActionButton } from './export-button.js';
import { offlineHtml } from './export-html.js';
import { pictureControls } from './export-picture.js';
import { savedViewsSection } from './export-views.js';
import { teamWorkspace } from './workspace/setup.js';
import { selectionAsFtm } from './import/ftm-export.js';
import type { Explorer } from './explorer.js';

/** The data files of the visible graph, and its offline HTML page. */
export function dataButtons(ctx: Explorer, btn: ActionButton): HTMLElement {
  const graph = () => ctx.canvas.visibleGraph();
  return h(
    'div',
    { class: 'row' },
    btn('Cytoscape JSON', () =>
      download(
        `graph-${stamp()}.cyjs.json`,
        JSON.stringify(toCytoscapeJson(graph(), ctx.canvas.positions()), null, 2),
        'application/json',
      ),
    ),
    btn('Nodes CSV', () => download(`nodes-${stamp()}.csv`, nodesCsv(graph()), 'text/csv')),
    btn('Edges CSV', () => download(`edges-${stamp()}.csv`, edgesCsv(graph()), 'text/csv')),
    btn('GraphML', () =>
      download(`graph-${stamp()}.graphml`, toGraphML(graph()), 'application/xml'),
    ),
    btn('GEXF', () => download(`graph-${stamp()}.gexf`, toGexf(graph()), 'application/xml')),
    btn('FtM (selection)', async () =>
      ctx.bus.emit('notice', { text: await selectionAsFtm(ctx.store.get().selected) }),
    ),
    btn('Interactive HTML', async () =>
      download(
        `graph-${stamp()}.html`,
        await offlineHtml(ctx, { title: `${document.title} — exported view`, today: stamp() }),
        'text/html',
      ),
    ),
  );
}

export function setupExport(panel: HTMLElement, ctx: Explorer, restore: (name: string) => void) {
  const btn = actionButton(ctx);
  const views = savedViewsSection(ctx, btn, restore);
  panel.append(
    h('h2', { text: 'Export the visible graph' }),
    ...pictureControls(ctx, btn),
    dataButtons(ctx, btn),
    h('h3', { text: 'Citations' }),
    ...citationControls(ctx, btn, stamp),
    ...views.elements,
    // The team's shared views and comments, for a signed-in person.
    ...teamWorkspace(ctx),
  );
  return { renderViews: () => views.renderViews() };
}
