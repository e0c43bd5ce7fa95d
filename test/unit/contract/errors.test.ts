import { describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../contract/index.js';

const body = (code: string) => ({ error: { code, message: 'm', requestId: '1' } });

describe('ErrorBody', () => {
  it('accepts a code of the vocabulary', () => {
    expect(ErrorBody.safeParse(body('QUERY_TIMEOUT')).success).toBe(true);
  });

  it('refuses a code outside the vocabulary, so a new server code cannot reach the client unnamed', () => {
    expect(ErrorBody.safeParse(body('SOMETHING_ELSE')).success).toBe(false);
  });
});
