import { describe, expect, it } from 'vitest';
import { checksPassed, formatChecks, type CheckResult } from '../../../../server/loader/checks.js';

const failed = (over: Partial<CheckResult>): CheckResult => ({
  name: 'node-has-id-and-name',
  description: 'every node has a string id and a name',
  severity: 'error',
  passed: false,
  offenders: ['a', 'b', 'c'],
  offenderCount: 171,
  ...over,
});

describe('formatChecks', () => {
  it('summarises a failing check in one line: the count and three examples', () => {
    const text = formatChecks([failed({})]);
    expect(text).toBe('  ✖ every node has a string id and a name: 171 failing, e.g. a, b, c, …');
  });

  it('marks a failed warning apart from a failed error', () => {
    expect(formatChecks([failed({ severity: 'warning' })])).toMatch(/^ {2}⚠ /);
  });
});

describe('checksPassed', () => {
  it('lets warnings through and stops on errors', () => {
    expect(checksPassed([failed({ severity: 'warning' })])).toBe(true);
    expect(checksPassed([failed({ severity: 'error' })])).toBe(false);
  });
});
