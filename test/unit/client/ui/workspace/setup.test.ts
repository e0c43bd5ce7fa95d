// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { initialState, Store } from '../../../../../client/src/state/store.js';
import { Bus } from '../../../../../client/src/ui/bus.js';
import {
  teamQueries,
  teamStories,
  teamWorkspace,
} from '../../../../../client/src/ui/workspace/setup.js';

// Nobody is signed in on a fresh page: the blocks ask nothing of the server.
const ctx = { store: new Store(initialState()), bus: new Bus() };

describe('the workspace wired to the page', () => {
  it('gives the Export & views panel the team views block, signed out saying what signing in gives', () => {
    const [views] = teamWorkspace(ctx);
    expect(views?.querySelector('h3')?.textContent).toBe('Team views');
    expect(views?.querySelector('input')).toBeNull();
  });

  it('gives the workbench and the Story tab a block each, neither offering a share signed out', () => {
    const queries = teamQueries(ctx, {
      current: () => ({ cypher: '', params: '{}' }),
      load: () => undefined,
    });
    const stories = teamStories(ctx, { current: () => undefined, open: () => undefined });
    expect([queries, stories].map((b) => b.querySelector('input'))).toEqual([null, null]);
    expect([queries, stories].every((b) => (b.textContent ?? '').length > 0)).toBe(true);
  });
});
