/**
 * One table of routes drives both the Express handlers and the OpenAPI
 * document: each route names its input and output schemas from the
 * contract, and the wrapper validates both, so a handler only returns data.
 */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { answerBody, keptBytes } from './answer-body.js';
import type { Gate } from './heavy-gate.js';
import type { Role } from '../../contract/index.js';
import { requireRole } from '../auth/require.js';

export interface RouteDef<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express path under /api, e.g. /nodes/:id */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: Q;
  body?: B;
  /** Names of path parameters, e.g. ['id']. */
  pathParams?: string[];
  response: z.ZodType;
  /** The HTTP status for a successful output; 200 when absent. */
  statusOf?: (output: unknown) => number;
  /**
   * A costly request (always, or for this query): it waits for a slot at the
   * heavy-request gate, and may be turned away with BUSY.
   */
  heavy?: boolean | ((query: z.output<Q>) => boolean);
  /** Error codes this route may answer with besides INVALID_INPUT/NEO4J_UNAVAILABLE/INTERNAL. */
  errors?: string[];
  /** The least role that may call it (a write); anyone may when absent. */
  role?: Role;
  handler: (input: {
    query: z.output<Q>;
    body: z.output<B>;
    params: Record<string, string>;
    req: Request;
    res: Response;
  }) => Promise<unknown>;
}

/** Keeps the generic types of a route while building the table. */
export function route<Q extends z.ZodType, B extends z.ZodType>(def: RouteDef<Q, B>): RouteDef {
  return def;
}

const isHeavy = (r: RouteDef, query: unknown): boolean =>
  typeof r.heavy === 'function' ? r.heavy(query) : (r.heavy ?? false);

/**
 * Writes an answer. A kept one (the same object as before: a per-load answer)
 * goes out with the ETag and gzip made the first time it was repeated, so a
 * conditional request gets 304 and the compression middleware, seeing the
 * Content-Encoding, leaves the bytes alone.
 */
function sendAnswer(
  req: Request,
  res: Response,
  status: number,
  schema: z.ZodType | undefined,
  output: unknown,
) {
  const text = answerBody(schema, output);
  const kept = status === 200 ? keptBytes(output) : undefined;
  res.status(status).type('application/json');
  if (!kept) {
    res.send(text);
    return;
  }
  res.set('ETag', kept.etag);
  res.vary('Accept-Encoding');
  if (kept.gzip && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.set('Content-Encoding', 'gzip');
    // express answers 304 itself when the request's If-None-Match matches the ETag.
    res.send(kept.gzip);
  } else res.send(text);
}

/**
 * Whether a route's answer is checked against its schema before it is sent.
 * A read's answer is built from records the adapter decoded and checked, so
 * in production it is written as it is (with `check` off); a write's, or an
 * account's, is always checked, so that nothing outside its contract (a
 * password's hash) can be sent.
 */
const checked = (r: RouteDef, check: boolean): boolean =>
  check || r.method !== 'get' || r.role !== undefined || r.tags.includes('accounts');

/** Mounts the table; heavy routes pass the gate first and hold their slot until the answer is written. */
export function mountRoutes(routes: RouteDef[], gate?: Gate, check = true): Router {
  const router = Router();
  for (const r of routes) {
    const schema = checked(r, check) ? r.response : undefined;
    // The role is checked before the body is parsed: a stranger learns nothing of its shape.
    const guard: RequestHandler[] = r.role ? [requireRole(r.role)] : [];
    router[r.method](r.path, ...guard, async (req, res) => {
      const query: unknown = r.query ? r.query.parse(req.query) : {};
      const body: unknown = r.body ? r.body.parse(req.body ?? {}) : undefined;
      const release = gate && isHeavy(r, query) ? await gate(req, res) : undefined;
      try {
        const output = await r.handler({
          query,
          body,
          params: req.params as Record<string, string>,
          req,
          res,
        });
        sendAnswer(req, res, r.statusOf?.(output) ?? 200, schema, output);
      } finally {
        release?.();
      }
    });
  }
  return router;
}
