// The view-wide cap on the main canvas (the rule is graph/cap.ts): elements
// past the cap are held here as plain definitions and are not in Cytoscape at
// all, since a removed element costs the renderer nothing where a hidden one
// is still styled, indexed and walked on every frame.
import type { Core, ElementDefinition } from 'cytoscape';
import { chooseDrawn, DRAW_CAP, type CapEdge, type CapNode } from '../../graph/cap.js';

const idOf = (e: ElementDefinition) => String(e.data.id);
const classesOf = (e: ElementDefinition) =>
  typeof e.classes === 'string' ? e.classes.split(/\s+/) : (e.classes ?? []);
const HIDING = ['hidden', 'filtered'];

/** What the notice over the canvas says. */
export interface CapCounts {
  /** Elements held back, not drawn. */
  left: number;
  /** Elements drawn. */
  drawn: number;
  cap: number;
}

export class DrawCap {
  private readonly held = new Map<string, ElementDefinition>();
  private all = false;
  private listener: ((counts: CapCounts) => void) | undefined;
  private told = '';

  constructor(
    private readonly cy: Core,
    /** Called after held elements were drawn (the filters mark them). */
    private readonly drawn: () => void,
    private readonly cap = DRAW_CAP,
  ) {}

  /** Ids held but not drawn. */
  heldIds(): IterableIterator<string> {
    return this.held.keys();
  }

  /** Elements held but not drawn. */
  left(): number {
    return this.held.size;
  }

  holds(id: string): boolean {
    return this.held.has(id);
  }

  /** Heard after each change of the counts. */
  onChange(fn: (counts: CapCounts) => void): void {
    this.listener = fn;
    this.tell();
  }

  /** About how many elements are drawn once `adding` more arrive (or all held are drawn, `all`). */
  drawnAfter(adding: number, all = this.all): number {
    const total = this.cy.elements().length + this.held.size + adding;
    return all ? total : Math.min(total, this.cap);
  }

  /** Draws everything (the person asked to) or only the cap again. */
  drawAll(on: boolean): void {
    if (this.all === on) return;
    this.all = on;
    this.settle();
  }

  /** New elements for the canvas: drawn if they make the cut, held otherwise. */
  place(els: readonly ElementDefinition[], first: readonly string[] = []): void {
    for (const e of els) this.held.set(idOf(e), e);
    this.settle(first);
  }

  /** Makes sure these ids are drawn (a selection made outside the canvas). */
  show(ids: readonly string[]): void {
    if (ids.some((id) => this.held.has(id))) this.settle(ids);
  }

  /** Forgets held elements (and relationships to them) with these ids. */
  forget(ids: ReadonlySet<string>): void {
    for (const [id, e] of this.held) {
      const ends = e.group === 'edges' ? [String(e.data.source), String(e.data.target)] : [];
      if (ids.has(id) || ends.some((end) => ids.has(end))) this.held.delete(id);
    }
  }

  clear(): void {
    this.held.clear();
    this.tell();
  }

  /**
   * Decides again what is drawn, among what is drawn and what is held, and
   * moves elements between Cytoscape and the held list accordingly.
   */
  settle(first: readonly string[] = []): void {
    const cy = this.cy;
    if (this.all || cy.elements().length + this.held.size <= this.cap) {
      if (this.held.size > 0) this.draw([...this.held.values()]);
      this.tell();
      return;
    }
    const nodes: CapNode[] = [];
    const edges: CapEdge[] = [];
    cy.nodes().forEach((n) => {
      nodes.push({
        id: n.id(),
        pinned: Boolean(n.data('pinned')),
        hidden: HIDING.some((c) => n.hasClass(c)),
      });
    });
    cy.edges().forEach((e) => {
      edges.push({ id: e.id(), source: e.source().id(), target: e.target().id() });
    });
    for (const e of this.held.values()) {
      if (e.group === 'edges')
        edges.push({ id: idOf(e), source: String(e.data.source), target: String(e.data.target) });
      else nodes.push({ id: idOf(e), hidden: classesOf(e).some((c) => HIDING.includes(c)) });
    }
    const top = new Set([...first, ...cy.elements(':selected').map((e) => e.id())]);
    const choice = chooseDrawn(nodes, edges, top, this.cap);
    const drop = cy
      .elements()
      .filter((e) => !(e.isNode() ? choice.nodes.has(e.id()) : choice.edges.has(e.id())));
    const take = [...this.held.values()].filter((e) =>
      e.group === 'edges' ? choice.edges.has(idOf(e)) : choice.nodes.has(idOf(e)),
    );
    cy.batch(() => {
      drop.forEach((e) => {
        this.held.set(e.id(), e.json() as ElementDefinition);
      });
      drop.remove();
    });
    this.draw(take);
    this.tell();
  }

  private draw(els: ElementDefinition[]): void {
    if (els.length === 0) return;
    for (const e of els) this.held.delete(idOf(e));
    // Nodes before the relationships that need them; a relationship whose
    // end is gone (removed meanwhile) is dropped, as Cytoscape refuses it.
    const nodes = els.filter((e) => e.group !== 'edges');
    const ids = new Set(nodes.map(idOf));
    const there = (id: unknown) =>
      ids.has(String(id)) || this.cy.getElementById(String(id)).nonempty();
    const edges = els.filter(
      (e) => e.group === 'edges' && there(e.data.source) && there(e.data.target),
    );
    // One batch: Cytoscape then styles and indexes them once, not element by element.
    this.cy.batch(() => this.cy.add([...nodes, ...edges]));
    this.drawn();
  }

  private tell(): void {
    const counts = { left: this.held.size, drawn: this.cy.elements().length, cap: this.cap };
    const key = `${counts.left} ${counts.drawn}`;
    if (this.told === key) return;
    this.told = key;
    this.listener?.(counts);
  }
}
