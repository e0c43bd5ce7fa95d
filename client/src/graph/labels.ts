// Level of detail for node labels: which labels to draw so that none
// overlaps another label or another node, the most important first (the selection and its
// neighbours, then by degree). Pure: the canvas measures, this decides.

export interface LabelCandidate {
  id: string;
  /** Centre of the node on screen, in px. */
  x: number;
  y: number;
  /** Radius of the node on screen; the label sits under it. */
  radius: number;
  /** The label's text, as drawn. */
  text: string;
  /** Higher is drawn first. */
  rank: number;
}

export interface LabelMetrics {
  /** On-screen font size, px. */
  fontSize: number;
  /** Widest a label may be drawn before it is cut with an ellipsis, px. */
  maxWidth: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label would be drawn on screen (text under the node, centred). */
export function labelBox(c: LabelCandidate, m: LabelMetrics): Box {
  // An average glyph of a sans-serif face is a little over half the font size.
  const width = Math.min(m.maxWidth, c.text.length * m.fontSize * 0.56);
  const top = c.y + c.radius + 2;
  return { x1: c.x - width / 2, x2: c.x + width / 2, y1: top, y2: top + m.fontSize * 1.25 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The ids whose labels can be drawn without overlapping, best ranked first. */
export function pickLabels(candidates: LabelCandidate[], m: LabelMetrics): Set<string> {
  const order = [...candidates].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
  const placed: Box[] = [];
  // A label drawn over another node hides it: nodes are obstacles too.
  const nodes = candidates.map((c) => ({
    id: c.id,
    box: { x1: c.x - c.radius, x2: c.x + c.radius, y1: c.y - c.radius, y2: c.y + c.radius },
  }));
  const out = new Set<string>();
  for (const c of order) {
    if (!c.text) continue;
    const box = labelBox(c, m);
    if (placed.some((p) => overlaps(p, box))) continue;
    if (nodes.some((n) => n.id !== c.id && overlaps(n.box, box))) continue;
    placed.push(box);
    out.add(c.id);
  }
  return out;
}
