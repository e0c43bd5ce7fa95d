import { describe, expect, it } from 'vitest';
import { QueryHistory, SavedViews, memoryStore } from '../../../../client/src/state/storage.js';
import { UndoStack } from '../../../../client/src/state/undo.js';
import { decodeState, emptyState, encodeState } from '../../../../client/src/state/url-state.js';

describe('URL state', () => {
  it('round-trips every field, including ids with commas', () => {
    const s = {
      ...emptyState(),
      selected: ['person:x', 'odd,id'],
      expanded: ['country:india'],
      hiddenLabels: ['Source'],
      hiddenTypes: ['SOURCED_FROM'],
      dateFrom: '2025-01-01',
      dateTo: '2025-12-31',
      asOf: '2025-08-14',
      clock: 'reported' as const,
      layout: 'time' as const,
      query: 'MATCH (n) RETURN n',
    };
    expect(decodeState(encodeState(s))).toEqual(s);
  });

  it('is empty for the default state and ignores malformed values', () => {
    expect(encodeState(emptyState())).toBe('');
    const s = decodeState('?asOf=yesterday&clock=sideways&layout=spiral');
    expect(s).toEqual(emptyState());
  });
});

describe('UndoStack', () => {
  it('undoes and redoes in order, and a new action clears redo', () => {
    const u = new UndoStack<number>();
    u.push(1);
    u.push(2);
    expect(u.undo()).toBe(2);
    expect(u.canRedo).toBe(true);
    expect(u.redo()).toBe(2);
    expect(u.undo()).toBe(2);
    u.push(3);
    expect(u.canRedo).toBe(false);
    expect(u.undo()).toBe(3);
    expect(u.undo()).toBe(1);
    expect(u.undo()).toBeUndefined();
  });
});

describe('saved views and history', () => {
  it('saves, replaces and removes views by name', () => {
    const v = new SavedViews(memoryStore());
    const view = {
      name: 'a',
      savedAt: 't',
      state: '?sel=x',
      positions: {},
      graph: { nodes: [], edges: [] },
    };
    v.save(view);
    v.save({ ...view, state: '?sel=y' });
    expect(v.list()).toHaveLength(1);
    expect(v.get('a')?.state).toBe('?sel=y');
    v.remove('a');
    expect(v.list()).toEqual([]);
  });

  it('ignores corrupt storage', () => {
    const store = memoryStore();
    store.setItem('reg.savedViews.v1', '{not json');
    store.setItem('reg.queryHistory.v1', '[{"cypher": 3}]');
    expect(new SavedViews(store).list()).toEqual([]);
    expect(new QueryHistory(store).list()).toEqual([]);
  });

  it('keeps history newest first without repeats, capped', () => {
    const h = new QueryHistory(memoryStore(), 2);
    h.add('A', '{}', '1');
    h.add('B', '{}', '2');
    h.add('A', '{}', '3');
    expect(h.list().map((e) => e.cypher)).toEqual(['A', 'B']);
    h.add('C', '{}', '4');
    expect(h.list().map((e) => e.cypher)).toEqual(['C', 'A']);
  });
});

describe('URL readability', () => {
  it('encodes an id once, so links stay short and readable', () => {
    expect(encodeState({ ...emptyState(), expanded: ['org:mea-india'] })).toBe(
      '?exp=org%3Amea-india&v=2',
    );
    expect(decodeState('?sel=org:mea-india,country%3Achina').selected).toEqual([
      'org:mea-india',
      'country:china',
    ]);
  });
});
