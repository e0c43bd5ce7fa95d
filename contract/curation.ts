import { z } from 'zod';
import { User } from './auth.js';

/** A property value a claim may hold: JSON, with a DATE as {$date: 'YYYY-MM-DD'}. */
const Value: z.ZodType<unknown> = z.unknown();
const Props = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Name properties with letters, digits and _'),
  Value,
);
const Name = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Use letters, digits and _ (as the ontology names them)')
  .max(64);
const NodeId = z.string().min(1).max(200);

/** A relationship is named by its ends' ids and its type: from|TYPE|to (as GET /api/relationships/:id). */
export const RelKey = z
  .string()
  .regex(/^[^|]+\|[A-Za-z][A-Za-z0-9_]*\|[^|]+$/, 'Name a link as from|TYPE|to');

export const SnapshotNode = z.object({ id: NodeId, labels: z.array(Name), props: Props });
export const SnapshotRel = z.object({ from: NodeId, type: Name, to: NodeId, props: Props });
/** The part of the graph a change touches, as it was (before) or became (after). */
export const Snapshot = z
  .object({ nodes: z.array(SnapshotNode), rels: z.array(SnapshotRel) })
  .meta({ id: 'Snapshot' });
export type Snapshot = z.infer<typeof Snapshot>;
export type SnapshotNode = z.infer<typeof SnapshotNode>;
export type SnapshotRel = z.infer<typeof SnapshotRel>;

/** What a draft proposes. */
export const Operation = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('create-relationship'),
      from: NodeId,
      type: Name,
      to: NodeId,
      props: Props,
    }),
    z.object({
      kind: z.literal('edit-relationship'),
      key: RelKey,
      set: Props,
      unset: z.array(Name).default([]),
    }),
    z.object({ kind: z.literal('retract-relationship'), key: RelKey }),
    z.object({ kind: z.literal('retype-relationship'), key: RelKey, type: Name }),
    z.object({
      kind: z.literal('repoint-relationship'),
      key: RelKey,
      end: z.enum(['from', 'to']),
      node: NodeId,
    }),
    z.object({
      kind: z.literal('create-node'),
      id: NodeId,
      labels: z.array(Name).min(1).max(4),
      props: Props,
    }),
    z.object({
      kind: z.literal('edit-node'),
      id: NodeId,
      set: Props,
      unset: z.array(Name).default([]),
    }),
    z.object({ kind: z.literal('merge-nodes'), keep: NodeId, merge: NodeId }),
  ])
  .meta({ id: 'Operation' });
export type Operation = z.infer<typeof Operation>;

export const DraftRequest = z.object({
  op: Operation,
  why: z.string().trim().min(1, 'Say why: the change record keeps it').max(2000),
  /**
   * The version of each claim the editor saw (GET /api/history/…); a claim
   * changed since gets 409 with its current version, and nothing is lost.
   */
  baseVersions: z.record(z.string(), z.number().int().min(0)).default({}),
});
export type DraftRequest = z.infer<typeof DraftRequest>;

export const DraftStatus = z.enum(['open', 'published', 'rejected']);
export type DraftStatus = z.infer<typeof DraftStatus>;
export const Draft = z
  .object({
    id: z.string(),
    op: Operation,
    why: z.string(),
    keys: z.array(z.string()),
    baseVersions: z.record(z.string(), z.number()),
    author: User.pick({ id: true, name: true }),
    createdAt: z.string(),
    status: DraftStatus,
    draft: z.literal(true).meta({ description: 'Marks a proposal not yet in the graph' }),
    decidedBy: z.string().nullable(),
    reason: z.string().nullable(),
    changeId: z.string().nullable(),
  })
  .meta({ id: 'Draft' });
export type Draft = z.infer<typeof Draft>;
export const DraftList = z.object({ drafts: z.array(Draft) });
export const DraftsQuery = z.object({ status: DraftStatus.default('open') });
export const RejectRequest = z.object({
  reason: z.string().trim().min(1, 'Say why it is rejected').max(2000),
});
export const RevertRequest = z.object({
  why: z.string().trim().min(1, 'Say why it is reverted').max(2000),
});

export const ChangeRecord = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    kind: z.string(),
    keys: z.array(z.string()),
    before: Snapshot,
    after: Snapshot,
    why: z.string(),
    author: z.string().meta({ description: 'Who drafted it' }),
    reviewer: z.string().meta({ description: 'Who published or reverted it' }),
    at: z.string(),
    draftId: z.string().nullable(),
    revertOf: z.string().nullable(),
    replacedBy: z.string().nullable().meta({
      description:
        'Set when a load replaced the graph this change was made on: the name of that load (its backup). Such a change no longer counts toward a version and cannot be reverted.',
    }),
    replacedAt: z.string().nullable(),
  })
  .meta({ id: 'ChangeRecord' });
export type ChangeRecord = z.infer<typeof ChangeRecord>;

export const History = z
  .object({ key: z.string(), version: z.number().int(), changes: z.array(ChangeRecord) })
  .meta({ id: 'History' });
export type History = z.infer<typeof History>;

export const CommentRequest = z.object({
  on: z
    .string()
    .min(1)
    .max(400)
    .meta({ description: 'A draft id, a node id or a link key from|TYPE|to' }),
  text: z.string().trim().min(1).max(4000),
});
export const Comment = z
  .object({ id: z.string(), on: z.string(), text: z.string(), author: z.string(), at: z.string() })
  .meta({ id: 'Comment' });
export const CommentList = z.object({ comments: z.array(Comment) });
export const CommentsQuery = z.object({ on: z.string().min(1).max(400) });
