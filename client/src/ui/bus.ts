// Events that are not state: something happened once and is not worth
// keeping or putting in a link. Everything a view is made of (selection,
// expansions, filters, as-of, layout, the open panel) lives in the store
// (state/store.ts) instead.

export interface Events {
  /** The canvas' content changed (nodes added, removed, hidden or filtered): recount. */
  graph: undefined;
  /** Something to tell the person, e.g. "12 more neighbours". */
  notice: { text: string; kind?: 'info' | 'error' };
  /** Names of nodes a link named but the canvas may not hold (the Paths panel's ends), by id. */
  names: Record<string, string>;
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
