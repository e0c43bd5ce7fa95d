// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  draftGraph,
  draftNodeDetails,
  isDraft,
} from '../../../../../client/src/ui/curation/draft-layer.js';
import { nodeData, edgeData } from '../../../../../client/src/graph/elements.js';
import { draft, linkDraft } from './fixtures.js';

const onCanvas = (id: string) => id === 'place:kakinada';

describe('drafts drawn on the canvas', () => {
  it('draws a drafted node and a drafted link between drawn or drafted ends, each marked', () => {
    const g = draftGraph([draft(), linkDraft], onCanvas);
    expect(g.nodes.map((n) => n.id)).toEqual(['company:harbour-board']);
    expect(g.edges.map((e) => e.id)).toEqual(['company:harbour-board|LOCATED_IN|place:kakinada']);
    expect(g.nodes.every((n) => isDraft(n.properties))).toBe(true);
    expect(g.edges[0]?.properties['_draft']).toBe('d2');
  });

  it('leaves out a drafted link whose end is neither drawn nor drafted', () => {
    expect(draftGraph([linkDraft], () => false).edges).toEqual([]);
  });

  it('gives the canvas the draft flag its stylesheet dashes', () => {
    const g = draftGraph([draft(), linkDraft], onCanvas);
    const n = g.nodes[0];
    const e = g.edges[0];
    if (!n || !e) throw new Error('nothing drafted');
    expect(nodeData(n)['draft']).toBe(true);
    expect(edgeData(e)['draft']).toBe(true);
    expect(nodeData({ ...n, properties: {} })['draft']).toBeUndefined();
  });

  it('marks a drafted node "Draft" in details, saying it is not yet published', () => {
    const n = draftGraph([draft()], onCanvas).nodes[0];
    if (!n) throw new Error('nothing drafted');
    const els = draftNodeDetails(n);
    expect(els[0]?.querySelector('.draft-chip')?.textContent).toBe('Draft');
    expect(els.map((e) => e.textContent).join(' ')).toContain('Not yet published');
  });
});
