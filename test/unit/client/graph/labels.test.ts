import { describe, expect, it } from 'vitest';
import { pickLabels, type LabelCandidate } from '../../../../client/src/graph/labels.js';

const m = { fontSize: 12, maxWidth: 150 };
const node = (id: string, x: number, y: number, rank: number): LabelCandidate => ({
  id,
  x,
  y,
  radius: 13,
  text: 'A twenty-char label.',
  rank,
});

describe('pickLabels', () => {
  it('keeps the higher-ranked of two labels that would overlap', () => {
    const picked = pickLabels([node('low', 0, 0, 1), node('high', 20, 4, 9)], m);
    expect([...picked]).toEqual(['high']);
  });

  it('keeps every label when none overlaps', () => {
    const picked = pickLabels([node('a', 0, 0, 1), node('b', 400, 0, 1), node('c', 0, 300, 1)], m);
    expect(picked.size).toBe(3);
  });

  it('leaves out a label that would cover another node', () => {
    const picked = pickLabels([node('a', 0, 0, 9), node('under', 0, 30, 1)], m);
    expect(picked.has('a')).toBe(false);
  });

  it('draws nothing for an empty label', () => {
    expect(pickLabels([{ ...node('a', 0, 0, 1), text: '' }], m).size).toBe(0);
  });
});
