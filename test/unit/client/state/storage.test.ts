// The browser lists (saved views, query history) against a hand-written
// Web Storage: bad entries, bad JSON, a full quota, two tabs on one area.
import { describe, expect, it } from 'vitest';
import {
  QueryHistory,
  SavedViews,
  type ListReport,
  type SavedView,
} from '../../../../client/src/state/storage.js';
import { isQuotaError } from '../../../../client/src/state/stored-list.js';
import { StorageArea, fakeStorage } from '../../../support/fake-storage.js';

const VIEWS = 'reg.savedViews.v1';
const ASIDE = 'reg.savedViews.v1.setAside';

function view(name: string, savedAt = '2026-01-01T00:00:00.000Z', pad = ''): SavedView {
  return {
    name,
    savedAt,
    state: `?sel=${name}${pad}`,
    positions: { [name]: { x: 1, y: 2 } },
    graph: { nodes: [], edges: [] },
  };
}

/** Ten views as a page stored them, the fourth one malformed (its graph missing). */
function tenWithOneBad(): string {
  const entries: unknown[] = Array.from({ length: 10 }, (_, i) =>
    view(`v${i}`, `2026-01-01T00:00:0${i}.000Z`),
  );
  const bad: Partial<SavedView> = view('v3', '2026-01-01T00:00:03.000Z');
  delete bad.graph;
  entries[3] = bad;
  return JSON.stringify(entries);
}

function reports(views: SavedViews): ListReport[] {
  const seen: ListReport[] = [];
  views.stored.onReport((r) => seen.push(r));
  return seen;
}

describe('saved views read entry by entry', () => {
  it('lists the nine good views when one of ten is malformed', () => {
    const storage = fakeStorage();
    storage.setItem(VIEWS, tenWithOneBad());
    const names = new SavedViews(storage).list().map((v) => v.name);
    expect(names.sort()).toEqual(['v0', 'v1', 'v2', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9']);
  });

  it('keeps the malformed entry, as stored, under the set-aside key', () => {
    const storage = fakeStorage();
    storage.setItem(VIEWS, tenWithOneBad());
    new SavedViews(storage).list();
    const aside = JSON.parse(storage.getItem(ASIDE) ?? '[]') as { value: { name: string } }[];
    expect(aside.map((a) => a.value.name)).toEqual(['v3']);
    expect(aside[0]?.value).not.toHaveProperty('graph');
  });

  it('keeps every good view and the new one on the next save', () => {
    const storage = fakeStorage();
    storage.setItem(VIEWS, tenWithOneBad());
    const views = new SavedViews(storage);
    expect(views.save(view('new', '2026-02-01T00:00:00.000Z'))).toEqual({ ok: true });
    const stored = JSON.parse(storage.getItem(VIEWS) ?? '[]') as { name: string }[];
    expect(stored.map((v) => v.name)).toHaveLength(10);
    expect(stored[0]?.name).toBe('new');
  });

  it('reports the set-aside entry once, however often the list is read', () => {
    const storage = fakeStorage();
    storage.setItem(VIEWS, tenWithOneBad());
    const views = new SavedViews(storage);
    const seen = reports(views);
    views.list();
    views.list();
    views.save(view('new'));
    expect(seen).toEqual([{ kind: 'set-aside', count: 1, asideKey: ASIDE }]);
  });

  it('sets aside a text that is not JSON verbatim and starts an empty list', () => {
    const storage = fakeStorage();
    storage.setItem(VIEWS, '[{"name": "cut sho');
    const views = new SavedViews(storage);
    expect(views.list()).toEqual([]);
    const aside = JSON.parse(storage.getItem(ASIDE) ?? '[]') as { value: unknown }[];
    expect(aside.map((a) => a.value)).toEqual(['[{"name": "cut sho']);
  });

  it('keeps fields this version does not know when it writes the list back', () => {
    const storage = fakeStorage();
    storage.setItem(VIEWS, JSON.stringify([{ ...view('old'), colourBy: 'pagerank' }]));
    new SavedViews(storage).save(view('new'));
    expect(storage.getItem(VIEWS)).toContain('"colourBy":"pagerank"');
  });

  it('keeps history entries around a malformed one', () => {
    const storage = fakeStorage();
    storage.setItem(
      'reg.queryHistory.v1',
      JSON.stringify([
        { cypher: 'RETURN 1', params: '{}', at: '2' },
        { cypher: 3, params: '{}', at: '1' },
        { cypher: 'RETURN 2', params: '{}', at: '0' },
      ]),
    );
    expect(new QueryHistory(storage).list().map((e) => e.cypher)).toEqual(['RETURN 1', 'RETURN 2']);
  });
});

describe('saved views over the quota', () => {
  it('refuses a save past the quota as a quota problem and leaves the stored list as it was', () => {
    const storage = fakeStorage(1_000);
    const views = new SavedViews(storage);
    views.save(view('small'));
    const before = storage.getItem(VIEWS);
    const result = views.save(view('big', '2026-03-01T00:00:00.000Z', 'x'.repeat(2_000)));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'quota' } });
    expect(storage.getItem(VIEWS)).toBe(before);
  });

  it('tells the page of a refused save', () => {
    const views = new SavedViews(fakeStorage(500));
    const seen = reports(views);
    views.save(view('big', '2026-03-01T00:00:00.000Z', 'x'.repeat(1_000)));
    expect(seen.map((r) => r.kind)).toEqual(['write-failed']);
  });

  it('keeps a refused view in this tab, listed and downloadable with the stored ones', () => {
    const storage = fakeStorage(1_000);
    const views = new SavedViews(storage);
    views.save(view('small'));
    views.save(view('big', '2026-03-01T00:00:00.000Z', 'x'.repeat(2_000)));
    expect(views.list().map((v) => v.name)).toEqual(['big', 'small']);
  });

  it('writes a bad entry back with the list when the storage is too full to set it aside', () => {
    const area = new StorageArea();
    const storage = area.openTab().storage;
    const bad = { name: 'bad', pad: 'y'.repeat(600) };
    storage.setItem(VIEWS, JSON.stringify([view('good'), bad]));
    // Room for one more small view, not for a second copy of the bad entry.
    area.quota = area.used() + 400;
    const views = new SavedViews(storage);
    expect(views.save(view('new'))).toEqual({ ok: true });
    expect(storage.getItem(ASIDE)).toBeNull();
    expect(JSON.parse(storage.getItem(VIEWS) ?? '[]')).toContainEqual(bad);
  });

  it('writes nothing over a text that is not JSON when the storage is too full to set it aside', () => {
    const storage = fakeStorage(60);
    storage.setItem(VIEWS, 'not json at all');
    const views = new SavedViews(storage);
    expect(views.save(view('new')).ok).toBe(false);
    expect(storage.getItem(VIEWS)).toBe('not json at all');
  });

  it('takes Firefox’s older name for a full storage as a quota error', () => {
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
  });
});

