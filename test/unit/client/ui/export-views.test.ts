// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { actionButton } from '../../../../client/src/ui/export-button.js';
import { savedViewsSection } from '../../../../client/src/ui/export-views.js';
import { fakeDataExplorer } from './fake-explorer.js';

const graph = {
  nodes: [{ id: 'a', labels: ['Country'], name: 'India', properties: {} }],
  edges: [],
};

describe('saved views in the export panel', () => {
  beforeEach(() => localStorage.clear());

  it('saves the view under the typed name and lists it', async () => {
    const f = fakeDataExplorer({ graph });
    const section = savedViewsSection(f.ctx, actionButton(f.ctx), () => undefined);
    document.body.replaceChildren(...section.elements);
    document.querySelector<HTMLInputElement>('[aria-label="View name"]')!.value = 'Mine';
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save view')?.click();
    await Promise.resolve();
    await Promise.resolve();
    expect(document.querySelector('ul')?.textContent).toContain('Mine');
    expect(f.notices.map((n) => n.text)).toContain('Saved “Mine”.');
  });

  it('says so when no view is saved yet', () => {
    const f = fakeDataExplorer({ graph });
    const section = savedViewsSection(f.ctx, actionButton(f.ctx), () => undefined);
    expect(section.elements[2]?.textContent).toBe('No saved views yet.');
  });
});
