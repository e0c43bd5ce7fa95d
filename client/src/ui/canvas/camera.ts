// The camera of a story's step: the viewport glides (pan and zoom together)
// to fit where the nodes are going, over the same time as they move; with
// reduced motion asked for, it jumps there.
import type { Core } from 'cytoscape';
import { fitView, LABEL_FIT, type Box } from '../../graph/fit.js';
import { reducedMotion } from './layout.js';

/** Glides the viewport to show `box` (model coordinates); resolves when it is there. */
export function glideCamera(cy: Core, box: Box, ms: number): Promise<void> {
  cy.resize();
  const view = fitView(box, cy.width(), cy.height(), LABEL_FIT, {
    min: cy.minZoom(),
    max: cy.maxZoom(),
  });
  cy.stop(true, false);
  if (reducedMotion() || ms <= 0) {
    cy.viewport(view);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    cy.animate(
      { zoom: view.zoom, pan: view.pan },
      { duration: ms, easing: 'ease-in-out-quad', complete: () => resolve() },
    );
  });
}
