// Level of detail for node labels: which labels to draw, and on which side
// of their node, so that none overlaps another label or another node, the
// most important first (the selection and its neighbours, then by degree). Pure: the canvas measures, this decides; the
// offline HTML export asks it too, so both draw the same labels.
import type { Graph } from '../../../contract/index.js';
import { SHORT_MAX, shorten } from './elements.js';

export interface LabelCandidate {
  id: string;
  /** Centre of the node on screen, in px. */
  x: number;
  y: number;
  /** Radius of the node on screen; the label sits under it. */
  radius: number;
  /** The label's text, as drawn. */
  text: string;
  /**
   * The short name a short placement draws; without it a short placement is
   * sized for SHORT_MAX characters, the most any short name takes.
   */
  short?: string | undefined;
  /** Higher is drawn first. */
  rank: number;
  /**
   * Drawn whatever it covers (the selection, a highlighted path): the name a
   * person asked to see, on screen and in the PNG and SVG exports. Placed on
   * the first side where it fits, else on the first side tried.
   */
  always?: boolean | undefined;
}

export interface LabelMetrics {
  /** On-screen font size, px. */
  fontSize: number;
  /** Widest a label may be drawn before it is cut with an ellipsis, px. */
  maxWidth: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The sides of its node a label may sit on, in the order they are tried:
 * under it first, as the canvas draws by default; a label that would cover
 * another node or label there tries above, then right, then left. A large
 * node in a dense centre (a hub sized by degree) is the one whose label
 * under it is most often blocked, and the one a reader most wants named.
 */
export const FULL_SIDES = ['below', 'above', 'right', 'left'] as const;
/**
 * Where no side has room for the whole name, the short name (`shortName` in
 * graph/elements.ts: an acronym or short alias, else the name cut at a word)
 * on the same four sides: a node named "MEA" or "China grants…" can be
 * found; an unnamed one cannot. Each is drawn by a class of the stylesheet
 * (`label-below-short`, …).
 */
export const SHORT_SIDES = ['below-short', 'above-short', 'right-short', 'left-short'] as const;
export const LABEL_SIDES = [...FULL_SIDES, ...SHORT_SIDES] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** The text a placement draws, or one as wide: a short name takes at most SHORT_MAX characters. */
function placedText(c: LabelCandidate, side: LabelSide): string {
  if (!side.endsWith('-short')) return c.text;
  return c.short ?? (c.text.length <= SHORT_MAX ? c.text : 'x'.repeat(SHORT_MAX));
}

function baseSide(side: LabelSide): (typeof FULL_SIDES)[number] {
  return side.replace('-short', '') as (typeof FULL_SIDES)[number];
}

/** Space between a node's edge and its label, px. */
const GAP = 2;

/** Where a label would be drawn on screen on one side of its node. */
export function labelBox(c: LabelCandidate, m: LabelMetrics, side: LabelSide = 'below'): Box {
  // An average glyph of a sans-serif face is a little over half the font size.
  const width = Math.min(m.maxWidth, placedText(c, side).length * m.fontSize * 0.56);
  const height = m.fontSize * 1.25;
  const centred = { x1: c.x - width / 2, x2: c.x + width / 2 };
  const level = { y1: c.y - height / 2, y2: c.y + height / 2 };
  switch (baseSide(side)) {
    case 'below':
      return { ...centred, y1: c.y + c.radius + GAP, y2: c.y + c.radius + GAP + height };
    case 'above':
      return { ...centred, y1: c.y - c.radius - GAP - height, y2: c.y - c.radius - GAP };
    case 'right':
      return { ...level, x1: c.x + c.radius + 2 * GAP, x2: c.x + c.radius + 2 * GAP + width };
    case 'left':
      return { ...level, x1: c.x - c.radius - 2 * GAP - width, x2: c.x - c.radius - 2 * GAP };
  }
}

function inside(a: Box, b: Box): boolean {
  return a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * Boxes on a uniform grid of cells, so that asking whether a box overlaps
 * one already there looks only at the cells it covers: placing thousands of
 * labels checked each against every other, which grew with the square of
 * the visible nodes (seconds at 8,000).
 */
class BoxGrid {
  private readonly cells = new Map<number, { box: Box; id: string }[]>();
  constructor(private readonly size: number) {}

  private *keys(b: Box): Generator<number> {
    const s = this.size;
    for (let x = Math.floor(b.x1 / s); x <= Math.floor(b.x2 / s); x++)
      for (let y = Math.floor(b.y1 / s); y <= Math.floor(b.y2 / s); y++) yield x * 1_000_003 + y;
  }

  add(box: Box, id = ''): void {
    for (const k of this.keys(box)) {
      const cell = this.cells.get(k);
      if (cell) cell.push({ box, id });
      else this.cells.set(k, [{ box, id }]);
    }
  }

  /** Whether the box overlaps one in the grid (other than `except`'s). */
  hits(box: Box, except?: string): boolean {
    for (const k of this.keys(box))
      for (const e of this.cells.get(k) ?? [])
        if (e.id !== except && overlaps(e.box, box)) return true;
    return false;
  }
}

/**
 * The labels that can be drawn without overlapping, best ranked first, each
 * with the first of `sides` where it fits. Given the `view` (the canvas on
 * screen), a label is moved to another side only where it stays inside it:
 * moving a name out of sight would be worse than leaving it under its node.
 */
export function pickLabels(
  candidates: LabelCandidate[],
  m: LabelMetrics,
  sides: readonly LabelSide[] = LABEL_SIDES,
  view?: Box,
): Map<string, LabelSide> {
  const order = [...candidates].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
  // Cells about a label wide: a box covers few of them.
  const size = Math.max(32, m.maxWidth);
  const placed = new BoxGrid(size);
  // A label drawn over another node hides it: nodes are obstacles too.
  const nodes = new BoxGrid(size);
  for (const c of candidates)
    nodes.add(
      { x1: c.x - c.radius, x2: c.x + c.radius, y1: c.y - c.radius, y2: c.y + c.radius },
      c.id,
    );
  const full = sides.filter((s) => !s.endsWith('-short'));
  const short = sides.filter((s) => s.endsWith('-short'));
  /** The first of `list` where `c`'s label fits, ignoring its own earlier box. */
  const fit = (c: LabelCandidate, list: readonly LabelSide[]) => {
    for (const side of list) {
      const box = labelBox(c, m, side);
      if (placed.hits(box, c.id) || nodes.hits(box, c.id)) continue;
      if (view && side !== sides[0] && !inside(box, view)) continue;
      return { side, box };
    }
    return undefined;
  };
  const out = new Map<string, LabelSide>();
  // First every name in its smallest form, best ranked first, so that one
  // long name does not take the room of three short ones…
  for (const c of order) {
    if (!c.text) continue;
    const smallest = short.length > 0 && c.text.length > SHORT_MAX ? short : full;
    const spot = fit(c, smallest) ?? (smallest === short ? undefined : fit(c, short));
    const first = sides[0];
    if (spot) {
      placed.add(spot.box, c.id);
      out.set(c.id, spot.side);
    } else if (c.always && first !== undefined) {
      placed.add(labelBox(c, m, first), c.id);
      out.set(c.id, first);
    }
  }
  // …then each short one made whole where the whole name has room.
  for (const c of order) {
    if (!out.get(c.id)?.endsWith('-short')) continue;
    const spot = fit(c, full);
    if (!spot) continue;
    placed.add(spot.box, c.id);
    out.set(c.id, spot.side);
  }
  return out;
}

/** Smallest on-screen size of a node label, px. */
export const LABEL_PX = 12;
/** Widest on-screen label before it is cut with an ellipsis, px. */
export const LABEL_MAX_WIDTH = 150;

/**
 * The label metrics at a zoom: zoomed out, labels keep LABEL_PX on screen
 * (so they take more room relative to the graph); zoomed in, they grow with it.
 */
export function labelMetrics(
  zoom: number,
  base: { px: number; maxWidth: number } = { px: LABEL_PX, maxWidth: LABEL_MAX_WIDTH },
): LabelMetrics {
  const k = Math.max(1, zoom);
  return { fontSize: base.px * k, maxWidth: base.maxWidth * k };
}

/** Which labels win a place: the selection, a highlighted path, the selection's neighbours, the chain, then by degree. */
export function labelRank(n: {
  selected?: boolean;
  highlighted?: boolean;
  nearSelection?: boolean;
  inChain?: boolean;
  degree: number;
}): number {
  const tier = n.selected ? 1e6 : n.highlighted ? 5e5 : n.nearSelection ? 1e5 : n.inChain ? 5e4 : 0;
  return tier + n.degree;
}

/** Zoom levels at which an export without Cytoscape precomputes its labels. */
export const LOD_ZOOMS = [0.25, 0.5, 0.75, 1, 1.5, 2, 4] as const;

/**
 * For each node, the indices of LOD_ZOOMS at which the canvas's rule draws
 * its label, from graph positions (zoom 1) and the node radius there: what
 * the offline HTML export shows at each zoom.
 */
export function labelLevels(
  graph: Graph,
  position: (id: string) => { x: number; y: number },
  radius: number,
  selected: ReadonlySet<string> = new Set(),
): Map<string, number[]> {
  const degree = new Map<string, number>();
  const near = new Set<string>();
  for (const e of graph.edges) {
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    if (selected.has(e.source)) near.add(e.target);
    if (selected.has(e.target)) near.add(e.source);
  }
  const out = new Map<string, number[]>(graph.nodes.map((n) => [n.id, []]));
  LOD_ZOOMS.forEach((z, level) => {
    const candidates = graph.nodes.map((n) => {
      const p = position(n.id);
      return {
        id: n.id,
        x: p.x * z,
        y: p.y * z,
        radius: radius * z,
        text: shorten(n.name),
        rank: labelRank({
          selected: selected.has(n.id),
          nearSelection: near.has(n.id),
          degree: degree.get(n.id) ?? 0,
        }),
        always: selected.has(n.id),
      };
    });
    // The offline page draws every label under its node, so only that side is tried.
    for (const id of pickLabels(candidates, labelMetrics(z), ['below']).keys())
      out.get(id)?.push(level);
  });
  return out;
}
