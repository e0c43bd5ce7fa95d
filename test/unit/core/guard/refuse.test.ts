import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../../core/errors.js';
import { refuse } from '../../../../core/guard/refuse.js';

describe('refuse', () => {
  it('throws QUERY_REFUSED with the reason and what runs here', () => {
    let caught: unknown;
    try {
      refuse('writes are not allowed', { clause: 'CREATE' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CodedError);
    expect(caught).toMatchObject({
      code: 'QUERY_REFUSED',
      message: 'Refused: writes are not allowed. This endpoint runs read-only queries.',
      details: { reason: 'writes are not allowed', clause: 'CREATE' },
    });
  });
});
