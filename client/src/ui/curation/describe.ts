// Words for a proposal and a change: what a draft does, in one line, and
// what a published change did, as rows of before → after per property.
import type { Operation, Snapshot } from '../../../../contract/index.js';
import { valueText } from '../dom.js';

const nameIn = (props: Record<string, unknown>, id: string) =>
  typeof props['name'] === 'string' ? props['name'] : id;

const setText = (set: Record<string, unknown>, unset: string[]) =>
  [
    ...Object.entries(set).map(([k, v]) => `${k} = ${valueText(v)}`),
    ...unset.map((k) => `${k} removed`),
  ].join('; ');

/** One line saying what a draft proposes. */
export function describeOperation(op: Operation): string {
  switch (op.kind) {
    case 'create-node':
      return `New ${op.labels.join(':')} ${nameIn(op.props, op.id)} (${op.id})`;
    case 'edit-node':
      return `Correct ${op.id}: ${setText(op.set, op.unset)}`;
    case 'merge-nodes':
      return `Merge ${op.merge} into ${op.keep}`;
    case 'create-relationship':
      return `New link ${op.from} —${op.type}→ ${op.to}`;
    case 'edit-relationship':
      return `Correct ${op.key}: ${setText(op.set, op.unset)}`;
    case 'retract-relationship':
      return `Retract ${op.key}`;
    case 'retype-relationship':
      return `Retype ${op.key} as ${op.type}`;
    case 'repoint-relationship':
      return `Re-point the ${op.end} end of ${op.key} to ${op.node}`;
  }
}

export interface DiffRow {
  /** The node id or link key the row is about. */
  on: string;
  property: string;
  before: string;
  after: string;
}

const keyOf = (r: Snapshot['rels'][number]) => `${r.from}|${r.type}|${r.to}`;

function propsByKey(s: Snapshot): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const n of s.nodes) out.set(n.id, { labels: n.labels, ...n.props });
  for (const r of s.rels) out.set(keyOf(r), r.props);
  return out;
}

/** The properties a change made different (a claim made or removed shows as "exists" yes/no). */
export function diffRows(before: Snapshot, after: Snapshot): DiffRow[] {
  const a = propsByKey(before);
  const b = propsByKey(after);
  const rows: DiffRow[] = [];
  for (const on of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(on);
    const y = b.get(on);
    if (!x || !y) {
      rows.push({ on, property: '(exists)', before: x ? 'yes' : 'no', after: y ? 'yes' : 'no' });
      continue;
    }
    for (const p of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      const bx = valueText(x[p]);
      const by = valueText(y[p]);
      if (bx !== by) rows.push({ on, property: p, before: bx, after: by });
    }
  }
  return rows;
}

/** A time as the server stamped it, shortened to the minute, in UTC. */
export const when = (iso: string) => iso.replace('T', ' ').slice(0, 16) + ' UTC';
