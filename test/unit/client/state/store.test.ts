import { describe, expect, it } from 'vitest';
import {
  Store,
  initialState,
  isPanelName,
  toggled,
  type ExplorerState,
} from '../../../../client/src/state/store.js';

function recorder(store: Store<ExplorerState>, keys: (keyof ExplorerState)[] | '*') {
  const calls: string[][] = [];
  store.subscribe(keys, (_s, changed) => calls.push([...changed].map(String).sort()));
  return calls;
}

describe('Store', () => {
  it('applies a patch and tells subscribers of those keys which keys changed', () => {
    const store = new Store(initialState());
    const calls = recorder(store, ['selected']);
    store.update({ selected: ['a'], layout: 'dagre' });
    expect(store.get().selected).toEqual(['a']);
    expect(store.get().layout).toBe('dagre');
    expect(calls).toEqual([['layout', 'selected']]);
  });

  it('does not call subscribers of keys that did not change', () => {
    const store = new Store(initialState());
    const calls = recorder(store, ['selected']);
    store.update({ layout: 'dagre' });
    expect(calls).toEqual([]);
  });

  it('treats an equal list as no change, so a listener writing back does not loop', () => {
    const store = new Store(initialState());
    const calls = recorder(store, '*');
    store.update({ selected: ['a', 'b'] });
    store.update({ selected: ['a', 'b'] });
    store.update((s) => ({ selected: [...s.selected] }));
    expect(calls).toHaveLength(1);
  });

  it('reports a key written "again" even when equal, and only to that key', () => {
    const store = new Store(initialState());
    const chain = recorder(store, ['chainEvent']);
    const panel = recorder(store, ['panel']);
    store.update({ chainEvent: 'event:a', panel: 'chain' });
    // The chain already shown, asked for again (the context menu, Show for selected).
    store.update({ chainEvent: 'event:a', panel: 'chain' }, { again: ['chainEvent'] });
    expect(chain).toEqual([['chainEvent', 'panel'], ['chainEvent']]);
    expect(panel).toEqual([['chainEvent', 'panel']]);
    // Without `again` the same write stays silent.
    store.update({ chainEvent: 'event:a' });
    expect(chain).toHaveLength(2);
  });

  it('passes the current state to a function patch', () => {
    const store = new Store(initialState());
    store.update({ selected: ['x'] });
    store.update((s) => ({ selected: [...s.selected, 'y'] }));
    expect(store.get().selected).toEqual(['x', 'y']);
  });

  it('hands out a frozen state, so nobody changes it behind the store', () => {
    const store = new Store(initialState());
    expect(Object.isFrozen(store.get())).toBe(true);
  });

  it('stops calling a subscriber once unsubscribed', () => {
    const store = new Store(initialState());
    let n = 0;
    const off = store.subscribe('*', () => n++);
    store.update({ layout: 'dagre' });
    off();
    store.update({ layout: 'fcose' });
    expect(n).toBe(1);
  });
});

describe('toggled', () => {
  it('adds ids once and removes them, keeping the order of the rest', () => {
    expect(toggled(['a', 'b'], ['b', 'c'], true)).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b', 'c'], ['b'], false)).toEqual(['a', 'c']);
  });
});

describe('isPanelName', () => {
  it('accepts the right-hand panels and nothing else', () => {
    expect(isPanelName('chain')).toBe(true);
    expect(isPanelName('workbench')).toBe(false);
    expect(isPanelName(undefined)).toBe(false);
  });
});
