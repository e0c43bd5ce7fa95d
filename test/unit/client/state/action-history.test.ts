import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  act,
  canRedo,
  canUndo,
  record,
  redo,
  reset,
  startHistory,
  undo,
} from '../../../../client/src/state/action-history.js';

const add = (s: number, k: number) => s + k;
const same = (s: number) => s;

describe('the history of named actions', () => {
  it('undoes and redoes steps of any kind on one stack', () => {
    let h = act(startHistory(0), 'expand', add, 1);
    h = act(h, 'hide', add, 10);
    expect(h.names).toEqual(['expand', 'hide']);
    h = undo(h);
    expect(h.present).toBe(1);
    h = undo(h);
    expect(h.present).toBe(0);
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present).toBe(11);
    expect(canRedo(h)).toBe(false);
  });

  it('does not record an action that changed nothing', () => {
    const h = startHistory(5);
    expect(act(h, 'pin', same)).toBe(h);
  });

  it('drops what was undone once a new action is taken', () => {
    const h = act(undo(act(startHistory(0), 'a', add, 1)), 'b', add, 2);
    expect(h.present).toBe(2);
    expect(canRedo(h)).toBe(false);
  });

  it('keeps at most the limit of steps', () => {
    let h = startHistory(0);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = record(h, 'step', i + 1);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.names).toHaveLength(HISTORY_LIMIT);
  });

  it('undo and redo at either end return the same history', () => {
    const h = startHistory(0);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(canUndo(reset(3))).toBe(false);
  });
});
