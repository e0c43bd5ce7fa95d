// Running layouts on the main canvas: small graphs on the page, large fcose
// layouts in a Web Worker, the time layout from its computed positions (with
// its date axis). Tests and scripts wait for <body data-layout="idle">.
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { layoutOptions, timeLayout, type LayoutName, type TimeScale } from '../../graph/layouts.js';
import { OFFTHREAD_MIN_NODES, layoutOffThread } from '../../graph/offthread-layout.js';

/** People who ask for less motion get no animated layouts or glides. */
export function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export interface LayoutHooks {
  /** The visible elements, which a layout places. */
  visible(): Collection;
  /** Fits the view to what is visible. */
  fit(): void;
  /** A layout has been placed: the time layout with its scale, any other without. */
  placed(name: LayoutName, scale: TimeScale | undefined): void;
}

export class LayoutRunner {
  /** Counts layouts started, so a slower off-thread layout never overrides a newer one. */
  private runs = 0;

  constructor(
    private readonly cy: Core,
    private readonly hooks: LayoutHooks,
  ) {}

  /**
   * Runs a layout over the visible elements. `incremental` keeps the current
   * positions as the start, so an expansion does not reshuffle the picture.
   */
  run(name: LayoutName, incremental: boolean, fit: boolean): void {
    const run = ++this.runs;
    const eles = this.hooks.visible();
    if (eles.nodes().empty()) return;
    if (name === 'fcose' && !incremental && eles.nodes().length >= OFFTHREAD_MIN_NODES) {
      this.offPage(eles, run, fit);
      return;
    }
    const time =
      name === 'time'
        ? timeLayout(
            eles.nodes().map((n) => ({
              id: n.id(),
              label: String(n.data('label')),
              date: typeof n.data('date') === 'string' ? (n.data('date') as string) : undefined,
            })),
            {
              width: Math.max(1200, eles.nodes().length * 25),
              aspect: this.cy.width() / Math.max(1, this.cy.height()),
            },
          )
        : undefined;
    const options = layoutOptions(name, {
      positions: time?.positions,
      animate: incremental && !reducedMotion(),
    });
    if (incremental && name === 'fcose') Object.assign(options, { randomize: false });
    this.place(eles, options, fit, () => this.hooks.placed(name, time?.scale));
  }

  /**
   * fcose for a large graph, computed in a Web Worker so the page keeps
   * answering; the positions are then placed at once. A newer layout started
   * meanwhile wins (`run` is no longer the latest). Without a worker the
   * layout runs here, as for a small graph.
   */
  private offPage(eles: Collection, run: number, fit: boolean): void {
    document.body.dataset['layout'] = 'running';
    const input = {
      nodes: eles.nodes().map((n) => ({ id: n.id(), position: { ...n.position() } })),
      edges: eles
        .edges()
        .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    };
    const placed = () => this.hooks.placed('fcose', undefined);
    layoutOffThread(input).then(
      (positions) => {
        if (run !== this.runs) return;
        // Where the layout ran, for tests and benchmarks ('page' after a worker failure).
        document.body.dataset['layoutThread'] = 'worker';
        const options = {
          name: 'preset',
          animate: false,
          fit: false,
          positions: (n: NodeSingular) => positions[n.id()] ?? n.position(),
        } as LayoutOptions;
        this.place(eles, options, fit, placed);
      },
      () => {
        if (run !== this.runs) return;
        document.body.dataset['layoutThread'] = 'page';
        this.place(eles, layoutOptions('fcose'), fit, placed);
      },
    );
  }

  private place(eles: Collection, options: LayoutOptions, fit: boolean, done: () => void): void {
    // Pinned nodes, and those the person dragged, keep their place.
    const pinned = this.cy.nodes('[?pinned], [?moved]');
    pinned.lock();
    const l = eles.layout(options);
    document.body.dataset['layout'] = 'running';
    // Fit once the layout has really finished (fcose may settle after run() returns).
    l.one('layoutstop', () => {
      // fcose writes final positions past Cytoscape's bounding-box cache, so
      // clicks were hit-tested against where nodes used to be; a no-op shift
      // goes through the public position API and refreshes that cache.
      eles.nodes().shift({ x: 0, y: 0 });
      pinned.unlock();
      if (fit) this.hooks.fit();
      done();
      document.body.dataset['layout'] = 'idle';
    });
    l.run();
  }
}
