// Saved views and workbench history in localStorage. Stored JSON is parsed
// with zod on the way out: storage written by an older version, or edited by
// hand, is ignored rather than crashing the page.
import { z } from 'zod';
import { Graph } from '../../../contract/index.js';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A store that forgets, for when localStorage is unavailable (private windows). */
export function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

function read<T>(store: KeyValueStore, key: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const raw = store.getItem(key);
    if (!raw) return fallback;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

function write(store: KeyValueStore, key: string, value: unknown): void {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // Quota exceeded or storage disabled: saving is best effort.
  }
}

export const SavedView = z.object({
  name: z.string(),
  savedAt: z.string(),
  /** The URL query string of the view's state (selection, filters, asOf, layout). */
  state: z.string(),
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
  graph: Graph,
});
export type SavedView = z.infer<typeof SavedView>;

const VIEWS_KEY = 'reg.savedViews.v1';

export class SavedViews {
  constructor(private readonly store: KeyValueStore) {}

  list(): SavedView[] {
    return read(this.store, VIEWS_KEY, z.array(SavedView), []);
  }

  get(name: string): SavedView | undefined {
    return this.list().find((v) => v.name === name);
  }

  /** Saves under a name, replacing a view of the same name. */
  save(view: SavedView): void {
    const rest = this.list().filter((v) => v.name !== view.name);
    write(this.store, VIEWS_KEY, [view, ...rest]);
  }

  remove(name: string): void {
    write(
      this.store,
      VIEWS_KEY,
      this.list().filter((v) => v.name !== name),
    );
  }
}

export const HistoryEntry = z.object({
  cypher: z.string(),
  params: z.string(),
  at: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const HISTORY_KEY = 'reg.queryHistory.v1';

export class QueryHistory {
  constructor(
    private readonly store: KeyValueStore,
    private readonly limit = 50,
  ) {}

  list(): HistoryEntry[] {
    return read(this.store, HISTORY_KEY, z.array(HistoryEntry), []);
  }

  /** Newest first; running the same query again moves it to the top instead of repeating it. */
  add(cypher: string, params: string, at = new Date().toISOString()): HistoryEntry[] {
    const entry = { cypher: cypher.trim(), params: params.trim(), at };
    const rest = this.list().filter((e) => e.cypher !== entry.cypher || e.params !== entry.params);
    const next = [entry, ...rest].slice(0, this.limit);
    write(this.store, HISTORY_KEY, next);
    return next;
  }
}

/** localStorage when the browser allows it, memory otherwise. */
export function browserStore(): KeyValueStore {
  try {
    const ls = globalThis.localStorage;
    const probe = '__reg_probe__';
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return ls;
  } catch {
    return memoryStore();
  }
}
