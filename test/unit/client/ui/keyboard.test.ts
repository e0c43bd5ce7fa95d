// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setupKeyboard } from '../../../../client/src/ui/keyboard.js';
import { fakeCanvas, fakeExpander, fakeExplorer } from './fake-explorer.js';
import { smallGraph } from './graph-fixture.js';

// Each test adds its own listeners to the one document; earlier tests' listeners act on
// their own store and expander, so every assertion reads only this test's.
function keyboard(selected: string[] = []) {
  const canvas = fakeCanvas(smallGraph, {
    has: (id: string) => smallGraph.nodes.some((n) => n.id === id),
    isEdge: () => false,
    highlight: () => undefined,
    fit: () => undefined,
  });
  const ctx = fakeExplorer({ canvas, state: { selected } });
  const expander = fakeExpander();
  const search = document.createElement('input');
  const canvasEl = document.createElement('div');
  document.body.replaceChildren(search, canvasEl);
  setupKeyboard(ctx, expander, {
    search,
    clearSearch: () => (search.value = ''),
    canvas: canvasEl,
    openDetails: () => undefined,
  });
  const press = (key: string, init: KeyboardEventInit = {}) =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  return { ctx, expander, press, search };
}

describe('setupKeyboard', () => {
  it('Escape clears the selection', () => {
    const k = keyboard(['c:in']);
    k.press('Escape');
    expect(k.ctx.store.get().selected).toEqual([]);
  });

  it('Escape first leaves Select area and keeps the selection', () => {
    const k = keyboard(['c:in']);
    k.ctx.store.update({ selectArea: true });
    k.press('Escape');
    expect(k.ctx.store.get()).toMatchObject({ selectArea: false, selected: ['c:in'] });
  });

  it('Delete hides the selected nodes', () => {
    const k = keyboard(['c:in', 'c:cn']);
    k.press('Delete');
    expect(k.expander.calls).toEqual(['hide [["c:in","c:cn"]]']);
  });

  it('Ctrl+Shift+Z redoes', () => {
    const k = keyboard();
    k.press('Z', { ctrlKey: true, shiftKey: true });
    expect(k.expander.calls).toEqual(['doRedo []']);
  });

  it('"/" puts the focus in the search box', () => {
    const k = keyboard();
    k.press('/');
    expect(document.activeElement).toBe(k.search);
  });
});
