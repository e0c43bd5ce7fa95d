/**
 * The curation core: an editor's change is a draft until a reviewer
 * publishes it (one transaction: the graph, the change record and the edit
 * stamp, or none of them) or rejects it with a reason. Every published
 * change keeps who, when, before, after and why; a revert is a new change.
 */
import type { ChangeRecord, Draft, DraftRequest, History, User } from '../../contract/index.js';
import {
  applyOperation,
  changedKeys,
  keysOfSnapshots,
  needsOf,
  sameSnapshot,
} from '../../core/curation/ops.js';
import { ApiError } from '../errors.js';
import { read, write, type Store } from '../auth/store.js';
import type { Run } from '../neo4j/write.js';
import { needsOfSnapshots, readSnapshot, writeTransition } from './graph-state.js';
import {
  CHANGE,
  CHANGE_FIELDS,
  DRAFT,
  DRAFT_FIELDS,
  insertChange,
  insertDraft,
  nextSeq,
  toChange,
  toDraft,
  versionsOf,
} from './records.js';

/** 409 when a claim changed since the editor read it: the current version and state, and their own proposal back. */
function staleCheck(
  base: Record<string, number>,
  current: Record<string, number>,
  state: unknown,
  yours: unknown,
) {
  const stale = Object.entries(base).filter(([k, v]) => (current[k] ?? 0) !== v);
  if (stale.length === 0) return;
  throw new ApiError(
    'CONFLICT',
    `Changed since you read it: ${stale.map(([k]) => k).join(', ')}. Your proposal is returned unchanged; compare it with the current version and send it again.`,
    { currentVersions: current, current: state, yours },
  );
}

export async function createDraft(
  store: Store,
  request: DraftRequest,
  author: User,
): Promise<Draft> {
  return write(store, async (run) => {
    const before = await readSnapshot(run, needsOf(request.op));
    const after = applyOperation(before, request.op); // refuses what cannot apply, before it is stored
    const keys = keysOfSnapshots(before, after);
    const current = await versionsOf(run, keys);
    staleCheck(request.baseVersions, current, before, request);
    const baseVersions = Object.fromEntries(
      changedKeys(before, after).map((k) => [k, current[k] ?? 0]),
    );
    return insertDraft(run, { op: request.op, why: request.why, keys, baseVersions }, author);
  });
}

async function loadDraft(run: Run, id: string): Promise<Draft> {
  const rows = await run(`MATCH (d:${DRAFT} {_uid: $id}) RETURN ${DRAFT_FIELDS} AS d`, { id });
  if (!rows[0]) throw new ApiError('NOT_FOUND', `No draft ${id}.`);
  return toDraft(rows[0].d);
}

export async function getDraft(store: Store, id: string): Promise<Draft> {
  return write(store, (run) => loadDraft(run, id));
}

export async function listDrafts(store: Store, status: Draft['status']): Promise<Draft[]> {
  // Ordered before the projection: after RETURN … AS d, d is the returned map, which has no _n.
  const rows = await read(
    store,
    `MATCH (d:${DRAFT} {_status: $status})
     WITH d ORDER BY coalesce(d._n, 0) DESC, d._createdAt DESC LIMIT 500
     RETURN ${DRAFT_FIELDS} AS d`,
    { status },
  );
  return rows.map((r) => toDraft(r.d));
}

const decided = (draft: Draft) =>
  new ApiError('CONFLICT', `This draft is ${draft.status} already: nothing to do.`, { draft });

/** Applies an open draft to the graph in one transaction, with its change record. */
export async function publishDraft(
  store: Store,
  id: string,
  reviewer: User,
): Promise<ChangeRecord> {
  return write(store, async (run) => {
    const seq = await nextSeq(run); // serialises publishes: the checks below see every earlier one
    const draft = await loadDraft(run, id);
    if (draft.status !== 'open') throw decided(draft);
    const before = await readSnapshot(run, needsOf(draft.op));
    const current = await versionsOf(run, draft.keys);
    staleCheck(draft.baseVersions, current, before, draft);
    const after = applyOperation(before, draft.op);
    await writeTransition(run, before, after);
    const change = await insertChange(run, {
      seq,
      kind: draft.op.kind,
      keys: keysOfSnapshots(before, after),
      before,
      after,
      why: draft.why,
      author: draft.author.name,
      reviewer: reviewer.name,
      draftId: draft.id,
      revertOf: null,
    });
    await run(
      `MATCH (d:${DRAFT} {_uid: $id})
       SET d._status = 'published', d._decidedBy = $by, d._changeId = $change, d._decidedAt = toString(datetime())`,
      { id, by: reviewer.name, change: change.id },
    );
    return change;
  });
}

