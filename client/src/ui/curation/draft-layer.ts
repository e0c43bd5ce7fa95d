// Drafts on the canvas, for editors and reviewers only: the open drafts that
// make a node or a link, drawn among the published graph, marked so the
// canvas draws them dashed (data flag `draft`, graph/style.ts) and details
// says "Draft". They are loaded under their own origin, `drafts`, which no
// link names (the reader it is sent to must never see them) and which leaves
// again at sign-out. A reader's page never asks for them: the endpoint
// refuses a reader anyway.
import type { Draft, Graph, GraphEdge, GraphNode } from '../../../../contract/index.js';
import { curationApi } from '../../api/curation.js';
import { addGraph, removeOrigin } from '../../state/graph-model.js';
import { account } from '../account/session.js';
import { h } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { dispatch } from '../graph-actions.js';
import { describeOperation } from './describe.js';

export const DRAFT_ORIGIN = 'drafts';
/** The event the claim form and the review list send when drafts change. */
export const DRAFTS_CHANGED = 'reg:drafts-changed';

const nameOf = (props: Record<string, unknown>, id: string) =>
  typeof props['name'] === 'string' ? props['name'] : id;

/**
 * The graph the open drafts would add: their new nodes and new links, each
 * carrying `_draft` (the draft's id) among its properties. A link is kept only
 * when both its ends are drawn or drafted (`present`). Pure.
 */
export function draftGraph(drafts: readonly Draft[], present: (id: string) => boolean): Graph {
  const nodes: GraphNode[] = [];
  for (const d of drafts)
    if (d.op.kind === 'create-node')
      nodes.push({
        id: d.op.id,
        labels: d.op.labels,
        name: nameOf(d.op.props, d.op.id),
        properties: { ...d.op.props, _draft: d.id },
      });
  const drafted = new Set(nodes.map((n) => n.id));
  const has = (id: string) => drafted.has(id) || present(id);
  const edges: GraphEdge[] = [];
  for (const d of drafts)
    if (d.op.kind === 'create-relationship' && has(d.op.from) && has(d.op.to))
      edges.push({
        id: `${d.op.from}|${d.op.type}|${d.op.to}`,
        source: d.op.from,
        target: d.op.to,
        type: d.op.type,
        properties: { ...d.op.props, _draft: d.id },
      });
  return { nodes, edges };
}

/** Whether a drawn element is a draft (its properties carry the draft's id). */
export const isDraft = (properties: Record<string, unknown> | undefined) =>
  typeof properties?.['_draft'] === 'string';

/** What details shows for a drafted node, which the published graph does not have yet. */
export function draftNodeDetails(node: GraphNode): HTMLElement[] {
  return [
    h('h2', {}, h('span', { class: 'draft-chip', text: 'Draft' }), ` ${node.name}`),
    h('p', { class: 'muted', text: `${node.labels.join(', ')} · ${node.id}` }),
    h('p', {
      text: 'Not yet published: editors and reviewers see it until a reviewer publishes or rejects it.',
    }),
  ];
}

/** One line per draft on the canvas, for a list or a title. */
export const draftLine = (d: Draft) => `Draft: ${describeOperation(d.op)}`;

export function setupDraftLayer(ctx: Pick<Explorer, 'store'>): { refresh(): Promise<void> } {
  const drop = () => dispatch(ctx.store, 'drafts', (g) => removeOrigin(g, DRAFT_ORIGIN), false);
  async function refresh(): Promise<void> {
    drop();
    if (!account.can('editor')) return;
    try {
      const { drafts } = await curationApi.drafts('open');
      const present = (id: string) => ctx.store.get().loaded.present.nodes[id] !== undefined;
      const graph = draftGraph(drafts, present);
      dispatch(ctx.store, 'drafts', (g) => addGraph(g, graph, DRAFT_ORIGIN), false);
    } catch {
      // No drafts drawn: the review list still names them.
    }
  }
  account.subscribe(() => void refresh());
  document.addEventListener(DRAFTS_CHANGED, () => void refresh());
  return { refresh };
}
