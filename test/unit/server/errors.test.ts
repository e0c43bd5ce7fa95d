import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../contract/index.js';
import {
  ApiError,
  StartupError,
  formatStartupError,
  httpStatusByCode,
} from '../../../server/errors.js';

describe('server errors', () => {
  it('gives every code of the contract an HTTP status', () => {
    expect(Object.keys(httpStatusByCode).sort()).toEqual([...ErrorCode.options].sort());
  });

  it('answers 500 only for INTERNAL: every other code is the user’s or the service’s state', () => {
    const fiveHundreds = Object.entries(httpStatusByCode).filter(([, s]) => s === 500);
    expect(fiveHundreds.map(([code]) => code)).toEqual(['INTERNAL']);
  });

  it('takes an ApiError’s status from the table', () => {
    expect(new ApiError('BUSY', 'full').status).toBe(503);
  });

  it('prints a start-up error as message, hint and code without a stack trace', () => {
    const text = formatStartupError(
      new StartupError('PORT_TAKEN', 'Port 3000 is taken.', 'Set PORT.'),
    );
    expect(text).toBe('\n✖ Port 3000 is taken.\n  → Set PORT.\n  (PORT_TAKEN)\n');
  });

  it('prints an unexpected error with what to do and no stack trace', () => {
    const text = formatStartupError(new Error('boom'));
    expect(text).not.toMatch(/\n\s+at /);
    expect(text).toContain('LOG_LEVEL=debug');
  });
});
