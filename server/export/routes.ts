/** The graph as Cypher, for reviewers and admins: the whole dataset folder, or what changed since a day. */
import { CypherExport, CypherExportQuery } from '../../contract/index.js';
import type { GraphContext } from '../graph/context.js';
import { route, type RouteDef } from '../http/route.js';
import { exportChangesSince, exportGraph } from './export.js';

export function exportRoutes(ctx: GraphContext): RouteDef[] {
  return [
    route({
      method: 'get',
      path: '/export/cypher',
      tags: ['curation'],
      role: 'reviewer',
      query: CypherExportQuery,
      response: CypherExport,
      heavy: true,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary:
        'The graph as a dataset folder of Cypher the loader reads back (or what changed since a day); accounts and drafts never included',
      handler: ({ query }) =>
        query.since
          ? exportChangesSince(ctx.driver, ctx.database, ctx.profile, query.since)
          : exportGraph(ctx.driver, ctx.database, ctx.profile),
    }),
  ];
}
