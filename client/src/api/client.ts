// The one module that talks to the API. Every response is parsed with the
// contract's zod schema, so a shape drift between server and client fails
// here, loudly, instead of somewhere deep in the UI.
import type { z } from 'zod';
import {
  ChainQuery,
  ClaimsResult,
  DatasetInfo,
  ErrorBody,
  EventChain,
  Graph,
  GraphSchema,
  Health,
  Neighborhood,
  NODES_MAX,
  NodeBatch,
  NodeDetail,
  NeighborsQuery,
  PathsQuery,
  PathsResult,
  QueryResult,
  SavedQueryList,
  SearchResult,
  SourceDetail,
  SourceList,
  SOURCES_PAGE_MAX,
  Timeline,
  TimelineQuery,
  type Clock,
  type ErrorCode,
} from '../../../contract/index.js';
import { sendRetryingBusy, type BusyOptions } from './busy.js';
import { allPages } from '../timeline/paging.js';

/**
 * The codes a client-side error carries: the server's (the contract's one enum) and three of the
 * client's own, for a server that cannot be reached, answers without a body, or answers in a shape
 * the contract does not describe.
 */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE' | `HTTP_${number}`;

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

export interface AsOf {
  asOf?: string | undefined;
  clock?: Clock | undefined;
}

type Params = Record<string, string | number | boolean | string[] | undefined | null>;

/** Builds `path?query`, leaving out empty values and joining lists with commas. */
export function buildUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The messages of a validation error's details (`[{ path, message }]`), each one sentence. */
function problemMessages(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    const m =
      typeof d === 'object' && d !== null ? (d as { message?: unknown }).message : undefined;
    return typeof m === 'string' && m ? [/[.!?]$/.test(m) ? m : `${m}.`] : [];
  });
}

/** Turns an error body (or anything else a failing server sends) into an ApiClientError. */
export function toApiError(status: number, body: unknown): ApiClientError {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) {
    const e = parsed.data.error;
    // "See details for each problem" is no use to a person: the problems themselves are.
    const problems = e.code === 'INVALID_INPUT' ? problemMessages(e.details) : [];
    const message = problems.length ? problems.join(' ') : e.message;
    return new ApiClientError(status, e.code, message, e.details, e.requestId);
  }
  return new ApiClientError(
    status,
    status === 0 ? 'NETWORK' : `HTTP_${status}`,
    status === 0
      ? 'The server could not be reached.'
      : `The server answered ${status} without an explanation.`,
  );
}

/**
 * A request's parameters built from the contract's schema of them: its
 * defaults (a path's depth, the hub threshold) and its unions are the
 * contract's, never restated here, and a value the server would refuse is
 * refused before it leaves, in the same words (INVALID_INPUT).
 */
export function queryParams<S extends z.ZodType<Params>>(schema: S, input: z.input<S>): Params {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new ApiClientError(
    400,
    'INVALID_INPUT',
    details.map((d) => `${d.path}: ${d.message}`).join('; '),
    details,
  );
}

/** A boolean as the contract's query strings spell it. */
const flag = (b: boolean | undefined) => (b === undefined ? undefined : b ? 'true' : 'false');

function asOfParams(a: AsOf | undefined): Params {
  return a?.asOf ? { asOf: a.asOf, clock: a.clock ?? 'happened' } : {};
}

export class ApiClient {
  constructor(
    private readonly fetcher: Fetcher = (input, init) => fetch(input, init),
    private readonly base = '',
    /** How GET requests wait out a 503 BUSY (api/busy.ts); the status line listens here. */
    private readonly busy: BusyOptions = {},
  ) {}

  private async request<S extends z.ZodType>(
    schema: S,
    url: string,
    init?: RequestInit,
  ): Promise<z.infer<S>> {
    let response: Response;
    const send = () =>
      this.fetcher(this.base + url, {
        ...init,
        headers: { accept: 'application/json', ...(init?.headers ?? {}) },
      });
    // Only a read is sent again: a POST (an analyst query) may have run.
    const read = (init?.method ?? 'GET').toUpperCase() === 'GET';
    try {
      response = read
        ? await sendRetryingBusy(send, { ...this.busy, signal: init?.signal })
        : await send();
    } catch {
      throw toApiError(0, undefined);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (!response.ok) throw toApiError(response.status, body);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiClientError(
        response.status,
        'BAD_RESPONSE',
        `The server's answer to ${url.split('?')[0] ?? url} did not have the expected shape.`,
        parsed.error.issues,
      );
    }
    return parsed.data;
  }

  /** Health answers 503 with a Health body when Neo4j is down; both are "an answer". */
  async health(): Promise<Health> {
    let response: Response;
    try {
      response = await this.fetcher(this.base + '/api/health');
    } catch {
      throw toApiError(0, undefined);
    }
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = Health.safeParse(body);
    if (parsed.success) return parsed.data;
    throw toApiError(response.status, body);
  }

  search(q: string, limit = 10, labels?: string[]) {
    return this.request(SearchResult, buildUrl('/api/search', { q, limit, labels }));
  }

  /**
   * Many nodes by id, NODES_MAX a request: those found and the ids not in
   * the graph. One request for a link's ids, not one per id.
   */
  async nodes(ids: readonly string[], opts: { links?: boolean } = {}): Promise<NodeBatch> {
    const unique = [...new Set(ids)];
    const out: NodeBatch = { nodes: [], missing: [], ...(opts.links ? { edges: [] } : {}) };
    // With links, the relationships among each request's ids (all of them up to NODES_MAX).
    const links = opts.links ? '1' : undefined;
    for (let i = 0; i < unique.length; i += NODES_MAX) {
      const chunk = unique.slice(i, i + NODES_MAX);
      const r = await this.request(NodeBatch, buildUrl('/api/nodes', { ids: chunk, links }));
      out.nodes.push(...r.nodes);
      out.missing.push(...r.missing);
      out.edges?.push(...(r.edges ?? []));
    }
    return out;
  }

