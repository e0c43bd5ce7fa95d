// The offline HTML file of the view (export/html.ts) with the sources of each
// node and link as the details panel gives them: a link's from its own
// properties, a node's from the reports that support it, asked of each
// report once (GET /api/sources/:id), a few at a time.
import type { SourceSummary } from '../../../contract/index.js';
import { elementSources, type Supported } from '../export/html-sources.js';
import { standaloneHtml } from '../export/html.js';
import { viewCaption } from '../export/view-frame.js';
import type { Explorer } from './explorer.js';
import { allSources } from './shared.js';

/** More reports than this and nodes' sources are not gathered (a link's still are): said in the page. */
export const MAX_REPORTS_ASKED = 300;
const AT_ONCE = 4;

/** What each report supports, asked `AT_ONCE` at a time; a report that fails is left out. */
export async function supportedBy(
  ctx: Pick<Explorer, 'api'>,
  sources: readonly SourceSummary[],
): Promise<Supported> {
  const out = new Map<string, Awaited<ReturnType<Explorer['api']['source']>>['supported']>();
  const queue = sources.slice(0, MAX_REPORTS_ASKED).map((s) => s.id);
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        out.set(id, (await ctx.api.source(id)).supported);
      } catch {
        // That report's nodes show no sources rather than failing the file.
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return out;
}

export async function offlineHtml(
  ctx: Pick<Explorer, 'api' | 'canvas' | 'store'>,
  o: { title: string; today: string },
  /** The reports (the page's one cached list unless given). */
  reports: () => Promise<SourceSummary[]> = () => allSources(ctx),
): Promise<string> {
  const graph = ctx.canvas.visibleGraph();
  const all = await reports();
  const supported = await supportedBy(ctx, all);
  const capped = all.length > MAX_REPORTS_ASKED;
  return standaloneHtml({
    title: o.title,
    graph,
    positions: ctx.canvas.positions(),
    labelOrder: ctx.canvas.labelOrder,
    eventLabel: ctx.canvas.eventLabel,
    selected: ctx.canvas.selectedNodeIds(),
    sources: elementSources(graph, supported, all),
    caption: viewCaption(
      ctx.store.get(),
      { nodes: graph.nodes.length, edges: graph.edges.length },
      o.today,
    ),
    ...(capped
      ? {
          note: `${graph.nodes.length} nodes, ${graph.edges.length} relationships. Nodes' sources come from the first ${MAX_REPORTS_ASKED} of ${all.length} reports; links carry all of theirs.`,
        }
      : {}),
  });
}
