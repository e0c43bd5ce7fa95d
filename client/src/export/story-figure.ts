// One step of a published story as a figure: the graph as an SVG drawing at
// the step's positions (the app's colours and shapes, the names that fit
// without overlapping, the step's own always), and the same graph as a list for screen readers and print. Pure strings,
// every value escaped: a caption or a name holding markup stays text.
import type { Graph } from '../../../contract/index.js';
import { primaryLabel, shorten } from '../graph/elements.js';
import { kindStyle } from '../graph/kinds.js';
import { shapeSvg } from '../graph/shapes.js';
import { labelMetrics, labelRank, pickLabels } from '../graph/labels.js';
import { NODE_SIZE } from '../graph/style.js';
import { xmlEscape } from './graphml.js';

export interface FigureInput {
  graph: Graph;
  positions: Readonly<Record<string, { x: number; y: number }>>;
  labelOrder?: readonly string[];
  eventLabel?: string | undefined;
  /** Node and edge id → the date it enters on the replay's clock (replay steps only). */
  enters?: Readonly<Record<string, string>>;
  /** The step's selection: it and its neighbours are drawn in full, the rest faded and unnamed. */
  focus?: readonly string[];
  /** The relationships the step cites, drawn heavier. */
  cited?: readonly string[];
}

/** Coordinates to a tenth: the file stays small and the drawing the same. */
const r1 = (v: number) => Math.round(v * 10) / 10;
const shortNumbers = (svg: string) => svg.replace(/(\d\.\d)\d+/g, '$1');

/** The focus and its neighbours, or undefined when the step selects nothing (all in full). */
function inFocus(f: FigureInput): Set<string> | undefined {
  if (!f.focus?.length) return undefined;
  const out = new Set(f.focus);
  for (const e of f.graph.edges) {
    if (f.focus.includes(e.source)) out.add(e.target);
    if (f.focus.includes(e.target)) out.add(e.source);
  }
  return out;
}

/** The figure's label size in its own units (story-css.ts `.node text`), and the widest one. */
const FIGURE_LABEL = { px: 13, maxWidth: 260 };

/**
 * The nodes named in the figure: of those drawn in full, the names that fit
 * under their node without covering another name or node, as the canvas
 * picks them (graph/labels.ts); the step's selection always.
 */
function namedIds(f: FigureInput, focus: Set<string> | undefined): Set<string> {
  const chosen = new Set(f.focus ?? []);
  const degree = new Map<string, number>();
  for (const e of f.graph.edges)
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const candidates = f.graph.nodes
    .filter((n) => !focus || focus.has(n.id))
    .map((n) => {
      const p = f.positions[n.id] ?? { x: 0, y: 0 };
      return {
        id: n.id,
        x: p.x,
        y: p.y,
        radius: NODE_SIZE / 2,
        text: shorten(n.name, 34),
        rank: labelRank({
          selected: chosen.has(n.id),
          nearSelection: focus !== undefined && !chosen.has(n.id),
          degree: degree.get(n.id) ?? 0,
        }),
        always: chosen.has(n.id),
      };
    });
  return new Set(pickLabels(candidates, labelMetrics(1, FIGURE_LABEL), ['below']).keys());
}

const attrEnters = (enters: FigureInput['enters'], id: string) =>
  enters?.[id] ? ` data-enters="${xmlEscape(enters[id])}"` : '';

/** The SVG of a step; `label` names it for assistive technology. */
export function figureSvg(f: FigureInput, label: string): string {
  const at = (id: string) => f.positions[id] ?? { x: 0, y: 0 };
  const pos = (id: string) => ({ x: r1(at(id).x), y: r1(at(id).y) });
  const focus = inFocus(f);
  const cited = new Set(f.cited ?? []);
  const dim = (id: string) => (focus && !focus.has(id) ? ' dim' : '');
  const xs = f.graph.nodes.map((n) => pos(n.id).x);
  const ys = f.graph.nodes.map((n) => pos(n.id).y);
  const minX = (xs.length ? Math.min(...xs) : 0) - 110;
  const minY = (ys.length ? Math.min(...ys) : 0) - 40;
  const w = (xs.length ? Math.max(...xs) : 0) - minX + 110;
  const h = (ys.length ? Math.max(...ys) : 0) - minY + 60;
  const order = f.labelOrder ?? [];
  const named = namedIds(f, focus);
  const edges = f.graph.edges.map((e) => {
    const a = pos(e.source);
    const b = pos(e.target);
    const dotted = e.properties['basis'] === 'inferred' || e.properties['basis'] === 'background';
    const faded = focus && !(focus.has(e.source) && focus.has(e.target)) ? ' dim' : '';
    return `<line class="edge${dotted ? ' dotted' : ''}${cited.has(e.id) ? ' cited' : ''}${faded}" data-id="${xmlEscape(e.id)}"${attrEnters(f.enters, e.id)} x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}"/>`;
  });
  const nodes = f.graph.nodes.map((n) => {
    const p = pos(n.id);
    const look = kindStyle(primaryLabel(n.labels, order), order);
    const event = f.eventLabel !== undefined && n.labels.includes(f.eventLabel);
    const shape = shortNumbers(
      shapeSvg(
        look.shape,
        p.x,
        p.y,
        NODE_SIZE,
        `fill="${look.color}"${event ? ' class="event"' : ''}`,
      ),
    );
    const chosen = f.focus?.includes(n.id) ? ' chosen' : '';
    // A name with no room is still in the drawing (and the list), not drawn.
    const crowded = named.has(n.id) ? '' : ' crowded';
    return `<g class="node${dim(n.id)}${chosen}${crowded}" data-id="${xmlEscape(n.id)}"${attrEnters(f.enters, n.id)}>${shape}<text x="${p.x}" y="${p.y + NODE_SIZE / 2 + 3}">${xmlEscape(shorten(n.name, 34))}</text></g>`;
  });
  return `<svg viewBox="${minX} ${minY} ${w} ${h}" role="img" aria-label="${xmlEscape(label)}" preserveAspectRatio="xMidYMid meet">${edges.join('')}${nodes.join('')}</svg>`;
}

/** The graph as a list: each node with its links, in words. */
export function figureList(f: FigureInput): string {
  const name = new Map(f.graph.nodes.map((n) => [n.id, n.name]));
  // Each node's outgoing links, gathered once: a step of 5,000 nodes stays linear.
  const out = new Map<string, string[]>();
  for (const e of f.graph.edges) {
    const list = out.get(e.source) ?? [];
    list.push(
      `<li${attrEnters(f.enters, e.id)}>${xmlEscape(e.type.toLowerCase().replaceAll('_', ' '))} ${xmlEscape(name.get(e.target) ?? e.target)}</li>`,
    );
    out.set(e.source, list);
  }
  const items = [...f.graph.nodes]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => {
      const links = out.get(n.id) ?? [];
      const kind = primaryLabel(n.labels, f.labelOrder ?? []);
      return `<li${attrEnters(f.enters, n.id)}>${xmlEscape(n.name)} <span class="kind">(${xmlEscape(kind)})</span>${links.length ? `<ul>${links.join('')}</ul>` : ''}</li>`;
    });
  return `<ul class="graph-list">${items.join('')}</ul>`;
}
