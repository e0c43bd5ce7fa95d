// @vitest-environment happy-dom
// The panels built once on a page shell, over an API that never answers and
// a canvas that does nothing (each panel's own behaviour has its own test):
// what is checked here is the wiring between them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../../client/src/api/client.js';
import type { Canvas } from '../../../../client/src/ui/canvas.js';
import type { Drawers } from '../../../../client/src/ui/drawers.js';
import { setupPanels } from '../../../../client/src/ui/panels.js';
import { fakeCanvas, fakeExpander, fakeExplorer } from './fake-explorer.js';

/** Every method the object lacks does nothing (a canvas) or waits for ever (an API). */
function lenient<T extends object>(base: T, missing: () => unknown): T {
  return new Proxy(base, {
    get: (t, k) => (k in t ? (t as Record<PropertyKey, unknown>)[k] : missing),
  });
}

function setup() {
  document.body.innerHTML = `
    <div id="toolbar"></div><div id="asof"></div><div id="tools"></div>
    <aside id="left"></aside>
    <main><div id="cy"></div><div id="bottom"></div></main>
    <aside id="right"></aside><div id="menu" hidden></div>`;
  const api = lenient({} as ApiClient, () => new Promise(() => undefined));
  const canvas = lenient<Canvas>(fakeCanvas({ nodes: [], edges: [] }), () => undefined);
  const ctx = fakeExplorer({ api, canvas });
  const opened: string[] = [];
  const drawers: Drawers = {
    open: (side) => void opened.push(side),
    close: () => undefined,
    isOpen: () => false,
  };
  const panels = setupPanels(ctx, fakeExpander(), drawers, {
    reset: () => undefined,
    restoreView: () => undefined,
    loadView: () => Promise.resolve(),
  });
  return { ctx, panels, opened };
}

describe('setupPanels', () => {
  // The account and workspace modules ask the server themselves: nothing leaves this test.
  beforeEach(() => vi.stubGlobal('fetch', () => new Promise(() => undefined)));
  // The page goes with each test, so the workbench's editor has nothing left to colour later.
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('puts the six tabs in the details column and the four under the canvas', () => {
    setup();
    const tabs = (side: string) =>
      [...document.querySelectorAll(`#${side} > [role="tablist"] > [role="tab"]`)].map(
        (t) => t.textContent,
      );
    expect(tabs('right')).toEqual([
      'Details',
      'Paths',
      'Chain',
      'Figures',
      'Export & views',
      'Story',
    ]);
    expect(tabs('bottom')).toEqual(['Timeline', 'Cypher workbench', 'List view', 'Reports']);
  });

  it('opens the folded details column when something is selected', () => {
    const { ctx, opened } = setup();
    expect(opened).toEqual([]);
    ctx.store.update({ selected: ['country:india'] });
    expect(opened).toContain('right');
  });
});
