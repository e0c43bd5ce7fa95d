import { z } from 'zod';

/** Every error code the API answers with; the server maps each to one HTTP status. */
export const ErrorCode = z
  .enum([
    'INVALID_INPUT',
    'CYPHER_SYNTAX_ERROR',
    'CYPHER_ERROR',
    'QUERY_TOO_LARGE',
    'NOT_FOUND',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'CONFLICT',
    'QUERY_REFUSED',
    'HOST_NOT_ALLOWED',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_ENCODING',
    'RATE_LIMITED',
    'BUSY',
    'QUERY_TIMEOUT',
    'QUERY_TERMINATED',
    'NEO4J_UNAVAILABLE',
    'INTERNAL',
  ])
  .meta({ id: 'ErrorCode', description: 'Stable machine-readable code, e.g. NOT_FOUND' });
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string().meta({ description: 'What went wrong and what to do, for a person' }),
      requestId: z.string().optional(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;
