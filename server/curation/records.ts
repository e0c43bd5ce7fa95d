/**
 * Drafts, change records and comments: private nodes (bookkeeping.ts) whose
 * every property starts with _, holding operations and snapshots as JSON.
 * They point at claims by key (a node's id, a link's from|TYPE|to), never by
 * a relationship, so no explorer query meets them.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Draft } from '../../contract/index.js';
import { ChangeRecord, Operation, Snapshot, type User } from '../../contract/index.js';
import { PRIVATE_LABEL } from '../graph/bookkeeping.js';
import type { Run } from '../neo4j/write.js';

export const DRAFT = `_Draft:${PRIVATE_LABEL}`;
export const CHANGE = `_Change:${PRIVATE_LABEL}`;
export const COMMENT = `_Comment:${PRIVATE_LABEL}`;
/** A comment node `c` as the contract's Comment. */
export const COMMENT_FIELDS =
  '{id: c._uid, on: c._on, text: c._text, author: c._author, at: c._at}';

const json = <S extends z.ZodType>(schema: S) =>
  z.string().transform((s, ctx): z.output<S> => {
    const parsed = schema.safeParse(JSON.parse(s));
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: parsed.error.message });
      return z.NEVER;
    }
    return parsed.data;
  });

export const DRAFT_FIELDS = `{id: d._uid, op: d._op, why: d._why, keys: d._keys, baseVersions: d._baseVersions,
  authorId: d._authorId, authorName: d._authorName, createdAt: d._createdAt, status: d._status,
  decidedBy: d._decidedBy, reason: d._reason, changeId: d._changeId}`;

const DraftRow = z.object({
  id: z.string(),
  op: json(Operation),
  why: z.string(),
  keys: z.array(z.string()),
  baseVersions: json(z.record(z.string(), z.number())),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  status: z.enum(['open', 'published', 'rejected']),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
  changeId: z.string().nullable(),
});

export function toDraft(row: unknown): Draft {
  const d = DraftRow.parse(row);
  return {
    id: d.id,
    op: d.op,
    why: d.why,
    keys: d.keys,
    baseVersions: d.baseVersions,
    author: { id: d.authorId, name: d.authorName },
    createdAt: d.createdAt,
    status: d.status,
    draft: true,
    decidedBy: d.decidedBy,
    reason: d.reason,
    changeId: d.changeId,
  };
}

export const CHANGE_FIELDS = `{id: c._uid, seq: c._seq, kind: c._kind, keys: c._keys, before: c._before,
  after: c._after, why: c._why, author: c._author, reviewer: c._reviewer, at: c._at,
  draftId: c._draftId, revertOf: c._revertOf, replacedBy: c._replacedBy, replacedAt: c._replacedAt}`;

const ChangeRow = ChangeRecord.extend({ before: json(Snapshot), after: json(Snapshot) });
export const toChange = (row: unknown): ChangeRecord => ChangeRow.parse(row);

export async function insertDraft(
  run: Run,
  input: { op: Operation; why: string; keys: string[]; baseVersions: Record<string, number> },
  author: User,
): Promise<Draft> {
  // A counter, not the clock, orders drafts: a claim's drafts are made in one transaction within
  // the same millisecond, and a reviewer must see them in the order they are to be published.
  const rows = await run(
    `MERGE (k:_DraftCount:${PRIVATE_LABEL} {_one: true})
     SET k._n = coalesce(k._n, 0) + 1
     WITH k._n AS n
     CREATE (d:${DRAFT} {_uid: $uid, _op: $op, _why: $why, _keys: $keys, _baseVersions: $base,
       _authorId: $authorId, _authorName: $authorName, _createdAt: toString(datetime()), _status: 'open', _n: n})
     RETURN ${DRAFT_FIELDS} AS d`,
    {
      uid: randomUUID(),
      op: JSON.stringify(input.op),
      why: input.why,
      keys: input.keys,
      base: JSON.stringify(input.baseVersions),
      authorId: author.id,
      authorName: author.name,
    },
  );
  return toDraft(rows[0]?.d);
}

/** Each key's version: how many published changes touched it since the graph was last replaced (carry-over.ts). */
export async function versionsOf(run: Run, keys: string[]): Promise<Record<string, number>> {
  const rows = await run(
    `UNWIND $keys AS k
     OPTIONAL MATCH (c:${CHANGE}) WHERE k IN c._keys AND c._replacedBy IS NULL
     RETURN k, count(c) AS n`,
    { keys },
  );
  return Object.fromEntries(rows.map((r) => [String(r.k), Number(r.n)]));
}

/** Takes the edit stamp's lock (publishes queue here) and returns the next change number. */
export async function nextSeq(run: Run): Promise<number> {
  const rows = await run(
    `MERGE (e:_GraphEdits {_one: true})
     SET e._seq = coalesce(e._seq, 0) + 1, e._at = toString(datetime())
     RETURN e._seq AS seq`,
  );
  return Number(rows[0]?.seq);
}

export async function insertChange(
  run: Run,
  c: Omit<ChangeRecord, 'id' | 'at' | 'replacedBy' | 'replacedAt'>,
): Promise<ChangeRecord> {
  const rows = await run(
    `CREATE (c:${CHANGE} {_uid: $uid, _seq: $seq, _kind: $kind, _keys: $keys, _before: $before,
       _after: $after, _why: $why, _author: $author, _reviewer: $reviewer, _at: toString(datetime()),
       _draftId: $draftId, _revertOf: $revertOf})
     RETURN ${CHANGE_FIELDS} AS c`,
    {
      ...c,
      uid: randomUUID(),
      before: JSON.stringify(c.before),
      after: JSON.stringify(c.after),
    },
  );
  return toChange(rows[0]?.c);
}
