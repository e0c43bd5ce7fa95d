// What an exported picture carries besides the graph, so that it reads on
// its own away from the screen: the caption of the view (filters, as-of date
// and clock, what is shown), the legend of the kinds drawn, and which labels
// to draw. Pure: the export panel gathers the plain data, these decide.
import { basisOf, type Graph } from '../../../contract/index.js';
import { countKinds, shorten } from '../graph/elements.js';
import { formatDate } from '../graph/dates.js';
import { labelStyle, type Shape } from '../graph/style.js';
import type { ViewState } from '../state/url-state.js';

/** The parts of the view a caption speaks of. */
export type CaptionView = Pick<
  ViewState,
  'asOf' | 'clock' | 'hiddenLabels' | 'hiddenTypes' | 'statedOnly' | 'dateFrom' | 'dateTo'
>;

const list = (xs: readonly string[]) => [...xs].sort((a, b) => a.localeCompare(b)).join(', ');

/**
 * The caption under an exported picture, one line per fact: when the graph
 * stood (the as-of date on its clock), each filter that hides something, and
 * how much is drawn. A view without filters says so, so a reader knows
 * nothing was left out on purpose.
 */
export function viewCaption(
  v: CaptionView,
  shown: { nodes: number; edges: number },
  exportedOn: string,
): string[] {
  const lines: string[] = [];
  lines.push(
    v.asOf
      ? `As of ${formatDate(v.asOf)}, on the clock of ${v.clock === 'reported' ? 'when things were reported' : 'when things happened'}.`
      : 'As of now: everything the graph holds, on either clock.',
  );
  const filters: string[] = [];
  if (v.hiddenLabels.length) filters.push(`kinds hidden: ${list(v.hiddenLabels)}`);
  if (v.hiddenTypes.length) filters.push(`relationships hidden: ${list(v.hiddenTypes)}`);
  if (v.statedOnly) filters.push('stated links only (no reading or background link)');
  if (v.dateFrom || v.dateTo)
    filters.push(
      `events ${v.dateFrom ? `from ${formatDate(v.dateFrom)}` : ''}${v.dateFrom && v.dateTo ? ' ' : ''}${v.dateTo ? `until ${formatDate(v.dateTo)}` : ''}`,
    );
  lines.push(filters.length ? `Filters: ${filters.join('; ')}.` : 'Filters: none.');
  lines.push(
    `${shown.nodes} ${shown.nodes === 1 ? 'node' : 'nodes'} and ${shown.edges} ${shown.edges === 1 ? 'relationship' : 'relationships'} shown; exported ${formatDate(exportedOn)}.`,
  );
  return lines;
}

export interface LegendEntry {
  /** A kind of node (its colour and shape), or a kind of line. */
  kind: 'node' | 'line';
  name: string;
  count: number;
  color?: string;
  shape?: Shape;
  /** Lines: solid for links a report states, dotted for the others. */
  dotted?: boolean;
}

/**
 * The legend of what is drawn: each kind of node shown, with its colour,
 * shape and count, most common first (as the legend on screen orders them);
 * then the two kinds of line, when both appear, since dotted means something.
 */
export function legendEntries(graph: Graph, labelOrder: readonly string[] = []): LegendEntry[] {
  const { labels } = countKinds(graph, labelOrder);
  const kinds: LegendEntry[] = [...labels.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => {
      const s = labelStyle(name, labelOrder);
      return { kind: 'node', name, count, color: s.color, shape: s.shape };
    });
  // The canvas draws a link dotted when its basis is a reading or background (graph/style.ts).
  const dotted = graph.edges.filter((e) => {
    const b = basisOf(e.properties);
    return b === 'inferred' || b === 'background';
  }).length;
  const solid = graph.edges.length - dotted;
  const allStated = graph.edges.every((e) => basisOf(e.properties) !== null);
  const lines: LegendEntry[] = [];
  if (solid)
    lines.push({
      kind: 'line',
      name: allStated ? 'stated in a report' : 'stated in a report, or no basis recorded',
      count: solid,
    });
  if (dotted)
    lines.push({
      kind: 'line',
      name: "the analyst's reading or background knowledge",
      count: dotted,
      dotted: true,
    });
  return [...kinds, ...lines];
}

/** A node as the canvas draws it now: its full label and whether the view shows it. */
export interface LabelledNode {
  id: string;
  text: string;
  shown: boolean;
}

export type LabelChoice = 'shown' | 'all';

/**
 * A node's label in full: the screen draws its name shortened ("China
 * grants licences to Indian…"), or a style rule's caption in its place; an
 * export has room for the whole name, and keeps a caption as it is.
 */
export function fullLabel(name: string, display: string): string {
  return display === shorten(name) ? name : display;
}

/**
 * The labels an export draws, each in full (the screen may cut a long name
 * or use a short one): those the view shows, or every node's by choice. A
 * node without a name has no label to draw.
 */
export function exportLabels(
  nodes: readonly LabelledNode[],
  choice: LabelChoice,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of nodes)
    if ((choice === 'all' || n.shown) && n.text.trim()) out.set(n.id, n.text.trim());
  return out;
}
