/**
 * A claim from a selection becomes drafts in the curation core, one per
 * operation, created together in one transaction and listed in the order a
 * reviewer publishes them (a new node before the links that need it); each
 * draft expects the versions its keys will have once the earlier ones are
 * published, so publishing them in order meets no stale check. A new
 * node whose name is close to one the graph has is refused as a possible
 * duplicate until the editor confirms it is new.
 */
import type { ClaimDrafts, ClaimRequest, Draft, Snapshot, User } from '../../contract/index.js';
import { applyOperation, changedKeys, keysOfSnapshots, needsOf } from '../../core/curation/ops.js';
import { claimOperations, type ClaimOntology } from '../../core/reports/claim.js';
import { matchNames } from '../../core/reports/names.js';
import { ident } from '../../core/dataset/profile.js';
import { write } from '../auth/store.js';
import { readSnapshot } from '../curation/graph-state.js';
import { insertDraft, versionsOf } from '../curation/records.js';
import { ApiError } from '../errors.js';
import type { GraphContext } from '../graph/context.js';
import { nameIndex, reportDetail } from '../graph/reports.js';
import { readStrings } from '../neo4j/decode.js';

/** The labels, types and event kinds a claim may use: the graph's own vocabulary. */
export async function claimOntology(ctx: GraphContext): Promise<ClaimOntology> {
  const p = ctx.profile;
  const vocabulary = await ctx.vocabulary();
  const { records } = await ctx.read(
    `MATCH (e:${ident(p.eventLabel)}) UNWIND labels(e) AS l
     WITH DISTINCT l WHERE l <> $event AND NOT l STARTS WITH '_' RETURN collect(l) AS kinds`,
    { event: p.eventLabel },
  );
  return {
    labels: vocabulary.labels,
    relationshipTypes: vocabulary.types,
    eventKinds: readStrings(records[0], 'kinds').sort(),
    eventLabel: p.eventLabel,
    figureLabel: p.figureLabel,
    sourceLabel: p.sourceLabel,
    provenanceType: p.provenanceType,
    causalTypes: p.causalTypes,
    statementLabel: 'Statement',
  };
}

async function refuseLikelyDuplicates(ctx: GraphContext, created: { id: string; name: string }[]) {
  const index = await nameIndex(ctx);
  for (const node of created) {
    const whole = matchNames(index, node.name).find(
      (m) => m.start === 0 && m.end === node.name.length,
    );
    if (whole) {
      const names = whole.nodes.map((n) => `${n.name} (${n.id})`).join(', ');
      throw new ApiError(
        'CONFLICT',
        `"${node.name}" is a possible duplicate of ${names}. Pick that node as the end, or send confirmNew: true if it is another.`,
        { possibleDuplicates: whole.nodes, name: node.name },
      );
    }
  }
}

export async function draftClaim(
  ctx: GraphContext,
  reportId: string,
  request: ClaimRequest,
  author: User,
): Promise<ClaimDrafts> {
  const detail = await reportDetail(ctx, reportId);
  const { ops, created } = claimOperations(
    {
      reportId,
      paragraphText: detail.paragraphs[request.paragraph - 1]?.text,
      ontology: await claimOntology(ctx),
    },
    request,
  );
  if (!request.confirmNew) await refuseLikelyDuplicates(ctx, created);
  const why = `From report ${reportId}, paragraph ${request.paragraph}: "${request.quote.slice(0, 200)}"`;
  const drafts = await write({ driver: ctx.driver, database: ctx.database }, async (run) => {
    // Nodes this claim creates are not in the graph until published: later drafts see them as pending.
    const pending: Snapshot['nodes'] = [];
    // Each published draft adds a change to its keys: a later draft of the claim expects those.
    const earlier = new Map<string, number>();
    const out: Draft[] = [];
    for (const op of ops) {
      const needs = needsOf(op);
      const read = await readSnapshot(run, needs);
      const extra = pending.filter(
        (n) => needs.nodes.includes(n.id) && !read.nodes.some((r) => r.id === n.id),
      );
      const before = { nodes: [...read.nodes, ...extra], rels: read.rels };
      const after = applyOperation(before, op);
      if (op.kind === 'create-node') pending.push(...after.nodes);
      const keys = keysOfSnapshots(before, after);
      const current = await versionsOf(run, keys);
      // Only what the draft changes is checked for staleness (core/curation/ops.ts, changedKeys).
      const baseVersions = Object.fromEntries(
        changedKeys(before, after).map((k) => [k, (current[k] ?? 0) + (earlier.get(k) ?? 0)]),
      );
      for (const k of keys) earlier.set(k, (earlier.get(k) ?? 0) + 1);
      out.push(await insertDraft(run, { op, why, keys, baseVersions }, author));
    }
    return out;
  });
  return { drafts };
}
