// Keeps the selected node out from under a bottom sheet (the phone's
// details): told how much of the canvas' bottom is covered, it pans the view,
// never zooming, when the selection or the covered height changes
// (graph/sheet-clearance.ts decides how far).
import type { Core } from 'cytoscape';
import { sheetClearance } from '../../graph/sheet-clearance.js';
import { reducedMotion } from './layout.js';

export class SheetClearance {
  private covered = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly cy: Core) {
    // A moment after the selection settles; a centring animation then
    // ends with its own call (Canvas.select).
    cy.on('select', 'node', () => this.later(60));
  }

  private later(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(), ms);
  }

  /** The bottom `px` of the canvas are covered (0: nothing is). */
  cover(px: number): void {
    const grew = px > this.covered;
    this.covered = Math.max(0, px);
    // A shrinking sheet uncovers more: nothing to move for.
    if (grew) this.apply();
  }

  /** Pans so the one selected node shows above the sheet, if it does not. */
  apply(): void {
    const cy = this.cy;
    if (this.covered <= 0 || cy.destroyed()) return;
    // The view is still moving (a centring, an earlier pan): look again once it stops.
    if (cy.animated()) return this.later(250);
    const selected = cy.nodes(':selected');
    if (selected.length !== 1) return;
    const height = cy.height();
    const dy = sheetClearance(selected.first().renderedPosition().y, height, height - this.covered);
    if (dy === null) return;
    if (reducedMotion()) cy.panBy({ x: 0, y: dy });
    else cy.animate({ panBy: { x: 0, y: dy } }, { duration: 200 });
  }
}
