import { describe, expect, it } from 'vitest';
import { CHICAGO_TEMPLATE, chicagoCsl } from '../../../../client/src/export/chicago.js';

describe('the Chicago template', () => {
  it('is identified by the explorer, naming no dataset (the client knows none)', () => {
    expect(chicagoCsl).toContain(`<id>graph-explorer/${CHICAGO_TEMPLATE}</id>`);
    expect(chicagoCsl).not.toMatch(/rare|india|china|magnet/i);
  });
});
