// "Select area": while on, a drag on the canvas' background draws a box and
// selects the nodes in it instead of panning. The mouse uses Cytoscape's own
// box selection (on without a modifier key once user panning is off). A
// finger does not: Cytoscape boxes only with three fingers, so one finger's
// drag is followed here and the nodes whose centres fall in its box selected.
import type { Core } from 'cytoscape';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export class AreaSelect {
  private on = false;
  private start: { x: number; y: number } | undefined;
  private readonly overlay: HTMLDivElement;

  constructor(
    private readonly cy: Core,
    private readonly done: () => void,
  ) {
    const host = cy.container();
    this.overlay = document.createElement('div');
    this.overlay.className = 'area-box';
    this.overlay.hidden = true;
    // Beside the canvas, as the date axis is: Cytoscape owns what is inside it.
    host?.after(this.overlay);
    // Cytoscape selects what the box holds right after it says the box ended;
    // the area selects nodes, so the links it caught are let go.
    cy.on('boxend', () => {
      if (!this.on) return;
      setTimeout(() => {
        cy.edges(':selected').unselect();
        this.done();
      }, 0);
    });
    host?.addEventListener('touchstart', (e) => this.touchStart(e), { capture: true });
    // Not passive: the drag must not scroll the page.
    host?.addEventListener('touchmove', (e) => this.touchMove(e), {
      capture: true,
      passive: false,
    });
    host?.addEventListener('touchend', (e) => this.touchEnd(e), { capture: true });
  }

  set(on: boolean): void {
    this.on = on;
    this.cy.userPanningEnabled(!on);
    this.cy.container()?.classList.toggle('area-select', on);
    if (!on) this.finish();
  }

  private point(t: Touch): { x: number; y: number } {
    const r = this.cy.container()?.getBoundingClientRect();
    return { x: t.clientX - (r?.left ?? 0), y: t.clientY - (r?.top ?? 0) };
  }

  /** Whether a point (rendered) lies on a node: a drag there moves the node instead. */
  private onNode(p: { x: number; y: number }): boolean {
    return this.cy.nodes(':visible').some((n) => inside(n.renderedBoundingBox({}), p));
  }

  private touchStart(e: TouchEvent): void {
    const t = e.touches[0];
    if (!this.on || e.touches.length !== 1 || !t) return;
    const p = this.point(t);
    if (this.onNode(p)) return;
    this.start = p;
    e.stopPropagation();
  }

  private touchMove(e: TouchEvent): void {
    const t = e.touches[0];
    if (!this.start || !t) return;
    e.preventDefault();
    e.stopPropagation();
    const b = box(this.start, this.point(t));
    const host = this.cy.container();
    Object.assign(this.overlay.style, {
      left: `${(host?.offsetLeft ?? 0) + b.x1}px`,
      top: `${(host?.offsetTop ?? 0) + b.y1}px`,
      width: `${b.x2 - b.x1}px`,
      height: `${b.y2 - b.y1}px`,
    });
    this.overlay.hidden = false;
  }

  private touchEnd(e: TouchEvent): void {
    const t = e.changedTouches[0];
    if (!this.start || !t) return;
    e.stopPropagation();
    const b = box(this.start, this.point(t));
    this.finish();
    this.cy.elements(':selected').unselect();
    this.cy
      .nodes(':visible')
      .filter((n) => inside(b, n.renderedPosition()))
      .select();
    this.done();
  }

  private finish(): void {
    this.start = undefined;
    this.overlay.hidden = true;
  }
}

function box(a: { x: number; y: number }, b: { x: number; y: number }): Box {
  return {
    x1: Math.min(a.x, b.x),
    y1: Math.min(a.y, b.y),
    x2: Math.max(a.x, b.x),
    y2: Math.max(a.y, b.y),
  };
}

function inside(b: Box, p: { x: number; y: number }): boolean {
  return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
}
