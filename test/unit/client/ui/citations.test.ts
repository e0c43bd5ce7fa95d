// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import type * as Citations from '../../../../client/src/ui/citations.js';
import { h } from '../../../../client/src/ui/dom.js';
import { dated, inferred } from '../export/sources.js';
import { fakeDataExplorer, settle } from './fake-explorer.js';

const graph: Graph = { nodes: [], edges: [] };
// ui/shared.ts fetches the source list once per page and keeps it at module
// level: a fresh copy of the modules here, so another file's list is not read,
// and every test here gives the same list.
let citations: typeof Citations;
beforeAll(async () => {
  vi.resetModules();
  citations = await import('../../../../client/src/ui/citations.js');
});
const reports = { sources: [dated, inferred], supported: { [dated.id]: [], [inferred.id]: [] } };
const btn = (text: string, fn: () => void | Promise<void>) =>
  h('button', { type: 'button', text, onclick: () => void fn() });

/** Waits until the text box no longer says it is collecting (citation-js loads on first use). */
async function formatted(box: HTMLTextAreaElement): Promise<string> {
  for (let i = 0; i < 200 && (box.value === '' || box.value.startsWith('Collecting')); i++)
    await new Promise((r) => setTimeout(r, 10));
  return box.value;
}

describe("a source card's Cite", () => {
  it('builds nothing until it is opened', () => {
    const el = citations.citeOneSource(fakeDataExplorer({ graph, ...reports }).ctx, dated.id);
    expect(el.querySelector('textarea')).toBeNull();
  });

  it('once opened, cites that one report and no other', async () => {
    const f = fakeDataExplorer({ graph, ...reports });
    const el = citations.citeOneSource(f.ctx, dated.id) as HTMLDetailsElement;
    document.body.replaceChildren(el);
    el.open = true;
    el.dispatchEvent(new Event('toggle'));
    const text = await formatted(el.querySelector('textarea')!);
    expect(text).toContain('Ministry confirms licences for magnet imports');
    expect(text).not.toContain('Exports resume after talks');
  });
});

describe("the export panel's citations", () => {
  it('says the selection cites nothing when nothing is selected', async () => {
    const f = fakeDataExplorer({ graph, ...reports });
    const host = h('div', {}, ...citations.citationControls(f.ctx, btn, () => 'today'));
    document.body.replaceChildren(host);
    host.querySelector<HTMLSelectElement>('select[aria-label="Cite"]')!.value = 'selection';
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'List sources')!.click();
    await settle();
    expect(await formatted(host.querySelector('textarea')!)).toBe(
      'Nothing in the selection cites a source.',
    );
  });
});