describe('saved views in two tabs', () => {
  it('keeps both views when two tabs each save one', () => {
    const area = new StorageArea();
    const [a, b] = [area.openTab(), area.openTab()];
    const [viewsA, viewsB] = [new SavedViews(a.storage), new SavedViews(b.storage)];
    viewsA.list();
    viewsB.list();
    viewsA.save(view('from A'));
    viewsB.save(view('from B'));
    expect(
      viewsA
        .list()
        .map((v) => v.name)
        .sort(),
    ).toEqual(['from A', 'from B']);
  });

  it("tells a tab's page when another tab saved, so it can draw the list again", () => {
    const area = new StorageArea();
    const [a, b] = [area.openTab(), area.openTab()];
    const viewsB = new SavedViews(b.storage);
    viewsB.stored.watch(b.window);
    let changes = 0;
    viewsB.stored.onChange(() => changes++);
    new SavedViews(a.storage).save(view('from A'));
    expect(changes).toBe(1);
    expect(viewsB.list().map((v) => v.name)).toEqual(['from A']);
  });

  it('stores a refused view once another tab has made room, merged with what that tab kept', () => {
    const area = new StorageArea();
    const [a, b] = [area.openTab(), area.openTab()];
    const viewsA = new SavedViews(a.storage);
    viewsA.stored.watch(a.window);
    const viewsB = new SavedViews(b.storage);
    viewsB.save(view('kept', '2026-01-01T00:00:00.000Z', 'x'.repeat(300)));
    area.quota = area.used() + 100;
    expect(viewsA.save(view('waiting', '2026-02-01T00:00:00.000Z', 'z'.repeat(150))).ok).toBe(
      false,
    );
    area.quota = Infinity;
    viewsB.remove('nothing-there');
    const stored = JSON.parse(a.storage.getItem(VIEWS) ?? '[]') as { name: string }[];
    expect(stored.map((v) => v.name)).toEqual(['waiting', 'kept']);
  });

  it('keeps the newer version of one view when a tab merges its refused older one', () => {
    const area = new StorageArea();
    const [a, b] = [area.openTab(), area.openTab()];
    const viewsA = new SavedViews(a.storage);
    viewsA.stored.watch(a.window);
    area.quota = 10;
    viewsA.save(view('same', '2026-01-01T00:00:00.000Z'));
    area.quota = Infinity;
    new SavedViews(b.storage).save(view('same', '2026-05-01T00:00:00.000Z'));
    expect(viewsA.list().map((v) => v.savedAt)).toEqual(['2026-05-01T00:00:00.000Z']);
  });
});
