// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { actionButton } from '../../../../client/src/ui/export-button.js';
import { setupExport } from '../../../../client/src/ui/export.js';
import { fakeDataExplorer } from './fake-explorer.js';

const graph = {
  nodes: [{ id: 'a', labels: ['Country'], name: 'India', properties: {} }],
  edges: [],
};

describe('the export panel', () => {
  it('offers the picture, the data files, the offline page, citations and saved views', () => {
    const panel = document.createElement('div');
    setupExport(panel, fakeDataExplorer({ graph }).ctx, () => undefined);
    const buttons = [...panel.querySelectorAll('button')].map((b) => b.textContent);
    for (const name of ['PNG', 'SVG', 'Nodes CSV', 'GraphML', 'Interactive HTML', 'Save view'])
      expect(buttons).toContain(name);
    expect([...panel.querySelectorAll('h2')].map((x) => x.textContent)).toEqual([
      'Export the visible graph',
      'Saved views',
    ]);
  });

  it('tells a failed action as a notice instead of losing it', async () => {
    const f = fakeDataExplorer({ graph });
    actionButton(f.ctx)('Break', () => {
      throw new Error('the disk is full');
    }).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(f.notices).toEqual([{ text: 'the disk is full', kind: 'error' }]);
  });
});
