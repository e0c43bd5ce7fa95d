import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import type { ErrorBody } from '../../contract/index.js';
import { CodedError } from '../../core/errors.js';
import { ApiError } from '../errors.js';
import { fromNeo4jError } from '../neo4j/errors.js';
import { clip } from './event-log.js';
import { noteRequestEvent } from './logger.js';

/** Turns anything thrown into an ApiError; unknown errors become INTERNAL. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // The core's errors (the query guard's) carry a code already.
  if (error instanceof CodedError) return new ApiError(error.code, error.message, error.details);
  if (error instanceof z.ZodError) {
    return new ApiError(
      'INVALID_INPUT',
      'The request is not valid: see details for each problem.',
      error.issues.map((i) => ({ path: i.path, message: i.message })),
    );
  }
  const mapped = fromNeo4jError(error, 'app');
  if (mapped instanceof ApiError) return mapped;
  const fromBodyParser = bodyParserError(error);
  if (fromBodyParser) return fromBodyParser;
  if (error instanceof URIError) {
    return new ApiError(
      'INVALID_INPUT',
      'The address is not valid: a % must start an escape such as %20. Check the link.',
    );
  }
  return new ApiError(
    'INTERNAL',
    'Something went wrong on the server. The request id helps find it in the log.',
    undefined,
    {
      cause: error,
    },
  );
}

/** Messages for body-parser's errors (http-errors with a status and a type), by type. */
const BODY_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'request.aborted': 'The request body ended before it was complete.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
  'charset.unsupported': 'The request body must be UTF-8 JSON.',
  'encoding.unsupported': 'The request body is in an encoding the server does not read.',
};
const UNREADABLE = 'The request body could not be read (is it gzip as it says?).';

/**
 * body-parser's errors (and any other http-errors 4xx): client mistakes,
 * never a 500, whatever library step raised them (a gzip body that is not
 * gzip fails in zlib and comes with a status but no type).
 */
function bodyParserError(error: unknown): ApiError | undefined {
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (status === 413 || type === 'entity.too.large')
    return new ApiError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  const known = typeof type === 'string' ? BODY_MESSAGES[type] : undefined;
  if (status === 415) return new ApiError('UNSUPPORTED_ENCODING', known ?? UNREADABLE);
  return new ApiError('INVALID_INPUT', known ?? UNREADABLE);
}

/** Codes that say the service is short of something; the rest are a client's mistakes. */
const CAPACITY_CODES = new Set([
  'BUSY',
  'RATE_LIMITED',
  'NEO4J_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'QUERY_TERMINATED',
]);

/** The one place where errors become HTTP responses. Stack traces stay in the log. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const apiError = toApiError(error);
  const requestId = typeof req.id === 'string' || typeof req.id === 'number' ? String(req.id) : '';
  if (apiError.code === 'INTERNAL') {
    req.log.error({ err: error }, 'unhandled error');
  } else {
    // One short line, no stack: a client can repeat these at will (see event-log.ts).
    const cause = apiError.cause instanceof Error ? apiError.cause.message : undefined;
    noteRequestEvent(
      req,
      res,
      apiError.code,
      CAPACITY_CODES.has(apiError.code) ? 'warn' : 'info',
      { code: apiError.code, status: apiError.status, ...(cause ? { cause: clip(cause) } : {}) },
      apiError.message,
    );
  }
  const body: ErrorBody = {
    error: {
      code: apiError.code,
      message: apiError.message,
      requestId,
      ...(apiError.details === undefined ? {} : { details: apiError.details }),
    },
  };
  // BUSY and the like say when to come back, in the header clients and proxies read.
  const retryAfter = (apiError.details as { retryAfterSeconds?: unknown } | undefined)
    ?.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  res.status(apiError.status).json(body);
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(
    new ApiError(
      'NOT_FOUND',
      `No API endpoint ${req.method} ${req.originalUrl.split('?')[0]}. See /api/openapi.json.`,
    ),
  );
};
