// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { edgesTable, nodesTable, setupListView } from '../../../../client/src/ui/listview.js';
import { fakeCanvas, fakeExplorer } from './fake-explorer.js';
import { smallGraph } from './graph-fixture.js';

const cells = (table: HTMLElement, col: number) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[col]?.textContent);

describe('nodesTable', () => {
  it('lists the nodes by name', () => {
    expect(
      cells(
        nodesTable(smallGraph, new Set(), () => undefined),
        0,
      ),
    ).toEqual(['Border talks', 'China', 'India']);
  });

  it('counts the visible relationships of each node', () => {
    expect(
      cells(
        nodesTable(smallGraph, new Set(), () => undefined),
        3,
      ),
    ).toEqual(['2', '1', '1']);
  });

  it('shows a month-precise date at its precision', () => {
    const date = cells(
      nodesTable(smallGraph, new Set(), () => undefined),
      2,
    )[0];
    expect(date).not.toContain('2024-10-01');
    expect(date).toMatch(/2024/);
  });

  it('marks the selected node’s row', () => {
    const t = nodesTable(smallGraph, new Set(['c:cn']), () => undefined);
    const marked = [...t.querySelectorAll('tr[aria-selected="true"]')].map((r) => r.textContent);
    expect(marked).toEqual([expect.stringContaining('China')]);
  });

  it('selects a node when its name is pressed', () => {
    const picked: string[] = [];
    const t = nodesTable(smallGraph, new Set(), (id) => picked.push(id));
    t.querySelector<HTMLButtonElement>('button[data-id="c:in"]')?.click();
    expect(picked).toEqual(['c:in']);
  });
});

describe('edgesTable', () => {
  it('names both ends of each relationship', () => {
    const t = edgesTable(smallGraph, () => undefined);
    expect(cells(t, 0)).toEqual(['India', 'China']);
    expect(cells(t, 2)).toEqual(['Border talks', 'Border talks']);
  });
});

describe('setupListView', () => {
  it('selecting a row puts it alone in the store’s selection', () => {
    const ctx = fakeExplorer({ canvas: fakeCanvas(smallGraph) });
    const panel = document.createElement('div');
    setupListView(panel, ctx).render();
    panel.querySelector<HTMLButtonElement>('button[data-id="r2"]')?.click();
    expect(ctx.store.get().selected).toEqual(['r2']);
  });

  it('says how many nodes and relationships are visible', () => {
    const ctx = fakeExplorer({ canvas: fakeCanvas(smallGraph) });
    const panel = document.createElement('div');
    setupListView(panel, ctx).render();
    expect(panel.querySelector('p')?.textContent).toBe('3 nodes and 2 relationships visible.');
  });
});
