/**
 * What a curation operation does to the part of the graph it touches, as
 * pure data: the server reads that part (a snapshot), this computes the
 * part as it will be, and the server writes the difference in one
 * transaction. A revert is the same write with before and after swapped.
 */
import type { Operation, Snapshot, SnapshotNode, SnapshotRel } from '../../contract/index.js';
import { CodedError } from '../errors.js';

export const relKey = (r: Pick<SnapshotRel, 'from' | 'type' | 'to'>) =>
  `${r.from}|${r.type}|${r.to}`;

export function parseRelKey(key: string): { from: string; type: string; to: string } {
  const [from = '', type = '', to = ''] = key.split('|');
  return { from, type, to };
}

/** What the server must read before applying `op`: nodes by id, links by key, and every link of some nodes. */
export interface Needs {
  nodes: string[];
  rels: string[];
  relsOf: string[];
}

export function needsOf(op: Operation): Needs {
  switch (op.kind) {
    case 'create-relationship':
      return { nodes: [op.from, op.to], rels: [relKey(op)], relsOf: [] };
    case 'edit-relationship':
    case 'retract-relationship':
      return { nodes: [], rels: [op.key], relsOf: [] };
    case 'retype-relationship': {
      const k = parseRelKey(op.key);
      return { nodes: [], rels: [op.key, relKey({ ...k, type: op.type })], relsOf: [] };
    }
    case 'repoint-relationship': {
      const k = parseRelKey(op.key);
      return { nodes: [op.node], rels: [op.key, relKey({ ...k, [op.end]: op.node })], relsOf: [] };
    }
    case 'create-node':
    case 'edit-node':
      return { nodes: [op.id], rels: [], relsOf: [] };
    case 'merge-nodes':
      return { nodes: [op.keep, op.merge], rels: [], relsOf: [op.keep, op.merge] };
  }
}

/** The claims a change touches: its links' keys and its nodes' ids (versions and history are kept per key). */
export function keysOfSnapshots(...snapshots: Snapshot[]): string[] {
  const keys = new Set<string>();
  for (const s of snapshots) {
    for (const n of s.nodes) keys.add(n.id);
    for (const r of s.rels) keys.add(relKey(r));
  }
  return [...keys].sort();
}

/**
 * The claims a change makes different: made, removed or altered. A draft is
 * stale only when one of these changed since; the nodes it merely reads (the
 * ends of a new link, the report a claim cites) are in its keys, for history
 * and for the dependants of a revert, but two claims citing one report do
 * not make each other stale.
 */
