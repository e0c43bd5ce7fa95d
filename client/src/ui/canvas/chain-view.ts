// The chain view on the main canvas: the chain's events placed by date below
// whatever is there, its links solid when causal and dashed when they only
// say which came first, each with its words, the rest a faint backdrop; and
// the legend line over the canvas that says which line is which. A later
// layout, or the legend's Close, ends it.
import type { Core, NodeSingular } from 'cytoscape';
import type { ChainLink } from '../../../../contract/index.js';
import { centreView } from '../../graph/fit.js';

/** The chain view's smallest zoom: its columns stay wide enough for their labels. */
const CHAIN_MIN_ZOOM = 0.6;

export type Positions = Map<string, { x: number; y: number }>;

/** Links of a small graph drawn apart: their class and the words on them. */
export type LinkMarks = Map<string, { kind: ChainLink['kind']; words: string }>;

/** The key to the chain view: solid and dashed line samples, dates left to right. */
function chainLegend(onClose: () => void): HTMLElement {
  const el = document.createElement('div');
  el.className = 'chain-legend';
  el.setAttribute('role', 'note');
  el.setAttribute('aria-label', 'Chain view legend');
  const title = document.createElement('strong');
  title.textContent = 'Chain, earliest on the left';
  const line = (kind: string) => {
    const s = document.createElement('span');
    s.className = `line ${kind}`;
    s.setAttribute('aria-hidden', 'true');
    return s;
  };
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', onClose);
  el.append(
    title,
    line('solid'),
    'caused (led to, prompted)',
    line('dashed'),
    'only came before',
    close,
  );
  el.hidden = true;
  return el;
}

export class ChainView {
  private readonly legend: HTMLElement;

  constructor(
    private readonly cy: Core,
    private readonly node: (id: string) => NodeSingular | undefined,
  ) {
    this.legend = chainLegend(() => this.clear());
    cy.container()?.after(this.legend);
    // The chain's nodes removed (an undo, a new overview): nothing left to explain.
    cy.on('remove', () => {
      if (!this.shown()) this.legend.hidden = true;
    });
  }

  show(placement: Positions, links: LinkMarks, focus?: string): void {
    this.clear();
    const cy = this.cy;
    let nodes = cy.collection();
    for (const id of placement.keys()) nodes = nodes.union(cy.getElementById(id));
    const others = cy.nodes().not('.hidden, .filtered').difference(nodes);
    const bb = others.nonempty() ? others.boundingBox() : { x1: 0, y2: -200 };
    const origin = { x: bb.x1, y: bb.y2 + 400 };
    cy.batch(() => {
      nodes.forEach((n) => {
        const p = placement.get(n.id());
        if (p && !n.locked() && !n.data('pinned'))
          n.position({ x: origin.x + p.x, y: origin.y + p.y });
        n.addClass('chain');
      });
      let chainLinks = cy.collection();
      for (const [id, mark] of links) {
        const e = cy.getElementById(id);
        e.addClass(`chain-${mark.kind}`);
        e.data('chainWords', mark.words);
        chainLinks = chainLinks.union(e);
      }
      // Only the chain's own links stay lit: another link between two of its
      // events (ABOUT, RELAXES) is not a cause or an order, and its words
      // would sit among "led to" and "came before" as if it were.
      const inChain = nodes.union(chainLinks);
      cy.elements().difference(inChain).addClass('chain-off');
    });
    this.legend.hidden = false;
    this.frame(nodes, focus);
  }

  /** Fits the chain with room for its labels and the legend; never too small to read. */
  private frame(nodes: ReturnType<Core['collection']>, focus: string | undefined): void {
    const cy = this.cy;
    cy.resize();
    cy.fit(nodes, 70);
    cy.panBy({ x: 0, y: 20 });
    // Below this zoom the labels of neighbouring dates would collide and be
    // dropped: keep them readable and centre on the event asked about.
    const focusNode = focus ? this.node(focus) : undefined;
    if (cy.zoom() < CHAIN_MIN_ZOOM)
      cy.zoom({
        level: CHAIN_MIN_ZOOM,
        renderedPosition: focusNode?.renderedPosition() ?? {
          x: cy.width() / 2,
          y: cy.height() / 2,
        },
      });
    if (focusNode && cy.zoom() <= CHAIN_MIN_ZOOM) {
      const box = focusNode.boundingBox({ includeLabels: false, includeOverlays: false });
      cy.viewport(centreView(box, cy.zoom(), cy.width(), cy.height()));
    }
  }

  clear(): void {
    this.cy.elements().removeClass('chain chain-causal chain-sequence chain-off');
    this.legend.hidden = true;
  }

  shown(): boolean {
    return this.cy.nodes('.chain').nonempty();
  }
}
