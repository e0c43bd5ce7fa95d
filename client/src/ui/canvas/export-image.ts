// The canvas drawn as SVG for an export with the labels the export chose
// (export/view-frame.ts exportLabels), each in full and wrapped rather than
// cut: set on the nodes as style bypasses for the drawing only, then taken off,
// so the screen's own labels are untouched.
import type { Core, NodeCollection } from 'cytoscape';
import { fullLabel, type LabelledNode } from '../../export/view-frame.js';

/** The visible nodes with their whole label (not the screen's shortened one) and whether the view shows it now. */
export function labelledNodes(visible: NodeCollection): LabelledNode[] {
  return visible.map((n) => ({
    id: n.id(),
    text: fullLabel(String(n.data('name') ?? ''), String(n.data('display') ?? '')),
    shown: !n.hasClass('no-label') && !n.hasClass('chain-off'),
  }));
}

/** cytoscape-svg's drawing of everything, with exactly `labels` on the nodes. */
export function labelledSvg(cy: Core, labels: ReadonlyMap<string, string>, bg: string): string {
  const nodes = cy.nodes();
  cy.batch(() => {
    nodes.forEach((n) => {
      const text = labels.get(n.id());
      n.style(text === undefined ? { label: '' } : { label: text, 'text-wrap': 'wrap' });
    });
  });
  try {
    return cy.svg({ full: true, bg });
  } finally {
    cy.batch(() => {
      nodes.removeStyle('label text-wrap');
    });
  }
}
