import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CodedError } from '../../../../core/errors.js';
import { ApiError } from '../../../../server/errors.js';
import { toApiError } from '../../../../server/http/error-handler.js';

describe('toApiError', () => {
  it('keeps an ApiError as it is', () => {
    const error = new ApiError('NOT_FOUND', 'No node.');
    expect(toApiError(error)).toBe(error);
  });

  it("keeps the code of the core's errors", () => {
    expect(toApiError(new CodedError('QUERY_REFUSED', 'Refused.')).code).toBe('QUERY_REFUSED');
  });

  it('turns a zod error into INVALID_INPUT with one entry per problem', () => {
    const parsed = z.object({ limit: z.number() }).safeParse({ limit: 'x' });
    const error = toApiError(parsed.error);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual([{ path: ['limit'], message: expect.any(String) as unknown }]);
  });

  it("turns body-parser's too-large error into PAYLOAD_TOO_LARGE", () => {
    expect(toApiError({ status: 413, type: 'entity.too.large' }).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('turns a body that is not JSON into INVALID_INPUT', () => {
    expect(toApiError({ status: 400, type: 'entity.parse.failed' }).code).toBe('INVALID_INPUT');
  });

  it('turns an aborted body into INVALID_INPUT, not INTERNAL', () => {
    expect(toApiError({ status: 400, type: 'request.aborted' }).code).toBe('INVALID_INPUT');
  });

  it('turns a zlib failure on a body said to be gzip (a 400 with no type) into INVALID_INPUT', () => {
    const zlib = Object.assign(new Error('incorrect header check'), { status: 400 });
    expect(toApiError(zlib).code).toBe('INVALID_INPUT');
  });

  it("turns body-parser's unsupported encoding (415) into UNSUPPORTED_ENCODING", () => {
    expect(toApiError({ status: 415, type: 'encoding.unsupported' }).code).toBe(
      'UNSUPPORTED_ENCODING',
    );
  });

  it('turns a malformed % escape in the address into INVALID_INPUT', () => {
    expect(toApiError(new URIError('URI malformed')).code).toBe('INVALID_INPUT');
  });

  it('turns anything else into INTERNAL and keeps it as the cause for the log', () => {
    const cause = new TypeError('x is undefined');
    const error = toApiError(cause);
    expect([error.code, error.cause]).toEqual(['INTERNAL', cause]);
    expect(error.message).not.toContain('x is undefined');
  });
});
