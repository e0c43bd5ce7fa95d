// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import {
  TEST_FLAG,
  TEST_HOOK,
  type ExplorerTestHook,
} from '../../../../../client/src/ui/canvas/test-hook-types.js';
import { installTestHook, registerMini } from '../../../../../client/src/ui/canvas/test-hook.js';

const win = window as unknown as Record<string, unknown>;

function cy() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: [
      { data: { id: 'a', name: 'Alpha' }, position: { x: 10, y: 20 } },
      { data: { id: 'b' }, position: { x: 90, y: 20 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
}

const canvas = {
  add: () => [],
  clear: () => undefined,
  setPositions: () => undefined,
  fit: () => undefined,
};

function hook(): ExplorerTestHook {
  win[TEST_FLAG] = true;
  installTestHook(cy(), canvas);
  return win[TEST_HOOK] as ExplorerTestHook;
}

describe('the test hook', () => {
  afterEach(() => {
    delete win[TEST_FLAG];
    delete win[TEST_HOOK];
  });

  it('puts nothing on window without the test flag', () => {
    installTestHook(cy(), canvas);
    expect(win[TEST_HOOK]).toBeUndefined();
  });

  it('hands out plain data about elements: group, data, position, ends', () => {
    const [a, ab] = hook().elements({ ids: ['a', 'ab'] });
    expect(a).toMatchObject({
      id: 'a',
      group: 'nodes',
      data: { name: 'Alpha' },
      position: { x: 10, y: 20 },
    });
    expect(ab).toMatchObject({ id: 'ab', group: 'edges', source: 'a', target: 'b' });
  });

  it('counts by group and selection after a select', () => {
    const h = hook();
    h.select(['b']);
    expect(h.count({ group: 'nodes' })).toBe(2);
    expect(h.count({ selected: true })).toBe(1);
    expect(h.elements({ selected: true }).map((e) => e.id)).toEqual(['b']);
  });

  it("reads a panel's mini view by its container's selector", () => {
    const h = hook();
    const box = Object.assign(document.createElement('div'), { className: 'mini' });
    document.body.replaceChildren(box);
    registerMini(box, cytoscape({ headless: true, elements: [{ data: { id: 'm' } }] }));
    expect(h.count({ view: '.mini' })).toBe(1);
    expect(h.count({ view: '.absent' })).toBe(0);
  });
});
