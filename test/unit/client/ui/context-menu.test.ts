// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setupContextMenu, typeCounts } from '../../../../client/src/ui/context-menu.js';
import { fakeCanvas, fakeExpander, fakeExplorer, settle } from './fake-explorer.js';
import { smallGraph } from './graph-fixture.js';

describe('typeCounts', () => {
  it('adds up both directions of a type and lists the commonest first', () => {
    expect(
      typeCounts([
        { type: 'MENTIONS', direction: 'in', count: 2 },
        { type: 'PARTY_TO', direction: 'out', count: 3 },
        { type: 'MENTIONS', direction: 'out', count: 4 },
      ]),
    ).toEqual([
      ['MENTIONS', 6],
      ['PARTY_TO', 3],
    ]);
  });
});

describe('setupContextMenu', () => {
  type Open = (id: string | undefined, x: number, y: number) => void;
  function menu() {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'menu' }));
    let open: Open = () => undefined;
    const canvas = fakeCanvas(smallGraph, {
      onContextMenu: (fn: Open) => {
        open = fn;
      },
      onTapBackground: () => undefined,
      onTapElement: () => undefined,
      omitted: () => 0,
      isPinned: () => false,
      isEventNode: (id: string) => id === 'e:talks',
    });
    const api = {
      node: () =>
        Promise.resolve({
          node: smallGraph.nodes[2]!,
          sources: [],
          degree: [{ type: 'PARTICIPATED_IN', direction: 'in' as const, count: 2 }],
        }),
    };
    const ctx = fakeExplorer({ canvas, api });
    const expander = fakeExpander();
    setupContextMenu(ctx, expander);
    const items = () => [...document.querySelectorAll<HTMLButtonElement>('#menu button')];
    const press = (text: string) =>
      items()
        .find((b) => b.textContent === text)
        ?.click();
    return { open: (id?: string) => open(id, 10, 10), items, press, ctx, expander };
  }

  it('on the background offers fit, show hidden, undo and redo', () => {
    const m = menu();
    m.open();
    expect(m.items().map((b) => b.textContent)).toEqual([
      'Fit to screen',
      'Show hidden',
      'Undo',
      'Redo',
    ]);
  });

  it('Undo asks the history for the step back and closes the menu', () => {
    const m = menu();
    m.open();
    m.press('Undo');
    expect(m.expander.calls).toEqual(['doUndo []']);
    expect(document.getElementById('menu')?.hidden).toBe(true);
  });

  it('on an event offers its causes and consequences, which opens the chain panel', () => {
    const m = menu();
    m.open('e:talks');
    m.press('Causes and consequences');
    expect(m.ctx.store.get()).toMatchObject({ chainEvent: 'e:talks', panel: 'chain' });
  });

  it('"Path to here…" makes the node the end of the path', () => {
    const m = menu();
    m.open('c:in');
    m.press('Path to here…');
    expect(m.ctx.store.get()).toMatchObject({ pathTo: 'c:in', panel: 'paths' });
  });

  it('lists an expansion per relationship type once the node’s degree arrives', async () => {
    const m = menu();
    m.open('e:talks');
    await settle();
    m.press('Expand PARTICIPATED_IN (2)');
    expect(m.expander.calls).toEqual(['expand ["e:talks",{"types":["PARTICIPATED_IN"]}]']);
  });
});
