// A list kept under one localStorage key that cannot lose the user's work.
// Entries are read one by one: an entry that fails its schema (written by
// another version, edited by hand, cut short) is moved to a key of its own
// and reported, and the good ones stay. Writes are checked: when the
// browser refuses one (its quota), what is stored stays as it was, the new
// entry is kept in memory and the user is told, with the list to download.
// Every write re-reads the key first and merges by id (newest wins), so two
// tabs add to each other's lists instead of overwriting them.
import type { z } from 'zod';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Why a write was refused: the quota, or storage that refuses every write. */
export interface WriteProblem {
  kind: 'quota' | 'refused';
  message: string;
}

export type WriteResult = { ok: true } | { ok: false; problem: WriteProblem };

/** What a list tells the user about, once each. */
export type ListReport =
  | { kind: 'set-aside'; count: number; asideKey: string }
  | { kind: 'write-failed'; problem: WriteProblem };

export interface ListSpec<T> {
  key: string;
  schema: z.ZodType<T>;
  /** Entries with the same id are one entry; the newest `at` wins. */
  id(entry: T): string;
  /** An ISO time (or any string that sorts by time): the list is newest first. */
  at(entry: T): string;
  limit?: number;
}

/** An entry as stored: its JSON kept as it was, so fields this version does not know survive. */
interface Item<T> {
  entry: T;
  json: unknown;
}

/** An entry that could not be read, as it is kept under the set-aside key. */
interface AsideRecord {
  from: string;
  at: string;
  reason: string;
  /** The entry as it was stored, or the key's whole text when it was not JSON. */
  value: unknown;
}

