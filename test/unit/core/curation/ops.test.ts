import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../../contract/index.js';
import {
  applyOperation,
  changedKeys,
  keysOfSnapshots,
  needsOf,
  sameSnapshot,
} from '../../../../core/curation/ops.js';
import { CodedError } from '../../../../core/errors.js';

const a = { id: 'a', labels: ['Company'], props: { id: 'a', name: 'Acme', aliases: ['ACME Ltd'] } };
const b = { id: 'b', labels: ['Company'], props: { id: 'b', name: 'Acme Magnets' } };
const c = { id: 'c', labels: ['Country'], props: { id: 'c', name: 'India' } };
const link = (from: string, type: string, to: string, props = {}) => ({ from, type, to, props });

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof CodedError ? e.code : 'other';
  }
  return 'none';
};

describe('applyOperation', () => {
  it('edits a link: sets and removes properties, keeps the rest', () => {
    const before: Snapshot = { nodes: [], rels: [link('a', 'IN', 'c', { quote: 'q', note: 'n' })] };
    const after = applyOperation(before, {
      kind: 'edit-relationship',
      key: 'a|IN|c',
      set: { quote: 'new' },
      unset: ['note'],
    });
    expect(after.rels).toEqual([link('a', 'IN', 'c', { quote: 'new' })]);
  });

  it('turns a causal link into a sequence with its properties', () => {
    const before: Snapshot = { nodes: [], rels: [link('a', 'LED_TO', 'b', { basis: 'stated' })] };
    const after = applyOperation(before, {
      kind: 'retype-relationship',
      key: 'a|LED_TO|b',
      type: 'PRECEDED',
    });
    expect(after.rels).toEqual([link('a', 'PRECEDED', 'b', { basis: 'stated' })]);
  });

  it('refuses a merge of a node into itself', () => {
    const before: Snapshot = { nodes: [a], rels: [] };
    expect(code(() => applyOperation(before, { kind: 'merge-nodes', keep: 'a', merge: 'a' }))).toBe(
      'INVALID_INPUT',
    );
  });

  it('merges: links move, a duplicate link keeps both sources, names become aliases, the loop goes', () => {
    const before: Snapshot = {
      nodes: [a, b],
      rels: [
        link('a', 'IN', 'c', { sources: ['s1'] }),
        link('b', 'IN', 'c', { sources: ['s2'] }),
        link('b', 'SAME_AS', 'a'),
      ],
    };
    const after = applyOperation(before, { kind: 'merge-nodes', keep: 'a', merge: 'b' });
    expect(after.nodes.map((n) => n.id)).toEqual(['a']);
    expect(after.nodes[0]?.props.aliases).toEqual(['Acme Magnets', 'ACME Ltd']);
    expect(after.rels).toEqual([link('a', 'IN', 'c', { sources: ['s1', 's2'] })]);
  });

  it('refuses to create a link that exists, and to touch one that does not', () => {
    const before: Snapshot = { nodes: [a, c], rels: [link('a', 'IN', 'c')] };
    const create = {
      kind: 'create-relationship',
      from: 'a',
      type: 'IN',
      to: 'c',
      props: {},
    } as const;
    expect(code(() => applyOperation(before, create))).toBe('CONFLICT');
    expect(code(() => applyOperation(before, { kind: 'retract-relationship', key: 'a|X|c' }))).toBe(
      'NOT_FOUND',
    );
  });

  it("refuses to change a node's id by an edit", () => {
    const before: Snapshot = { nodes: [a], rels: [] };
    const op = { kind: 'edit-node' as const, id: 'a', set: { id: 'z' }, unset: [] };
    expect(code(() => applyOperation(before, op))).toBe('INVALID_INPUT');
  });
});

describe('needs, keys and sameness', () => {
  it('a re-point reads the link, its new key and the new end', () => {
    expect(needsOf({ kind: 'repoint-relationship', key: 'a|IN|c', end: 'to', node: 'b' })).toEqual({
      nodes: ['b'],
      rels: ['a|IN|c', 'a|IN|b'],
      relsOf: [],
    });
  });

  it('keys of a change are its nodes and links, before and after', () => {
    expect(
      keysOfSnapshots({ nodes: [a], rels: [] }, { nodes: [], rels: [link('a', 'IN', 'c')] }),
    ).toEqual(['a', 'a|IN|c']);
  });

  it('the changed keys of a new link are the link alone, not the ends it reads', () => {
    const before: Snapshot = { nodes: [a, c], rels: [] };
    const after = applyOperation(before, {
      kind: 'create-relationship',
      from: 'a',
      type: 'IN',
      to: 'c',
      props: {},
    });
    expect(keysOfSnapshots(before, after)).toEqual(['a', 'a|IN|c', 'c']);
    expect(changedKeys(before, after)).toEqual(['a|IN|c']);
  });

  it('the changed keys of an edit are the edited node', () => {
    const before: Snapshot = { nodes: [a], rels: [] };
    const after = applyOperation(before, { kind: 'edit-node', id: 'a', set: { x: 1 }, unset: [] });
    expect(changedKeys(before, after)).toEqual(['a']);
  });

  it('two snapshots are the same whatever their order', () => {
    const x: Snapshot = { nodes: [a, b], rels: [link('a', 'IN', 'c', { p: 1, q: 2 })] };
    const y: Snapshot = { nodes: [b, a], rels: [link('a', 'IN', 'c', { q: 2, p: 1 })] };
    expect(sameSnapshot(x, y)).toBe(true);
    expect(sameSnapshot(x, { ...y, nodes: [a] })).toBe(false);
  });
});
