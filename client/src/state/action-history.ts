// Undo and redo as the history of a state changed by named actions: each
// action that changes the state pushes the state before it, so one stack
// serves every kind of step (an expansion, a hide, a pin, a query added).
// Pure: the store holds a History and replaces it with the next one.

export interface History<S> {
  readonly past: readonly S[];
  readonly present: S;
  readonly future: readonly S[];
  /** The names of the actions that made each past state's successor, for the buttons' titles. */
  readonly names: readonly string[];
}

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 100;

export function startHistory<S>(present: S): History<S> {
  return { past: [], present, future: [], names: [] };
}

/**
 * The history after an action named `name` turned the present into `next`.
 * An action that changed nothing (the same object back) is not a step.
 */
export function record<S>(h: History<S>, name: string, next: S): History<S> {
  if (next === h.present) return h;
  const past = [...h.past, h.present].slice(-HISTORY_LIMIT);
  const names = [...h.names, name].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], names };
}

/** Applies a named pure action to the present and records it. */
export function act<S, A extends unknown[]>(
  h: History<S>,
  name: string,
  action: (s: S, ...args: A) => S,
  ...args: A
): History<S> {
  return record(h, name, action(h.present, ...args));
}

export function undo<S>(h: History<S>): History<S> {
  const prev = h.past.at(-1);
  if (prev === undefined) return h;
  return {
    past: h.past.slice(0, -1),
    present: prev,
    future: [h.present, ...h.future],
    names: h.names.slice(0, -1),
  };
}

export function redo<S>(h: History<S>, name = 'redo'): History<S> {
  const [next, ...future] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future, names: [...h.names, name] };
}

/** Replaces the present without a step (a view loaded, the as-of date changed): nothing to undo to. */
export function reset<S>(present: S): History<S> {
  return startHistory(present);
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;
