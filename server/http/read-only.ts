/**
 * An existing Neo4j opened without SEED_ON_START is only read: the start-up
 * banner promises that nothing is written to it. Signing in, adding reports
 * and curating all write (sessions, drafts, history), so in that mode they
 * are refused before they reach a route, with what to do instead.
 */
import type { RequestHandler } from 'express';
import { ApiError } from '../errors.js';

/** POST routes that only read: an analyst's query and a report's preview. */
const READING_POSTS = new Set(['/query', '/reports/preview']);

export function readOnlyGuard(uri: string): RequestHandler {
  return (req, _res, next) => {
    const reads = ['GET', 'HEAD', 'OPTIONS'].includes(req.method) || READING_POSTS.has(req.path);
    if (reads) {
      next();
      return;
    }
    next(
      new ApiError(
        'FORBIDDEN',
        `This explorer opened the existing Neo4j at ${uri} read-only, so signing in, adding reports and curating are off. ` +
          'Start it with SEED_ON_START=true (or with its own Neo4j: leave NEO4J_URI unset) to write.',
      ),
    );
  };
}
