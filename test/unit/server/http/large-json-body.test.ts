import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../server/errors.js';
import { largeJsonBody } from '../../../../server/http/large-json-body.js';

const [, tooLarge] = largeJsonBody(10, 'Too big: use the command line.');

/** What the handler passes on for an error. */
function passed(error: unknown): unknown {
  let out: unknown = 'nothing';
  tooLarge(error, {} as never, {} as never, (e?: unknown) => {
    out = e;
  });
  return out;
}

describe('largeJsonBody', () => {
  it("turns the parser's too-large error into a 413 with the route's own message", () => {
    const out = passed({ status: 413, type: 'entity.too.large' });
    expect(out).toBeInstanceOf(ApiError);
    expect(out).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Too big: use the command line.',
    });
  });

  it('passes any other error on as it is', () => {
    const other = { status: 400, type: 'entity.parse.failed' };
    expect(passed(other)).toBe(other);
  });
});
