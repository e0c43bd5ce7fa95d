import { describe, expect, it } from 'vitest';
import { cslItems } from '../../../../client/src/export/citations.js';
import {
  needsSupport,
  nothingCited,
  scopeSourceIds,
  selectedGraph,
} from '../../../../client/src/export/cite-scope.js';
import { sample } from '../fixtures/graph.js';
import { all } from './sources.js';

describe('the scope of a citation', () => {
  it('cites what the visible relationships cite for the visible scope', () => {
    expect([...scopeSourceIds({ kind: 'visible' }, sample, 'Source')].sort()).toEqual([
      's:1',
      's:2',
    ]);
  });

  it('cites only what the selected relationship cites for the selection scope', () => {
    const ids = scopeSourceIds({ kind: 'selection', selected: new Set(['e1']) }, sample, 'Source');
    expect([...ids]).toEqual(['s:1']);
  });

  it('cites exactly the one report for a source card, whatever the canvas shows', () => {
    const ids = scopeSourceIds({ kind: 'source', id: 's:9' }, sample, 'Source');
    expect([...ids]).toEqual(['s:9']);
  });

  it('gives one CSL item for a source card that names a known report', () => {
    const first = all[0];
    if (!first) throw new Error('the fixture has no sources');
    const items = cslItems(all, scopeSourceIds({ kind: 'source', id: first.id }, sample, 'Source'));
    expect(items).toHaveLength(1);
    expect(items[0]?.id).toBe(first.id);
  });

  it('asks which nodes sources support only for the graph scopes', () => {
    expect(needsSupport({ kind: 'visible' })).toBe(true);
    expect(needsSupport({ kind: 'selection', selected: new Set() })).toBe(true);
    expect(needsSupport({ kind: 'source', id: 's:1' })).toBe(false);
  });

  it('keeps only the selected nodes and relationships when cutting the graph', () => {
    const cut = selectedGraph(sample, new Set(['a:1', 'e2']));
    expect(cut.nodes.map((n) => n.id)).toEqual(['a:1']);
    expect(cut.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('says which scope cited nothing', () => {
    expect(nothingCited({ kind: 'selection', selected: new Set() })).toMatch(/the selection/);
    expect(nothingCited({ kind: 'visible' })).toMatch(/in view/);
    expect(nothingCited({ kind: 'source', id: 'x' })).toMatch(/not in the source list/);
  });
});
