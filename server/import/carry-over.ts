/**
 * What becomes of the team's curation records when a load replaces the whole
 * graph (an import, a restore, a start naming another dataset). Nothing is
 * deleted: an open draft was made against nodes the new graph may lack, so
 * it is closed (rejected, with a reason naming the replacement) and the
 * change records are marked as made on the graph before it. Both carry the
 * replacement's name (the backup it made), so restoring that backup reopens
 * the drafts and unmarks the records it closed. Written in the load's own
 * transaction: the graph and its records change together or not at all.
 */
import { CHANGE, DRAFT } from '../curation/records.js';
import type { Transaction } from '../neo4j/driver.js';

export interface Replacement {
  /** Names the replacement: the backup it made, where it made one. */
  name: string;
  /** Whether `name` is a backup the import dialog can restore. */
  backedUp: boolean;
  /** The title of the graph that comes in. */
  title: string;
  /** Who replaced the graph. */
  by: string;
  /** A backup being restored: the replacement whose closing is undone. */
  restoring?: string | undefined;
}

/** The reason a closed draft shows, naming what replaced its graph. */
export function closedReason(r: Replacement, day: string): string {
  const made = `Closed when ${r.by} replaced the graph with "${r.title}" on ${day}: it was made against the graph before it.`;
  return r.backedUp ? `${made} Restoring that graph (backup ${r.name}) reopens it.` : made;
}

/** The curation records' side of a replacing load, run inside its transaction. */
export function carryOver(r: Replacement): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    // Closed first, so the drafts a restore reopens below are not closed again.
    await tx.run(
      `MATCH (d:${DRAFT} {_status: 'open'})
       SET d._status = 'rejected', d._decidedBy = $by, d._reason = $reason,
           d._decidedAt = toString(datetime()), d._closedBy = $name`,
      { by: r.by, reason: closedReason(r, new Date().toISOString().slice(0, 10)), name: r.name },
    );
    await tx.run(
      `MATCH (c:${CHANGE}) WHERE c._replacedBy IS NULL
       SET c._replacedBy = $name, c._replacedAt = toString(datetime())`,
      { name: r.name },
    );
    if (r.restoring === undefined) return;
    await tx.run(
      `MATCH (d:${DRAFT} {_status: 'rejected', _closedBy: $restoring})
       SET d._status = 'open'
       REMOVE d._decidedBy, d._reason, d._decidedAt, d._closedBy`,
      { restoring: r.restoring },
    );
    await tx.run(
      `MATCH (c:${CHANGE} {_replacedBy: $restoring}) REMOVE c._replacedBy, c._replacedAt`,
      { restoring: r.restoring },
    );
  };
}
