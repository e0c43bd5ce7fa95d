// Layout options by name. The "time" layout is computed here (x = date,
// y = a lane per label) and handed to Cytoscape as preset positions.
import type { LayoutOptions } from 'cytoscape';
import { dayNumber } from './dates.js';

export const LAYOUT_NAMES = ['fcose', 'dagre', 'concentric', 'time'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_TITLES: Record<LayoutName, string> = {
  fcose: 'Force-directed (fcose)',
  dagre: 'Hierarchical (dagre)',
  concentric: 'Concentric by degree',
  time: 'Time (x = date)',
};

export function isLayoutName(s: unknown): s is LayoutName {
  return typeof s === 'string' && (LAYOUT_NAMES as readonly string[]).includes(s);
}

export interface TimeNode {
  id: string;
  label: string;
  date?: string | undefined;
}

export interface TimeLayoutOptions {
  width?: number;
  laneHeight?: number;
  /**
   * The view's width over its height: the dates are spread at least that
   * much wider than the lanes are tall, so a fitted view fills the canvas
   * instead of squeezing the years into a narrow column.
   */
  aspect?: number;
}

/**
 * How the time layout maps days to x: `min` (a day number) sits at x = 0
 * and `min + span` at x = `width`. The date axis reads it back.
 */
export interface TimeScale {
  min: number;
  span: number;
  width: number;
  /**
   * Where the undated nodes stand: a block left of the date axis (x1 to x2,
   * both below 0), so no undated node seems to have a date. The axis draws
   * no date over it, only the word "undated".
   */
  undated?: { x1: number; x2: number } | undefined;
}

export function timeX(scale: TimeScale, day: number): number {
  return ((day - scale.min) / scale.span) * scale.width;
}

export function timeDay(scale: TimeScale, x: number): number {
  return scale.min + (x / scale.width) * scale.span;
}

/** The scale for these day numbers: the earliest at the left, the latest at the right. */
export function timeScale(days: readonly (number | undefined)[], width: number): TimeScale {
  const known = days.filter((d): d is number => d !== undefined);
  const min = known.length ? Math.min(...known) : 0;
  const max = known.length ? Math.max(...known) : 1;
  return { min, span: Math.max(1, max - min), width };
}

/**
 * Positions for the time layout: dated nodes along x by date, each label in
 * its own lane; undated nodes in a block of their own left of the earliest
 * date (x < 0), a column per label, never on the date axis.
 */
export function timePositions(
  nodes: readonly TimeNode[],
  opts: TimeLayoutOptions = {},
): Map<string, { x: number; y: number }> {
  return timeLayout(nodes, opts).positions;
}

/** The gap between the undated block and the earliest date, and between its columns. */
export const UNDATED_GAP = 160;
const UNDATED_COLUMN = 140;

/** The time layout's positions and the scale they were placed by. */
export function timeLayout(
  nodes: readonly TimeNode[],
  opts: TimeLayoutOptions = {},
): { positions: Map<string, { x: number; y: number }>; scale: TimeScale } {
  // 60 leaves room for a node and its label; fitting the view to many lanes
  // zooms out less than at 90, so nodes stay large enough to tell apart.
  const laneHeight = opts.laneHeight ?? 60;
  const days = nodes.map((n) => dayNumber(n.date));
  const datedLanes = [
    ...new Set(nodes.filter((_, i) => days[i] !== undefined).map((n) => n.label)),
  ];
  datedLanes.sort();
  const undated = nodes.filter((_, i) => days[i] === undefined);
  // As many rows as the dated lanes fill (at least four), so the block stays beside them.
  const rows = Math.max(4, datedLanes.length, Math.ceil(Math.sqrt(undated.length)));
  const undatedLabels = [...new Set(undated.map((n) => n.label))].sort();
  const columns = undatedLabels.reduce(
    (sum, l) => sum + Math.ceil(undated.filter((n) => n.label === l).length / rows),
    0,
  );
  const height = (datedLanes.length + 1) * laneHeight;
  const width = Math.max(opts.width ?? 1600, (opts.aspect ?? 0) * height);
  const scale: TimeScale = timeScale(days, width);

  const out = new Map<string, { x: number; y: number }>();
  // Same-day nodes in one lane would overlap: stack them a little.
  const stack = new Map<string, number>();
  nodes.forEach((n, i) => {
    const d = days[i];
    if (d === undefined) return;
    const x = timeX(scale, d);
    const lane = datedLanes.indexOf(n.label);
    const key = `${lane}:${Math.round(x / 30)}`;
    const k = stack.get(key) ?? 0;
    stack.set(key, k + 1);
    out.set(n.id, { x, y: lane * laneHeight + k * 26 });
  });
  if (undated.length) {
    const x2 = -UNDATED_GAP;
    const x1 = x2 - (columns - 1) * UNDATED_COLUMN;
    let column = 0;
    for (const label of undatedLabels) {
      const members = undated.filter((n) => n.label === label);
      members.forEach((n, j) => {
        const c = column + Math.floor(j / rows);
        out.set(n.id, { x: x1 + c * UNDATED_COLUMN, y: (j % rows) * laneHeight });
      });
      column += Math.ceil(members.length / rows);
    }
    scale.undated = { x1, x2 };
  }
  return { positions: out, scale };
}

export function layoutOptions(
  name: LayoutName,
  extra: { positions?: Map<string, { x: number; y: number }>; animate?: boolean } = {},
): LayoutOptions {
  // Animating only the end state keeps expansions quick and easy to follow.
  const animate = extra.animate ? 'end' : false;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        animate,
        animationDuration: 400,
        // Start from the nodes' current (seeded) places, not at random: a reload
        // shows the same picture.
        randomize: false,
        quality: 'default',
        // Generous spacing: labels need room to stay legible.
        nodeRepulsion: 45000,
        idealEdgeLength: 150,
        edgeElasticity: 0.3,
        gravity: 0.15,
        nodeSeparation: 120,
        numIter: 4000,
        packComponents: true,
        nodeDimensionsIncludeLabels: true,
        padding: 30,
      } as LayoutOptions;
    case 'dagre':
      return {
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 40,
        rankSep: 90,
        animate,
        padding: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        minNodeSpacing: 40,
        padding: 30,
        concentric: (n: { degree(b: boolean): number }) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'time': {
      const positions = extra.positions ?? new Map<string, { x: number; y: number }>();
      return {
        name: 'preset',
        animate,
        padding: 30,
        positions: (n: { id(): string }) => positions.get(n.id()) ?? { x: 0, y: 0 },
      } as LayoutOptions;
    }
  }
}

/** Left-to-right layered layout for event chains: causes on the left. */
export function chainLayout(): LayoutOptions {
  return {
    name: 'dagre',
    rankDir: 'LR',
    nodeSep: 30,
    rankSep: 110,
    // Room at the sides for the first and last events' labels.
    padding: 40,
  } as LayoutOptions;
}
