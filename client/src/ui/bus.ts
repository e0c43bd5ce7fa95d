// The few events panels send each other. Panels never reach into each other
// directly: they emit here and listen here.

export interface Events {
  /** The selection changed; `from` says which panel did it, so it does not echo. */
  select: { ids: string[]; from: string };
  /** Nodes or edges were added, removed, hidden or filtered. */
  graph: undefined;
  /** The "as of" date or clock changed: everything reloads. */
  asof: undefined;
  /** Something to tell the person, e.g. "12 more neighbours". */
  notice: { text: string; kind?: 'info' | 'error' };
  /** Ask the workbench to show a query. */
  openQuery: { cypher: string; params?: Record<string, unknown> };
}

export class Bus {
  private readonly target = new EventTarget();

  on<K extends keyof Events>(type: K, fn: (detail: Events[K]) => void): void {
    this.target.addEventListener(type, (e) => fn((e as CustomEvent<Events[K]>).detail));
  }

  emit<K extends keyof Events>(
    type: K,
    ...detail: Events[K] extends undefined ? [] : [Events[K]]
  ): void {
    this.target.dispatchEvent(new CustomEvent(type, { detail: detail[0] }));
  }
}
