import type { Claim, ClaimGroup, ClaimsQuery, ClaimsResult } from '../../contract/index.js';
import { z } from 'zod';
import { toGraphNode } from '../neo4j/convert.js';
import type { GraphContext } from './context.js';
import { evidenceMap, toSourceRefs } from './evidence.js';
import { ident } from '../../core/dataset/profile.js';
import { decodePlain, readNode } from '../neo4j/decode.js';

/** `collect({id, name})` of the nodes a claim is about or attributed to. */
const NamedRefs = z
  .array(z.object({ id: z.unknown().optional(), name: z.unknown().optional() }))
  .nullable();

/**
 * Claims of one topic disagree when two of them give different values in
 * the same unit for the same period: the same trade flow in two different
 * years is not a disagreement, nor are tonnes beside rupees; China's share
 * of the market at 60, 70 and 90 per cent is.
 */
export function isConflicting(claims: Pick<Claim, 'value' | 'unit' | 'periodLabel'>[]): boolean {
  const valuesByPeriod = new Map<string, Set<number>>();
  for (const c of claims) {
    if (c.value === null) continue;
    const key = `${c.periodLabel ?? ''}|${c.unit ?? ''}`;
    const values = valuesByPeriod.get(key) ?? new Set<number>();
    values.add(c.value);
    valuesByPeriod.set(key, values);
  }
  return [...valuesByPeriod.values()].some((values) => values.size > 1);
}

export async function claims(ctx: GraphContext, q: ClaimsQuery): Promise<ClaimsResult> {
  const p = ctx.profile;
  const { records } = await ctx.read(
    `MATCH (f:${ident(p.figureLabel)})
     WHERE ($topic IS NULL OR f.topic = $topic)
       AND ($subject IS NULL OR EXISTS { (f)-[:${ident(p.figureSubjectType)}]->({id: $subject}) })
     CALL (f) {
       OPTIONAL MATCH (f)-[:${ident(p.figureSubjectType)}]->(s)
       RETURN collect(DISTINCT {id: s.id, name: s.name}) AS subjects
     }
     CALL (f) {
       OPTIONAL MATCH (f)-[:${ident(p.figureAttributionType)}]->(a)
       RETURN collect(DISTINCT {id: a.id, name: a.name}) AS attributedTo
     }
     CALL (f) {
       OPTIONAL MATCH (f)-[sf:${ident(p.provenanceType)}]->(src:${ident(p.sourceLabel)})
       RETURN collect(${evidenceMap('sf', 'src')}) AS sources
     }
     RETURN f, subjects, attributedTo, sources
     ORDER BY coalesce(f.topic, f.measure, f.id), f.value`,
    { topic: q.topic ?? null, subject: q.subject ?? null },
  );
  const groups = new Map<string, Claim[]>();
  for (const r of records) {
    const f = toGraphNode(readNode(r, 'f'), p.captions);
    const props = f.properties;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    const refs = (v: unknown, column: string) =>
      (decodePlain(v, column, NamedRefs) ?? []).flatMap((x) =>
        typeof x.id === 'string' ? [{ id: x.id, name: text(x.name) ?? x.id }] : [],
      );
    const claim: Claim = {
      id: f.id,
      name: f.name,
      value: typeof props.value === 'number' ? props.value : null,
      unit: text(props.unit),
      valueText: text(props.valueText),
      qualifier: text(props.qualifier),
      measure: text(props.measure),
      periodLabel: text(props.periodLabel),
      subjects: refs(r.get('subjects'), 'subjects'),
      attributedTo: refs(r.get('attributedTo'), 'attributedTo'),
      sources: toSourceRefs(r.get('sources'), p.captions),
    };
    const topic = text(props.topic) ?? claim.measure ?? claim.id;
    groups.set(topic, [...(groups.get(topic) ?? []), claim]);
  }
  const all: ClaimGroup[] = [...groups.entries()].map(([topic, list]) => ({
    topic,
    conflicting: isConflicting(list),
    claims: list,
  }));
  return { groups: q.conflicting ? all.filter((g) => g.conflicting) : all };
}
