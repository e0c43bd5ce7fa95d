// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EventChain } from '../../../../contract/index.js';
import { chainQuery, chainSummary } from '../../../../client/src/ui/chain.js';

describe('chainQuery', () => {
  it("falls back to the contract's default depth for a box left empty", () => {
    const direction = document.createElement('select');
    direction.append(Object.assign(document.createElement('option'), { value: 'causes' }));
    direction.value = 'causes';
    const depth = Object.assign(document.createElement('input'), { value: '' });
    expect(chainQuery({ direction, depth })).toEqual({ direction: 'causes', depth: 5 });
  });
});

describe('chainSummary', () => {
  it('counts causal and sequence links apart', () => {
    const link = (kind: 'causal' | 'sequence') => ({ kind }) as EventChain['links'][number];
    const c = { events: [{}, {}, {}], links: [link('causal'), link('sequence'), link('sequence')] };
    expect(chainSummary(c as unknown as EventChain)).toMatch(
      /^3 events by date, earliest first; 1 causal links .* and 2 sequence links/,
    );
  });
});
