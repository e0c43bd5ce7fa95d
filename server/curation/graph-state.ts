/**
 * Reads the part of the dataset a change touches as a snapshot, and writes
 * one snapshot over another, inside the caller's transaction. Labels and
 * types cannot be Cypher parameters, so they are backticked into the text;
 * the contract allows only letters, digits and _ in them.
 */
import { z } from 'zod';
import type { Snapshot, SnapshotNode, SnapshotRel } from '../../contract/index.js';
import { canonical, relKey, type Needs } from '../../core/curation/ops.js';
import { ident } from '../../core/dataset/profile.js';
import { isDatasetNode } from '../graph/bookkeeping.js';
import type { Run } from '../neo4j/write.js';

const Props = z.record(z.string(), z.unknown());
const NodeRow = z.object({ id: z.string(), labels: z.array(z.string()), props: Props });
const RelRow = z.object({ from: z.string(), type: z.string(), to: z.string(), props: Props });

const visibleLabels = (labels: string[]) => labels.filter((l) => !l.startsWith('_'));
/**
 * A claim's own properties: the `_`-prefixed ones are the system's (the load's
 * `_dataset`, a report's stored `_paragraphs`), never part of a change, and
 * the contract's snapshot refuses them.
 */
const visibleProps = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith('_')));

export async function readSnapshot(run: Run, needs: Needs): Promise<Snapshot> {
  const nodeRows = await run(
    `MATCH (n) WHERE n.id IN $ids AND ${isDatasetNode('n')}
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
    { ids: [...new Set(needs.nodes)] },
  );
  const relRows = await run(
    `CALL () {
       UNWIND $keys AS k
       WITH split(k, '|') AS p
       MATCH (a {id: p[0]})-[r]->(b {id: p[2]}) WHERE type(r) = p[1]
       RETURN r
       UNION
       MATCH (a)-[r]-() WHERE a.id IN $of AND ${isDatasetNode('a')}
       RETURN r
     }
     WITH DISTINCT r
     RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS props`,
    { keys: [...new Set(needs.rels)], of: [...new Set(needs.relsOf)] },
  );
  const nodes = nodeRows
    .map((r) => NodeRow.parse(r))
    .map((n) => ({ ...n, labels: visibleLabels(n.labels), props: visibleProps(n.props) }));
  const rels = new Map<string, SnapshotRel>();
  for (const row of relRows) {
    const r = RelRow.parse(row);
    rels.set(relKey(r), { ...r, props: visibleProps(r.props) });
  }
  return { nodes, rels: [...rels.values()] };
}

/** The nodes and links a snapshot names, for reading the graph's state over the same ground. */
export function needsOfSnapshots(...snapshots: Snapshot[]): Needs {
  return {
    nodes: snapshots.flatMap((s) => s.nodes.map((n) => n.id)),
    rels: snapshots.flatMap((s) => s.rels.map(relKey)),
    relsOf: [],
  };
}

const one = (x: SnapshotNode | SnapshotRel) =>
  canonical({ nodes: 'id' in x ? [x] : [], rels: 'id' in x ? [] : [x] });

/** Writes `to` where `from` is: links gone, nodes gone, nodes made or changed, links made. */
export async function writeTransition(run: Run, from: Snapshot, to: Snapshot): Promise<void> {
  const kept = new Set([...to.rels, ...to.nodes].map(one));
  const had = new Set([...from.rels, ...from.nodes].map(one));
  for (const r of from.rels.filter((x) => !kept.has(one(x))))
    await run(`MATCH (a {id: $from})-[r:${ident(r.type)}]->(b {id: $to}) DELETE r`, {
      from: r.from,
      to: r.to,
    });
  const toIds = new Set(to.nodes.map((n) => n.id));
  for (const n of from.nodes.filter((x) => !toIds.has(x.id)))
    await run(`MATCH (n {id: $id}) WHERE ${isDatasetNode('n')} DETACH DELETE n`, { id: n.id });
  const fromIds = new Map(from.nodes.map((n) => [n.id, n]));
  for (const n of to.nodes.filter((x) => !had.has(one(x)))) {
    const labels = n.labels.map((l) => `:${ident(l)}`).join('');
    const old = fromIds.get(n.id);
    if (!old) {
      await run(`CREATE (n${labels}) SET n = $props`, { props: { ...n.props, id: n.id } });
      continue;
    }
    const dropped = old.labels
      .filter((l) => !n.labels.includes(l))
      .map((l) => `:${ident(l)}`)
      .join('');
    // The system's own properties stay as they were: a change replaces only the claim's.
    const [row] = await run(
      `MATCH (n {id: $id}) WHERE ${isDatasetNode('n')}
       RETURN [k IN keys(n) WHERE k STARTS WITH '_' | [k, n[k]]] AS hidden`,
      { id: n.id },
    );
    const hidden = Object.fromEntries((row?.hidden as [string, unknown][] | undefined) ?? []);
    await run(
      `MATCH (n {id: $id}) WHERE ${isDatasetNode('n')}
       SET n = $props${labels ? `, n${labels}` : ''}${dropped ? ` REMOVE n${dropped}` : ''}`,
      { id: n.id, props: { ...hidden, ...n.props, id: n.id } },
    );
  }
  for (const r of to.rels.filter((x) => !had.has(one(x)))) {
    const made = await run(
      `MATCH (a {id: $from}) WHERE ${isDatasetNode('a')}
       MATCH (b {id: $to}) WHERE ${isDatasetNode('b')}
       CREATE (a)-[r:${ident(r.type)}]->(b) SET r = $props RETURN count(r) AS n`,
      { from: r.from, to: r.to, props: r.props },
    );
    if (Number(made[0]?.n ?? 0) !== 1) throw new Error(`link ${relKey(r)} could not be written`);
  }
}
