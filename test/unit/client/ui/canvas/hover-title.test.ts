import { describe, expect, it } from 'vitest';
import { nodeData } from '../../../../../client/src/graph/elements.js';
import { hoverTitle } from '../../../../../client/src/ui/canvas/events.js';

const node = (name: string, aliases: string[] = []) =>
  nodeData({ id: 'x', labels: ['Organization'], name, properties: { aliases } });

describe('hoverTitle', () => {
  it("gives a shortened node's full name", () => {
    const name = 'Ministry of External Affairs (India)';
    expect(hoverTitle(node(name, ['MEA']))).toBe(name);
  });

  it('says nothing for a node drawn with its whole name', () => {
    expect(hoverTitle(node('India'))).toBeUndefined();
  });
});
