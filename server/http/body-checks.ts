/**
 * Checks on a request body before any route sees it: an encoding the server
 * reads, and a nesting depth that no later step (the routes' schemas, the
 * analyst's worker thread) can choke on.
 */
import type { RequestHandler } from 'express';
import { nestedDeeperThan } from '../../core/http/json-depth.js';
import { ApiError } from '../errors.js';

/**
 * Content-Encodings a body may come in. gzip only besides none: the API's
 * bodies are small JSON, and each decoder accepted is one more way for a
 * malformed body to fail deep inside a library.
 */
export const ACCEPTED_ENCODINGS = ['identity', 'gzip'] as const;

/** Far deeper than any request needs (analyst parameters stop at 16), far shallower than a stack. */
export const MAX_BODY_DEPTH = 64;

export function acceptedEncodingsOnly(): RequestHandler {
  const accepted = new Set<string>(ACCEPTED_ENCODINGS);
  return (req, _res, next) => {
    const header = req.headers['content-encoding'];
    const encoding = (header ?? 'identity').trim().toLowerCase();
    if (accepted.has(encoding)) {
      next();
      return;
    }
    next(
      new ApiError(
        'UNSUPPORTED_ENCODING',
        `The request body's Content-Encoding "${encoding.slice(0, 40)}" is not accepted. Send it as is, or with Content-Encoding: gzip.`,
        { accepted: [...ACCEPTED_ENCODINGS] },
      ),
    );
  };
}

export function bodyDepthLimit(max = MAX_BODY_DEPTH): RequestHandler {
  return (req, _res, next) => {
    if (nestedDeeperThan(req.body, max)) {
      next(
        new ApiError(
          'INVALID_INPUT',
          `The request body nests arrays or objects more than ${max} levels deep.`,
        ),
      );
      return;
    }
    next();
  };
}