/** The browser's name for a full storage area (Firefox used its own before version 90ish). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function tryWrite(store: KeyValueStore, key: string, value: string): WriteResult {
  try {
    store.setItem(key, value);
    return { ok: true };
  } catch (error) {
    const quota = isQuotaError(error);
    return {
      ok: false,
      problem: {
        kind: quota ? 'quota' : 'refused',
        message: quota
          ? "the browser's storage for this site is full"
          : `the browser refused to store it (${error instanceof Error ? error.message : String(error)})`,
      },
    };
  }
}

function issueText(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'not a valid entry';
  const where = first.path.length ? `${first.path.join('.')}: ` : '';
  return `${where}${first.message}`;
}

export class StoredList<T> {
  /** Entries this tab could not store: shown and downloadable, written with the next write that fits. */
  private readonly unsaved = new Map<string, Item<T>>();
  private readonly queued: ListReport[] = [];
  private readonly reportListeners: ((r: ListReport) => void)[] = [];
  private readonly changeListeners: (() => void)[] = [];
  /** Set-aside texts already reported, so a write that keeps failing is not told twice. */
  private readonly toldAside = new Set<string>();
  /**
   * Bad entries of the last read that could not be set aside (storage full):
   * written back with the list. `blocked` when the key's whole text was bad,
   * which no list written over it could keep.
   */
  private stuck: { values: unknown[]; blocked?: WriteProblem } = { values: [] };

  constructor(
    private readonly store: KeyValueStore,
    private readonly spec: ListSpec<T>,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  get asideKey(): string {
    return `${this.spec.key}.setAside`;
  }

  /** Every good entry, stored or waiting to be, newest first. */
  list(): T[] {
    return this.merged().map((i) => i.entry);
  }

  /** Adds or replaces (by id) an entry. */
  put(entry: T): WriteResult {
    const item = { entry, json: entry as unknown };
    const id = this.spec.id(entry);
    const next = [item, ...this.merged().filter((i) => this.spec.id(i.entry) !== id)];
    const result = this.write(next);
    if (!result.ok) this.unsaved.set(id, item);
    return result;
  }

  remove(id: string): WriteResult {
    this.unsaved.delete(id);
    return this.write(this.merged().filter((i) => this.spec.id(i.entry) !== id));
  }

  /** The set-aside entries, as stored (for the user to download). */
  setAside(): unknown[] {
    return this.readAside();
  }

  /** Called with each report; reports made before anyone listened are delivered at once. */
  onReport(fn: (r: ListReport) => void): void {
    this.reportListeners.push(fn);
    for (const r of this.queued.splice(0)) fn(r);
  }

  /** Called when another tab changed the list. */
  onChange(fn: () => void): void {
    this.changeListeners.push(fn);
  }

  /**
   * Follows other tabs: the browser fires `storage` on every other tab of
   * the site when one writes. A tab holding entries it could not store
   * tries them again, merged with what the other tab wrote.
   */
  watch(target: {
    addEventListener(type: 'storage', fn: (e: { key: string | null }) => void): void;
  }): void {
    target.addEventListener('storage', (e) => {
      if (e.key !== null && e.key !== this.spec.key) return;
      // A write that succeeds clears what was unsaved; one that fails is reported again.
      if (this.unsaved.size) this.write(this.merged());
      for (const fn of this.changeListeners) fn();
    });
  }

  private report(r: ListReport): void {
    if (this.reportListeners.length === 0) this.queued.push(r);
    for (const fn of this.reportListeners) fn(r);
  }

  /** Stored entries and this tab's unsaved ones, one per id (newest wins), newest first. */
  private merged(): Item<T>[] {
    const byId = new Map<string, Item<T>>();
    for (const item of [...this.readStored(), ...this.unsaved.values()]) {
      const id = this.spec.id(item.entry);
      const had = byId.get(id);
      if (!had || this.spec.at(item.entry) >= this.spec.at(had.entry)) byId.set(id, item);
    }
    const sorted = [...byId.values()].sort((a, b) =>
      this.spec.at(b.entry).localeCompare(this.spec.at(a.entry)),
    );
    return this.spec.limit === undefined ? sorted : sorted.slice(0, this.spec.limit);
  }

  private write(items: Item<T>[]): WriteResult {
    const limited = this.spec.limit === undefined ? items : items.slice(0, this.spec.limit);
    // Entries that could not be set aside stay in the list; a text that was
    // not a list at all cannot, so nothing is written over it.
    const result = this.stuck.blocked
      ? ({ ok: false, problem: this.stuck.blocked } as const)
      : tryWrite(
          this.store,
          this.spec.key,
          JSON.stringify([...limited.map((i) => i.json), ...this.stuck.values]),
        );
    if (result.ok) this.unsaved.clear();
    else this.report({ kind: 'write-failed', problem: result.problem });
    return result;
  }

  /** Reads the key entry by entry; what cannot be read is moved aside first. */
  private readStored(): Item<T>[] {
    let raw: string | null;
    try {
      raw = this.store.getItem(this.spec.key);
    } catch {
      return [];
    }
    this.stuck = { values: [] };
    if (!raw) return [];
    const { good, bad, notJson } = this.split(raw);
    if (bad.length) this.moveAside(raw, good, bad, notJson === true);
    return good;
  }

  private split(raw: string): { good: Item<T>[]; bad: AsideRecord[]; notJson?: true } {
    const record = (value: unknown, reason: string): AsideRecord => ({
      from: this.spec.key,
      at: this.now(),
      reason,
      value,
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { good: [], bad: [record(raw, 'the stored text is not JSON')], notJson: true };
    }
    if (!Array.isArray(parsed)) return { good: [], bad: [record(parsed, 'not a list')] };
    const good: Item<T>[] = [];
    const bad: AsideRecord[] = [];
    for (const json of parsed as unknown[]) {
      const r = this.spec.schema.safeParse(json);
      if (r.success) good.push({ entry: r.data, json });
      else bad.push(record(json, issueText(r.error)));
    }
    return { good, bad };
  }

  /**
   * The bad entries go to the set-aside key before the list is written
   * without them: if either write fails, the list keeps them, so nothing is
   * ever only in memory.
   */
  private moveAside(raw: string, good: Item<T>[], bad: AsideRecord[], notJson: boolean): void {
    const aside = this.readAside();
    const seen = new Set(aside.map((a) => JSON.stringify((a as { value?: unknown }).value)));
    const fresh = bad.filter((b) => !seen.has(JSON.stringify(b.value)));
    const asideWritten = tryWrite(this.store, this.asideKey, JSON.stringify([...aside, ...fresh]));
    if (asideWritten.ok) {
      // Were this write refused, the list would still hold them, and they are now aside too.
      tryWrite(this.store, this.spec.key, JSON.stringify(good.map((i) => i.json)));
    } else {
      this.stuck = notJson
        ? { values: [], blocked: asideWritten.problem }
        : { values: bad.map((b) => b.value), blocked: undefined };
    }
    if (!this.toldAside.has(raw)) {
      this.toldAside.add(raw);
      this.report({ kind: 'set-aside', count: bad.length, asideKey: this.asideKey });
    }
  }

  /** The set-aside key's records; text that is not a JSON list is kept as one record. */
  private readAside(): unknown[] {
    let raw: string | null;
    try {
      raw = this.store.getItem(this.asideKey);
    } catch {
      return [];
    }
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) return parsed as unknown[];
    } catch {
      // kept below, as it was
    }
    return [{ from: this.asideKey, at: this.now(), reason: 'earlier set-aside text', value: raw }];
  }
}
