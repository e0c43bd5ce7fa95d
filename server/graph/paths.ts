import type { PathStep, PathsQuery, PathsResult } from '../../contract/index.js';
import { GraphCollector, nodeKey, type Node, type Path } from '../neo4j/convert.js';
import { asOfParams, nodeVisible, relationshipVisible } from './as-of.js';
import { checkVocabulary, notFound, type GraphContext } from './context.js';

/** LED_TO → "led to": relationship types read as words. */
export function typeInWords(type: string): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

const nameOf = (n: Node) => {
  const name: unknown = n.properties.name;
  return typeof name === 'string' ? name : nodeKey(n);
};

/** Spells a path out as steps; each step states its fact in the relationship's own direction. */
export function spellPath(path: Path): { length: number; steps: PathStep[]; text: string } {
  let at = path.start;
  const steps: PathStep[] = path.segments.map((segment) => {
    const from = at;
    const to = segment.start.elementId === from.elementId ? segment.end : segment.start;
    const forward = segment.relationship.startNodeElementId === from.elementId;
    at = to;
    const [subject, object] = forward ? [from, to] : [to, from];
    return {
      from: { id: nodeKey(from), name: nameOf(from) },
      type: segment.relationship.type,
      to: { id: nodeKey(to), name: nameOf(to) },
      forward,
      text: `${nameOf(subject)} ${typeInWords(segment.relationship.type)} ${nameOf(object)}`,
    };
  });
  return { length: path.length, steps, text: steps.map((s) => s.text).join('; ') };
}

export async function findPaths(ctx: GraphContext, q: PathsQuery): Promise<PathsResult> {
  await checkVocabulary(ctx, { types: q.types });
  const fn = q.mode === 'all-shortest' ? 'allShortestPaths' : 'shortestPath';
  const ends = await ctx.read(
    `CALL () { ${await ctx.matchNode('a', 'from')} RETURN count(a) > 0 AS hasFrom }
     CALL () { ${await ctx.matchNode('b', 'to')} RETURN count(b) > 0 AS hasTo }
     RETURN hasFrom, hasTo`,
    { from: q.from, to: q.to },
  );
  if (!ends.records[0]?.get('hasFrom')) throw notFound('node', q.from);
  if (!ends.records[0]?.get('hasTo')) throw notFound('node', q.to);
  if (q.from === q.to) return { graph: { nodes: [], edges: [] }, paths: [] };

  const { records } = await ctx.read(
    `${await ctx.matchNode('a', 'from')} WITH a LIMIT 1
     ${await ctx.matchNode('b', 'to', ['a'])} WITH a, b LIMIT 1
     MATCH p = ${fn}((a)-[*..${q.maxDepth}]-(b))
     WHERE all(r IN relationships(p) WHERE
             (CASE WHEN size($types) = 0 THEN type(r) <> $provenance ELSE type(r) IN $types END)
             AND (${relationshipVisible('r', q)}))
       AND all(n IN nodes(p) WHERE ${nodeVisible('n', q)})
     RETURN p LIMIT 25`,
    {
      from: q.from,
      to: q.to,
      types: q.types ?? [],
      provenance: ctx.profile.provenanceType,
      ...asOfParams(q),
    },
  );
  const paths = records.map((r) => r.get('p') as Path);
  return { graph: new GraphCollector().add(paths).build(), paths: paths.map(spellPath) };
}
