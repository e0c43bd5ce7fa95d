// The explorer's one state. Panels change it with `update` and learn of
// changes with `subscribe`; the canvas, the panels, the URL and saved views
// are derived from it. Nothing else holds view state.
import { startHistory, type History } from './action-history.js';
import { EMPTY_GRAPH, specOf, type LoadedGraph } from './graph-model.js';
import { emptyState, graphSpec, withoutSpec, type GraphSpec, type ViewState } from './url-state.js';

export { PANELS, isPanelName, type PanelName } from './url-state.js';

/**
 * What the URL holds (ViewState) plus what only this page needs. The graph
 * part of a view (expansions, hidden and pinned nodes, what panels added) is
 * not kept beside the loaded graph: it is read from it (`viewOf`).
 */
export interface ExplorerState extends Omit<ViewState, keyof GraphSpec> {
  /**
   * Draw every element, past the canvas's cap (graph/cap.ts) too. Not in the
   * URL: a link opened on a slower machine should not start with a canvas
   * too heavy to move.
   */
  drawAll: boolean;
  /** "Select area" is on: a drag on the canvas' background selects what it boxes, not pans. */
  selectArea: boolean;
  /**
   * The graph on the canvas with its provenance, pins and hidden nodes, and
   * the steps that made it (undo and redo walk them). Changed only by the
   * named actions of state/graph-model.ts, through ui/graph-actions.ts.
   */
  loaded: History<LoadedGraph>;
  /**
   * The graph a link, Back or Forward, Reset or a new as-of date asks for,
   * while it is being loaded (ui/views.ts); the link keeps naming it until
   * it is in `loaded`, so a load that fails loses nothing.
   */
  opening?: GraphSpec | undefined;
}

/** A state opening `view`: its graph is what the first load brings. */
export function initialState(view: ViewState = emptyState()): ExplorerState {
  return {
    ...withoutSpec(view),
    drawAll: false,
    selectArea: false,
    loaded: startHistory(EMPTY_GRAPH),
    opening: graphSpec(view),
  };
}

/** The graph the state names: the one being opened, else the one loaded. */
export function specOfState(s: Readonly<ExplorerState>): GraphSpec {
  return s.opening ?? specOf(s.loaded.present);
}

/** The view a link writes: the state's fields with its graph's. */
export function viewOf(s: Readonly<ExplorerState>): ViewState {
  return { ...s, ...specOfState(s) };
}

export type Patch<S> = Partial<S> | ((s: Readonly<S>) => Partial<S>);
export type Listener<S> = (state: Readonly<S>, changed: ReadonlySet<keyof S>) => void;

/** Arrays compare by their items: writing the same list again is not a change. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export class Store<S extends object> {
  private state: Readonly<S>;
  private readonly listeners: { keys: ReadonlySet<keyof S> | undefined; fn: Listener<S> }[] = [];

  constructor(initial: S) {
    this.state = Object.freeze({ ...initial });
  }

  get(): Readonly<S> {
    return this.state;
  }

  /**
   * Applies a patch (or a function of the current state giving one). Only
   * keys whose value really changed are reported, so a listener that writes
   * back what it was told does not loop. `again` names keys written as a
   * request to act (show this chain): they are reported even when equal, so
   * asking for what is already shown shows it anew.
   */
  update(patch: Patch<S>, opts: { again?: readonly (keyof S)[] } = {}): void {
    const p = typeof patch === 'function' ? patch(this.state) : patch;
    const changed = new Set<keyof S>();
    for (const key of Object.keys(p) as (keyof S)[])
      if (!same(this.state[key], p[key]) || opts.again?.includes(key)) changed.add(key);
    if (changed.size === 0) return;
    this.state = Object.freeze({ ...this.state, ...p });
    for (const l of [...this.listeners])
      if (!l.keys || [...changed].some((k) => l.keys?.has(k))) l.fn(this.state, changed);
  }

  /** Calls `fn` after any change to one of `keys` ('*' for every change); returns the unsubscribe. */
  subscribe(keys: readonly (keyof S)[] | '*', fn: Listener<S>): () => void {
    const entry = { keys: keys === '*' ? undefined : new Set(keys), fn };
    this.listeners.push(entry);
    return () => {
      const i = this.listeners.indexOf(entry);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }
}

/** `list` with `ids` added (on) or removed (off), in a stable order. */
export function toggled(list: readonly string[], ids: readonly string[], on: boolean): string[] {
  const set = new Set(list);
  for (const id of ids) {
    if (on) set.add(id);
    else set.delete(id);
  }
  return [...set];
}
