import { describe, expect, it } from 'vitest';
import { floorReport } from '../../../../bench/floor/leaf.js';

const run = { at: '2026-12-07T02:30', load: '1.0', rounds: 10, path: '/x', queries: 1, bytes: 9 };

describe("the leaf floor's report", () => {
  it("gives the API's own cost as its p50 minus the handler's, within the target at 0.5 ms", () => {
    const text = floorReport({ handler: { p50: 2, p99: 9 }, api: { p50: 2.5, p99: 9 } }, run);
    expect(text).toContain(
      "The API's own cost (its p50 minus the handler's): 0.500 ms (1.25×), within",
    );
  });

  it('says by how much the API is over the target', () => {
    const text = floorReport({ handler: { p50: 2, p99: 9 }, api: { p50: 2.8, p99: 9 } }, run);
    expect(text).toContain('over the 0.5 ms target by 0.30 ms');
  });
});
