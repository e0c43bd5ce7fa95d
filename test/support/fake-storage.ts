// A hand-written Web Storage for the client's storage tests: the Storage
// interface over a map, with a quota counted as browsers count it (UTF-16
// code units of keys and values) and refused with the DOMException browsers
// throw. Tabs share one area and each gets the `storage` events the others
// cause, as a browser delivers them.

export interface StorageEventLike {
  key: string | null;
  oldValue: string | null;
  newValue: string | null;
}

type Listener = (e: StorageEventLike) => void;

/** One origin's storage area, shared by the tabs opened on it. */
export class StorageArea {
  readonly items = new Map<string, string>();
  /** Characters the area holds at most; Infinity for no limit. */
  quota = Infinity;
  private readonly tabs: FakeTab[] = [];

  used(): number {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }

  /** A tab on this area: its `storage` (the Storage interface) and its `window` (the events). */
  openTab(): FakeTab {
    const tab = new FakeTab(this);
    this.tabs.push(tab);
    return tab;
  }

  /** A browser tells every tab but the writer. */
  notify(from: FakeTab, e: StorageEventLike): void {
    for (const tab of this.tabs) if (tab !== from) tab.dispatch(e);
  }
}

export class FakeTab {
  readonly storage: FakeStorage;
  private readonly listeners: Listener[] = [];
  readonly window = {
    addEventListener: (type: 'storage', fn: Listener) => {
      if (type === 'storage') this.listeners.push(fn);
    },
  };

  constructor(area: StorageArea) {
    this.storage = new FakeStorage(area, this);
  }

  dispatch(e: StorageEventLike): void {
    for (const fn of this.listeners) fn(e);
  }
}

export class FakeStorage implements Storage {
  constructor(
    private readonly area: StorageArea,
    private readonly tab?: FakeTab,
  ) {}

  get length(): number {
    return this.area.items.size;
  }

  key(index: number): string | null {
    return [...this.area.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.area.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const old = this.area.items.get(key) ?? null;
    const after = this.area.used() - (old === null ? 0 : key.length + old.length);
    if (after + key.length + value.length > this.area.quota) {
      throw new DOMException(
        `Setting the value of '${key}' exceeded the quota.`,
        'QuotaExceededError',
      );
    }
    this.area.items.set(key, value);
    if (this.tab) this.area.notify(this.tab, { key, oldValue: old, newValue: value });
  }

  removeItem(key: string): void {
    const old = this.area.items.get(key) ?? null;
    this.area.items.delete(key);
    if (this.tab && old !== null)
      this.area.notify(this.tab, { key, oldValue: old, newValue: null });
  }

  clear(): void {
    this.area.items.clear();
    if (this.tab) this.area.notify(this.tab, { key: null, oldValue: null, newValue: null });
  }
}

/** One tab's storage on a fresh area, for tests that need no second tab. */
export function fakeStorage(quota = Infinity): FakeStorage {
  const area = new StorageArea();
  area.quota = quota;
  return area.openTab().storage;
}
