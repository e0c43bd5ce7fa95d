/**
 * The import dialog's endpoints, for admins only: preview an upload, load
 * it in place of the graph, restore the graph an import replaced. Their
 * bodies are read by importBodies (body.ts), after the role is checked.
 */
import {
  ImportStatus,
  ImportLoad,
  ImportLoaded,
  ImportPreview,
  ImportRestore,
  ImportUpload,
} from '../../contract/index.js';
import { currentUser } from '../auth/require.js';
import type { GraphContext } from '../graph/context.js';
import { route, type RouteDef } from '../http/route.js';
import { ImportService, type ImportServiceOptions } from './service.js';

export function importRoutes(ctx: GraphContext, options: ImportServiceOptions): RouteDef[] {
  const service = new ImportService(ctx, options);
  const errors = ['UNAUTHENTICATED', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE'];
  return [
    route({
      method: 'post',
      path: '/import/preview',
      tags: ['import'],
      role: 'admin',
      body: ImportUpload,
      response: ImportPreview,
      errors,
      summary:
        'Reads uploaded files (sheets, GraphML, GEXF, FtM) without loading them: counts, the mapping guessed, problems at their place',
      handler: ({ body }) => service.preview(body),
    }),
    route({
      method: 'get',
      path: '/import/status',
      tags: ['import'],
      role: 'admin',
      response: ImportStatus,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary:
        'What a read or a load is doing now (rows read of a file, statements run of the total), for the dialog to poll',
      handler: () => Promise.resolve(service.status()),
    }),
    route({
      method: 'post',
      path: '/import/load',
      tags: ['import'],
      role: 'admin',
      body: ImportLoad,
      response: ImportLoaded,
      errors: [...errors, 'NOT_FOUND', 'CONFLICT'],
      summary:
        'Replaces the graph with a previewed upload in one transaction, after exporting the graph as a Cypher backup',
      handler: ({ body, res }) => service.load(body.token, currentUser(res)),
    }),
    route({
      method: 'post',
      path: '/import/restore',
      tags: ['import'],
      role: 'admin',
      body: ImportRestore,
      response: ImportLoaded,
      errors: [...errors, 'NOT_FOUND', 'CONFLICT'],
      summary: 'Loads a backup an import made back in place of the graph',
      handler: ({ body, res }) => service.restore(body.backup, currentUser(res)),
    }),
  ];
}
