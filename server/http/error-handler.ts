import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import type { ErrorBody } from '../../contract/index.js';
import { CodedError } from '../../core/errors.js';
import { ApiError } from '../errors.js';
import { fromNeo4jError } from '../neo4j/errors.js';

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
  const status = (error as { status?: unknown; type?: unknown }).status;
  const type = (error as { type?: unknown }).type;
  if (status === 413 || type === 'entity.too.large') {
    return new ApiError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  }
  if (type === 'entity.parse.failed') {
    return new ApiError('INVALID_INPUT', 'The request body is not valid JSON.');
  }
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

/** The one place where errors become HTTP responses. Stack traces stay in the log. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const apiError = toApiError(error);
  const requestId = typeof req.id === 'string' || typeof req.id === 'number' ? String(req.id) : '';
  if (apiError.code === 'INTERNAL') {
    req.log.error({ err: error }, 'unhandled error');
  } else {
    req.log.warn({ code: apiError.code, err: apiError.cause ?? undefined }, apiError.message);
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
