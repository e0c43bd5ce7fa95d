// Saved views and workbench history in localStorage, each a StoredList
// (stored-list.ts): read entry by entry, each checked with zod, a bad entry
// set aside rather than wiping the rest, writes checked, tabs merged. The
// saved-query library is not here: the server serves it (GET /api/queries).
import { z } from 'zod';
import { Graph } from '../../../contract/index.js';
import { StoredList, type KeyValueStore, type WriteResult } from './stored-list.js';

export type { KeyValueStore, ListReport, WriteResult } from './stored-list.js';

/** A store that forgets, for when localStorage is unavailable (private windows). */
export function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
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
  readonly stored: StoredList<SavedView>;

  constructor(store: KeyValueStore) {
    this.stored = new StoredList(store, {
      key: VIEWS_KEY,
      schema: SavedView,
      id: (v) => v.name,
      at: (v) => v.savedAt,
    });
  }

  list(): SavedView[] {
    return this.stored.list();
  }

  get(name: string): SavedView | undefined {
    return this.list().find((v) => v.name === name);
  }

  /** Saves under a name, replacing a view of the same name. */
  save(view: SavedView): WriteResult {
    return this.stored.put(view);
  }

  remove(name: string): WriteResult {
    return this.stored.remove(name);
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
  readonly stored: StoredList<HistoryEntry>;

  constructor(store: KeyValueStore, limit = 50) {
    this.stored = new StoredList(store, {
      key: HISTORY_KEY,
      schema: HistoryEntry,
      // The same query with the same parameters is one entry: running it again moves it up.
      id: (e) => `${e.cypher}\u0000${e.params}`,
      at: (e) => e.at,
      limit,
    });
  }

  list(): HistoryEntry[] {
    return this.stored.list();
  }

  /** Newest first; running the same query again moves it to the top instead of repeating it. */
  add(cypher: string, params: string, at = new Date().toISOString()): HistoryEntry[] {
    this.stored.put({ cypher: cypher.trim(), params: params.trim(), at });
    return this.list();
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

let views: SavedViews | undefined;
let history: QueryHistory | undefined;

/**
 * The page's one list of saved views: the export panel and the view restorer
 * share it, so a view kept in memory after a refused write can be opened.
 * It follows other tabs' writes.
 */
export function savedViews(): SavedViews {
  if (!views) {
    views = new SavedViews(browserStore());
    views.stored.watch(window);
  }
  return views;
}

/** The page's query history, following other tabs' writes. */
export function queryHistory(): QueryHistory {
  if (!history) {
    history = new QueryHistory(browserStore());
    history.stored.watch(window);
  }
  return history;
}
