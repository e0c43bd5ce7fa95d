import {
  AsOfQuery,
  ChainQuery,
  ClaimsQuery,
  ClaimsResult,
  DatasetInfo,
  EventChain,
  Graph,
  GraphSchema,
  Health,
  NeighborsQuery,
  Neighborhood,
  NodeBatch,
  NodeDetail,
  NodesQuery,
  OverviewQuery,
  PathsQuery,
  PathsResult,
  QueryRequest,
  QueryResult,
  RelationshipDetail,
  SavedQueryList,
  SearchQuery,
  SearchResult,
  SourceDetail,
  SourceList,
  SourcesQuery,
  Timeline,
  TimelineQuery,
} from '../../contract/index.js';
import type { GraphContext } from '../graph/context.js';
import { claims } from '../graph/claims.js';
import { datasetInfo } from '../graph/dataset-info.js';
import { eventChain, timeline } from '../graph/events.js';
import { readHealth } from '../graph/health.js';
import { nodesByIds } from '../graph/node-batch.js';
import { neighbors, nodeDetail } from '../graph/nodes.js';
import { overview } from '../graph/overview.js';
import { findPaths } from '../graph/paths.js';
import { graphSchema } from '../graph/schema.js';
import { relationshipDetail } from '../graph/relationships.js';
import { search } from '../graph/search.js';
import { listSources, sourceDetail } from '../graph/sources.js';
import { reportRoutes } from './reports.js';
import { route, type RouteDef } from '../http/route.js';
import type { AnalystRunner } from '../query/runner.js';
import type { QueryLimits } from '../query/run.js';
import type { SavedQuery } from '../../contract/index.js';

const id = (params: Record<string, string>) => params.id ?? '';

/** Every JSON endpoint of the API, in the order the OpenAPI document lists them. */
/** What the routes need besides the graph: the saved queries, the analyst runner, the service's state. */
export interface ApiDeps {
  savedQueries: SavedQuery[];
  limits: QueryLimits;
  analyst: AnalystRunner;
  /** Set while the service recovers from a fault (a stuck query, a restarted Neo4j). */
  service: ServiceState;
}

export interface ServiceState {
  degraded?: string | undefined;
}