  node(id: string) {
    return this.request(NodeDetail, `/api/nodes/${encodeURIComponent(id)}`);
  }

  neighbors(
    id: string,
    opts: Partial<
      Pick<NeighborsQuery, 'depth' | 'limit' | 'skip' | 'labels' | 'types' | 'direction'>
    > &
      AsOf = {},
  ) {
    const { asOf, clock, labels, types, ...rest } = opts;
    const params = queryParams(NeighborsQuery, {
      ...rest,
      labels: labels?.join(','),
      types: types?.join(','),
      ...asOfParams({ asOf, clock }),
    });
    return this.request(
      Neighborhood,
      buildUrl(`/api/nodes/${encodeURIComponent(id)}/neighbors`, params),
    );
  }

  /** Paths between two nodes; what is not given takes the contract's default. */
  paths(
    from: string,
    to: string,
    opts: Partial<Pick<PathsQuery, 'mode' | 'hubDegree' | 'avoidHubs' | 'types'>> = {},
    a?: AsOf,
  ) {
    const params = queryParams(PathsQuery, {
      from,
      to,
      mode: opts.mode,
      hubDegree: opts.hubDegree,
      avoidHubs: flag(opts.avoidHubs),
      types: opts.types?.length ? opts.types.join(',') : undefined,
      ...asOfParams(a),
    });
    return this.request(PathsResult, buildUrl('/api/paths', params));
  }

  /** One page of the timeline; `after` is the previous page's `next`. */
  timeline(
    opts: {
      from?: string;
      to?: string;
      types?: string[];
      limit?: number;
      after?: string;
    } & AsOf = {},
  ) {
    const { asOf, clock, types, ...rest } = opts;
    const params = queryParams(TimelineQuery, {
      ...rest,
      types: types?.length ? types.join(',') : undefined,
      ...asOfParams({ asOf, clock }),
    });
    return this.request(Timeline, buildUrl('/api/timeline', params));
  }

  /** Every event of the timeline, page after page (bounded: see allPages). */
  timelineAll(opts: { from?: string; to?: string; types?: string[] } & AsOf = {}) {
    return allPages((after) => this.timeline({ ...opts, limit: 500, after }));
  }

  /** An event's causes and consequences; what is not given takes the contract's default. */
  chain(id: string, opts: Partial<Pick<ChainQuery, 'direction' | 'depth'>> = {}, a?: AsOf) {
    const params = queryParams(ChainQuery, { ...opts, ...asOfParams(a) });
    return this.request(
      EventChain,
      buildUrl(`/api/events/${encodeURIComponent(id)}/chain`, params),
    );
  }

  claims(
    opts: {
      subject?: string;
      topic?: string;
      conflicting?: boolean;
      limit?: number;
      offset?: number;
    } = {},
  ) {
    return this.request(
      ClaimsResult,
      buildUrl('/api/claims', {
        subject: opts.subject,
        topic: opts.topic,
        conflicting: opts.conflicting === undefined ? undefined : String(opts.conflicting),
        limit: opts.limit,
        offset: opts.offset,
      }),
    );
  }

  /** Every source: the list comes a page at a time (at most 20 pages, 20,000 sources). */
  async sources(): Promise<SourceList> {
    const all: SourceList['sources'] = [];
    let offset: number | null = 0;
    for (let pages = 0; offset !== null && pages < 20; pages += 1) {
      const page: SourceList = await this.request(
        SourceList,
        `/api/sources?limit=${SOURCES_PAGE_MAX}&offset=${offset}`,
      );
      all.push(...page.sources);
      offset = page.nextOffset;
    }
    return { sources: all, total: all.length, nextOffset: null };
  }

  source(id: string) {
    return this.request(SourceDetail, `/api/sources/${encodeURIComponent(id)}`);
  }

  dataset() {
    return this.request(DatasetInfo, '/api/dataset');
  }

  schema() {
    return this.request(GraphSchema, '/api/schema');
  }

  savedQueries() {
    return this.request(SavedQueryList, '/api/queries');
  }

  query(cypher: string, params: Record<string, unknown> = {}) {
    return this.request(QueryResult, '/api/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...csrfHeaders() },
      body: JSON.stringify({ cypher, params }),
    });
  }

  overview(limit = 40, a?: AsOf) {
    return this.request(Graph, buildUrl('/api/overview', { limit, ...asOfParams(a) }));
  }
}

/**
 * The session's CSRF token, from the cookie the server sets at sign-in
 * (readable by the page, unlike the session cookie), as the header every
 * signed-in write must carry; nothing when no one is signed in.
 */
export function csrfHeaders(
  cookie: string = typeof document === 'undefined' ? '' : document.cookie,
): Record<string, string> {
  const found = /(?:^|;\s*)reg_csrf=([^;]*)/.exec(cookie)?.[1];
  return found ? { 'x-csrf-token': decodeURIComponent(found) } : {};
}

/** Where a Cypher syntax error points, when the server said so. */
export function syntaxPosition(
  e: unknown,
): { line: number; column: number; offset: number } | undefined {
  if (!(e instanceof ApiClientError) || e.code !== 'CYPHER_SYNTAX_ERROR') return undefined;
  const d = e.details as { line?: unknown; column?: unknown; offset?: unknown } | undefined;
  if (!d || typeof d.line !== 'number' || typeof d.column !== 'number') return undefined;
  return {
    line: d.line,
    column: d.column,
    offset: typeof d.offset === 'number' ? d.offset : -1,
  };
}