export async function rejectDraft(
  store: Store,
  id: string,
  reason: string,
  reviewer: User,
): Promise<Draft> {
  return write(store, async (run) => {
    const draft = await loadDraft(run, id);
    if (draft.status !== 'open') throw decided(draft);
    await run(
      `MATCH (d:${DRAFT} {_uid: $id})
       SET d._status = 'rejected', d._decidedBy = $by, d._reason = $reason, d._decidedAt = toString(datetime())`,
      { id, by: reviewer.name, reason },
    );
    return loadDraft(run, id);
  });
}

/**
 * Undoes a published change with a new one. Refused, naming them, while
 * later changes touch the same claims (undoing under them would lose their
 * work): revert those first. A change and the revert of it cancel out.
 */
export async function revertChange(
  store: Store,
  id: string,
  why: string,
  reviewer: User,
): Promise<ChangeRecord> {
  return write(store, async (run) => {
    const seq = await nextSeq(run);
    const rows = await run(`MATCH (c:${CHANGE} {_uid: $id}) RETURN ${CHANGE_FIELDS} AS c`, { id });
    if (!rows[0]) throw new ApiError('NOT_FOUND', `No change ${id}.`);
    const change = toChange(rows[0].c);
    if (change.replacedBy !== null)
      throw new ApiError(
        'CONFLICT',
        `Change #${change.seq} was made on a graph since replaced by a load (${change.replacedBy}); it cannot be reverted on this one. Restore that load's backup to bring its graph back.`,
      );
    const later = (
      await run(
        `MATCH (c:${CHANGE}) WHERE c._seq > $seq AND any(k IN c._keys WHERE k IN $keys)
         RETURN ${CHANGE_FIELDS} AS c ORDER BY c.seq`,
        { seq: change.seq, keys: change.keys },
      )
    ).map((r) => toChange(r.c));
    const undone = new Set(later.flatMap((c) => (c.revertOf ? [c.revertOf] : [])));
    const dependants = later.filter(
      (c) => c.revertOf === null && !undone.has(c.id) && c.revertOf !== change.id,
    );
    if (undone.has(change.id))
      throw new ApiError('CONFLICT', `Change ${change.seq} is reverted already.`);
    if (dependants.length > 0)
      throw new ApiError(
        'CONFLICT',
        `Later changes build on this one: ${dependants.map((c) => `#${c.seq} (${c.kind} by ${c.author})`).join(', ')}. Revert them first.`,
        {
          dependants: dependants.map((c) => ({ id: c.id, seq: c.seq, kind: c.kind, keys: c.keys })),
        },
      );
    const now = await readSnapshot(run, needsOfSnapshots(change.before, change.after));
    if (!sameSnapshot(now, change.after))
      throw new ApiError(
        'CONFLICT',
        'The graph no longer holds what this change wrote (it was changed outside the curation API).',
      );
    await writeTransition(run, change.after, change.before);
    return insertChange(run, {
      seq,
      kind: `revert:${change.kind}`,
      keys: change.keys,
      before: change.after,
      after: change.before,
      why,
      author: reviewer.name,
      reviewer: reviewer.name,
      draftId: null,
      revertOf: change.id,
    });
  });
}

/** Every published change that touched a claim, oldest first, and its version now. */
export async function historyOf(store: Store, key: string): Promise<History> {
  const rows = await read(
    store,
    `MATCH (c:${CHANGE}) WHERE $key IN c._keys RETURN ${CHANGE_FIELDS} AS c ORDER BY c.seq`,
    { key },
  );
  const changes = rows.map((r) => toChange(r.c));
  // As the drafts' version check counts: changes made on a graph since replaced do not.
  return { key, version: changes.filter((c) => c.replacedBy === null).length, changes };
}
