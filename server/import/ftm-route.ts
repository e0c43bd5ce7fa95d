/**
 * FollowTheMoney entities of the selection (or of the whole dataset, as
 * `npm run seed -- --export=x.ftm.json` writes it): the nodes named, the
 * sources their provenance links reach, and the links among them.
 */
import { FtmExport, FtmExportQuery } from '../../contract/index.js';
import { ident } from '../../core/dataset/profile.js';
import { toFtm } from '../../core/import/ftm-out.js';
import { ApiError } from '../errors.js';
import type { GraphContext } from '../graph/context.js';
import { route, type RouteDef } from '../http/route.js';
import { GraphCollector } from '../neo4j/convert.js';
import { readDatasetGraph } from './export.js';

const MAX_IDS = 500;

async function selectionGraph(ctx: GraphContext, ids: string[]) {
  const { records } = await ctx.read(
    `MATCH (n) WHERE n.id IN $ids AND NOT n:_Private
     OPTIONAL MATCH (n)-[:${ident(ctx.profile.provenanceType)}]->(s)
     WITH collect(DISTINCT n) + collect(DISTINCT s) AS nodes
     UNWIND nodes AS a
     OPTIONAL MATCH (a)-[r]->(b) WHERE b IN nodes
     RETURN nodes, collect(r) AS rels`,
    { ids },
  );
  const collector = new GraphCollector(ctx.profile.captions);
  for (const r of records) collector.add(r.get('nodes')).add(r.get('rels'));
  return collector.build();
}

export function ftmExportRoutes(ctx: GraphContext): RouteDef[] {
  return [
    route({
      method: 'get',
      path: '/export/ftm',
      tags: ['export'],
      query: FtmExportQuery,
      response: FtmExport,
      heavy: true,
      errors: ['BUSY'],
      summary:
        'The selection (ids) or the whole dataset as FollowTheMoney entities, naming the kinds no schema fits',
      handler: async ({ query }) => {
        const ids = (query.ids ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        if (ids.length > MAX_IDS) {
          throw new ApiError(
            'INVALID_INPUT',
            `At most ${MAX_IDS} ids at once: export a smaller selection, or the whole dataset without ids.`,
          );
        }
        const graph =
          ids.length > 0
            ? await selectionGraph(ctx, ids)
            : await readDatasetGraph(ctx.driver, ctx.database, ctx.profile.id ?? '');
        const { lines, unmapped } = toFtm(graph);
        return { entities: lines, unmapped };
      },
    }),
  ];
}