export function apiRoutes(ctx: GraphContext, deps: ApiDeps): RouteDef[] {
  const { savedQueries, limits, analyst } = deps;
  return [
    route({
      method: 'get',
      path: '/health',
      tags: ['status'],
      response: Health,
      summary: 'Neo4j reachable or not, its version, graph size and seed loads (503 when down)',
      statusOf: (health) => ((health as Health).status === 'ok' ? 200 : 503),
      handler: async () => {
        const health = await readHealth(ctx.driver, ctx.database);
        const degraded = deps.service.degraded;
        return health.status === 'ok' && degraded
          ? { ...health, status: 'degraded', degraded }
          : health;
      },
    }),
    route({
      method: 'get',
      path: '/dataset',
      tags: ['status'],
      response: DatasetInfo,
      summary:
        'The dataset: title, description, captions and dated labels (manifest, else inferred)',
      handler: () => datasetInfo(ctx),
    }),
    route({
      method: 'get',
      path: '/search',
      tags: ['explore'],
      query: SearchQuery,
      response: SearchResult,
      summary: 'Full-text search over names, aliases and descriptions, ranked',
      handler: ({ query }) => search(ctx, query),
    }),
    route({
      method: 'get',
      path: '/overview',
      tags: ['explore'],
      query: OverviewQuery,
      response: Graph,
      errors: ['BUSY'],
      heavy: true,
      summary: 'A readable starting view: the best-connected nodes and the links between them',
      handler: ({ query }) => overview(ctx, query),
    }),
    route({
      method: 'get',
      path: '/nodes',
      tags: ['explore'],
      query: NodesQuery,
      response: NodeBatch,
      summary: 'Many nodes by id at once (at most 200), naming the ids not in the graph',
      handler: ({ query }) => nodesByIds(ctx, query.ids, query.links === '1'),
    }),
    route({
      method: 'get',
      path: '/nodes/:id',
      tags: ['explore'],
      pathParams: ['id'],
      response: NodeDetail,
      errors: ['NOT_FOUND'],
      summary: 'One node: its properties, sources and degree by relationship type',
      handler: ({ params }) => nodeDetail(ctx, id(params)),
    }),
    route({
      method: 'get',
      path: '/nodes/:id/neighbors',
      tags: ['explore'],
      pathParams: ['id'],
      query: NeighborsQuery,
      response: Neighborhood,
      errors: ['NOT_FOUND', 'BUSY'],
      heavy: (query) => query.depth > 1,
      summary: 'The neighbourhood of a node, capped, saying how many were left out',
      handler: ({ params, query }) => neighbors(ctx, id(params), query),
    }),
    route({
      method: 'get',
      path: '/paths',
      tags: ['explore'],
      query: PathsQuery,
      response: PathsResult,
      errors: ['NOT_FOUND', 'BUSY'],
      heavy: true,
      summary: 'Shortest path(s) between two nodes, as a graph and spelled out step by step',
      handler: ({ query }) => findPaths(ctx, query),
    }),
    route({
      method: 'get',
      path: '/timeline',
      tags: ['events'],
      query: TimelineQuery,
      response: Timeline,
      errors: ['BUSY'],
      heavy: true,
      summary: 'Events in date order with date precision, participants and sources',
      handler: ({ query }) => timeline(ctx, query),
    }),
    route({
      method: 'get',
      path: '/events/:id/chain',
      tags: ['events'],
      pathParams: ['id'],
      query: ChainQuery,
      response: EventChain,
      errors: ['NOT_FOUND', 'BUSY'],
      heavy: true,
      summary: 'The causes and consequences of an event, in time order',
      handler: ({ params, query }) => eventChain(ctx, id(params), query),
    }),
    route({
      method: 'get',
      path: '/claims',
      tags: ['provenance'],
      query: ClaimsQuery,
      response: ClaimsResult,
      errors: ['BUSY'],
      heavy: true,
      summary: 'Figures grouped by topic, disagreeing ones side by side with their sources',
      handler: ({ query }) => claims(ctx, query),
    }),
    route({
      method: 'get',
      path: '/sources',
      tags: ['provenance'],
      query: SourcesQuery,
      response: SourceList,
      // Not gated: the list is made once per load and a page is a slice of it in memory.
      summary: 'The source reports and how much of the graph each supports, a page at a time',
      handler: ({ query }) => listSources(ctx, query),
    }),
    route({
      method: 'get',
      path: '/sources/:id',
      tags: ['provenance'],
      pathParams: ['id'],
      query: AsOfQuery,
      response: SourceDetail,
      errors: ['NOT_FOUND'],
      summary: 'One source and everything it supports',
      handler: ({ params, query }) => sourceDetail(ctx, id(params), query),
    }),
    route({
      method: 'get',
      path: '/relationships/:id',
      tags: ['provenance'],
      pathParams: ['id'],
      response: RelationshipDetail,
      errors: ['NOT_FOUND', 'INVALID_INPUT'],
      summary:
        'One relationship (id source|TYPE|target, URL-encoded) with its reports, quote and note',
      handler: ({ params }) => relationshipDetail(ctx, id(params)),
    }),
    route({
      method: 'get',
      path: '/schema',
      tags: ['cypher'],
      response: GraphSchema,
      summary: 'Labels, relationship types and property keys, with counts',
      handler: () => graphSchema(ctx),
    }),
    route({
      method: 'get',
      path: '/queries',
      tags: ['cypher'],
      response: SavedQueryList,
      summary: 'The library of named, documented, parameterised read queries',
      handler: () => Promise.resolve({ queries: savedQueries }),
    }),
    route({
      method: 'post',
      path: '/query',
      tags: ['cypher'],
      body: QueryRequest,
      response: QueryResult,
      errors: [
        'QUERY_REFUSED',
        'QUERY_TIMEOUT',
        'QUERY_TOO_LARGE',
        'CYPHER_SYNTAX_ERROR',
        'CYPHER_ERROR',
        'RATE_LIMITED',
        'BUSY',
        'QUERY_TERMINATED',
      ],
      summary: 'Run read-only Cypher: columns, rows, the graph in the rows, and a summary',
      handler: ({ body, req }) => analyst.run(body, limits, req.ip ?? 'unknown'),
    }),
    ...reportRoutes(ctx),
  ];
}