export function changedKeys(before: Snapshot, after: Snapshot): string[] {
  const items = (s: Snapshot) =>
    new Map<string, string>([
      ...s.nodes.map((n): [string, string] => [n.id, canonical({ nodes: [n], rels: [] })]),
      ...s.rels.map((r): [string, string] => [relKey(r), canonical({ nodes: [], rels: [r] })]),
    ]);
  const a = items(before);
  const b = items(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

const fail = (code: 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT', message: string): never => {
  throw new CodedError(code, message);
};

function findRel(s: Snapshot, key: string): SnapshotRel {
  return s.rels.find((r) => relKey(r) === key) ?? fail('NOT_FOUND', `No link ${key} in the graph.`);
}
function findNode(s: Snapshot, id: string): SnapshotNode {
  return (
    s.nodes.find((n) => n.id === id) ?? fail('NOT_FOUND', `No node with id "${id}" in the graph.`)
  );
}
function absent(s: Snapshot, key: string) {
  if (s.rels.some((r) => relKey(r) === key)) fail('CONFLICT', `The link ${key} exists already.`);
}
const without = (s: Snapshot, key: string): SnapshotRel[] =>
  s.rels.filter((r) => relKey(r) !== key);

function edited(props: Record<string, unknown>, set: Record<string, unknown>, unset: string[]) {
  const out = { ...props, ...set };
  for (const k of unset) delete out[k];
  return out;
}

const list = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
const union = (a: unknown, b: unknown) => [...new Set([...list(a), ...list(b)])];

/** Props of a link when two links become one (a merge): the kept one's, with both sources. */
function combined(kept: SnapshotRel, other: SnapshotRel): SnapshotRel {
  const sources = union(kept.props.sources, other.props.sources);
  return {
    ...kept,
    props: { ...other.props, ...kept.props, ...(sources.length ? { sources } : {}) },
  };
}

/**
 * `merge` folds into `keep`: its links move to `keep` (a link `keep`
 * already has of the same type to the same node keeps both links' sources),
 * its name and aliases become `keep`'s aliases, its labels join, and it goes.
 */
function mergeNodes(before: Snapshot, keepId: string, mergeId: string): Snapshot {
  if (keepId === mergeId)
    fail('INVALID_INPUT', 'A node cannot be merged into itself: choose two nodes.');
  const keep = findNode(before, keepId);
  const gone = findNode(before, mergeId);
  const names = [gone.props.name, ...list(gone.props.aliases), ...list(keep.props.aliases)].filter(
    (a) => typeof a === 'string' && a !== keep.props.name,
  );
  const merged: SnapshotNode = {
    id: keep.id,
    labels: [...new Set([...keep.labels, ...gone.labels])],
    props: { ...gone.props, ...keep.props, aliases: [...new Set(names)] },
  };
  const rels = new Map<string, SnapshotRel>();
  const moved = (r: SnapshotRel): SnapshotRel => ({
    ...r,
    from: r.from === mergeId ? keepId : r.from,
    to: r.to === mergeId ? keepId : r.to,
  });
  for (const r of before.rels.filter((x) => x.from !== mergeId && x.to !== mergeId))
    rels.set(relKey(r), r);
  for (const r of before.rels.filter((x) => x.from === mergeId || x.to === mergeId).map(moved)) {
    if (r.from === r.to) continue; // a link between the two becomes a loop: dropped
    const existing = rels.get(relKey(r));
    rels.set(relKey(r), existing ? combined(existing, r) : r);
  }
  return { nodes: [merged], rels: [...rels.values()] };
}

/** The touched part of the graph after `op`, from the part before. */
export function applyOperation(before: Snapshot, op: Operation): Snapshot {
  switch (op.kind) {
    case 'create-relationship': {
      findNode(before, op.from);
      findNode(before, op.to);
      absent(before, relKey(op));
      const rel = { from: op.from, type: op.type, to: op.to, props: op.props };
      return { nodes: before.nodes, rels: [...before.rels, rel] };
    }
    case 'edit-relationship': {
      const r = findRel(before, op.key);
      return {
        nodes: [],
        rels: [...without(before, op.key), { ...r, props: edited(r.props, op.set, op.unset) }],
      };
    }
    case 'retract-relationship':
      findRel(before, op.key);
      return { nodes: [], rels: without(before, op.key) };
    case 'retype-relationship': {
      const r = { ...findRel(before, op.key), type: op.type };
      absent(before, relKey(r));
      return { nodes: [], rels: [...without(before, op.key), r] };
    }
    case 'repoint-relationship': {
      const r = { ...findRel(before, op.key), [op.end]: op.node };
      findNode(before, op.node);
      if (r.from === r.to) fail('INVALID_INPUT', 'A link cannot point from a node to itself.');
      absent(before, relKey(r));
      return { nodes: before.nodes, rels: [...without(before, op.key), r] };
    }
    case 'create-node':
      if (before.nodes.length > 0) fail('CONFLICT', `A node with id "${op.id}" exists already.`);
      return {
        nodes: [{ id: op.id, labels: op.labels, props: { ...op.props, id: op.id } }],
        rels: [],
      };
    case 'edit-node': {
      const n = findNode(before, op.id);
      if ('id' in op.set || op.unset.includes('id'))
        fail('INVALID_INPUT', "A node's id does not change: merge it instead.");
      return { nodes: [{ ...n, props: edited(n.props, op.set, op.unset) }], rels: [] };
    }
    case 'merge-nodes':
      return mergeNodes(before, op.keep, op.merge);
  }
}

/** Same content, whatever the order of nodes, links and keys. */
export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return canonical(a) === canonical(b);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

export function canonical(s: Snapshot): string {
  const nodes = s.nodes
    .map((n) => ({ ...n, labels: [...n.labels].sort() }))
    .sort((x, y) => x.id.localeCompare(y.id));
  const rels = [...s.rels].sort((x, y) => relKey(x).localeCompare(relKey(y)));
  return JSON.stringify(sortKeys({ nodes, rels }));
}
