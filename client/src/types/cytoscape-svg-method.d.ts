// cytoscape-svg adds cy.svg(); this augments Cytoscape's own Core type.
import 'cytoscape';

declare module 'cytoscape' {
  interface SvgExportOptions {
    full?: boolean;
    scale?: number;
    bg?: string;
  }
  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
