// @vitest-environment happy-dom
// The import dialog's view as a function of its state: the preview's
// counts and mapping, problems at their place, the confirmation gate, the
// outcome with its backup.
import { describe, expect, it, vi } from 'vitest';
import type { ImportLoaded, ImportPreview } from '../../../../../contract/index.js';
import {
  importBody,
  initialImportState,
  type ImportActions,
  type ImportState,
} from '../../../../../client/src/ui/import/view.js';

const preview: ImportPreview = {
  token: 'abc',
  title: 'Corridor map',
  dataset: 'upload-corridor-map',
  nodes: 8,
  relationships: 4,
  labels: { Company: 2, Source: 2 },
  types: { SUPPLIES: 1 },
  mapping: [
    {
      file: 'elements.csv',
      sheet: null,
      role: 'nodes',
      rows: 6,
      columns: { name: 'Label', type: 'Type', date: 'Date' },
      properties: ['Description'],
    },
  ],
  problems: [],
  notes: [],
  replaces: { title: 'Rare earths', nodes: 300 },
};

const actions = (): ImportActions => ({
  read: vi.fn(),
  confirm: vi.fn(),
  load: vi.fn(),
  restore: vi.fn(),
  close: vi.fn(),
});

const render = (state: Partial<ImportState>, a = actions()) =>
  importBody({ ...initialImportState(), ...state }, a);

const loadButton = (el: HTMLElement) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent === 'Load it');

describe('the import dialog', () => {
  it('shows counts, kinds and the columns it took, and says what is replaced', () => {
    const text = render({ phase: 'preview', preview }).textContent ?? '';
    expect(text).toContain('Corridor map: 8 nodes, 4 links.');
    expect(text).toContain('Kinds: Company 2, Source 2.');
    expect(text).toContain('name ← "Label"; type ← "Type"; date ← "Date"');
    expect(text).toContain('replaces the graph now shown, "Rare earths" (300 nodes)');
  });

  it('keeps Load it disabled until the replacement is confirmed', () => {
    expect(loadButton(render({ phase: 'preview', preview }))?.disabled).toBe(true);
    const a = actions();
    const el = render({ phase: 'preview', preview, confirmed: true }, a);
    const button = loadButton(el);
    expect(button?.disabled).toBe(false);
    button?.click();
    expect(a.load).toHaveBeenCalledOnce();
  });

  it('lists each problem with its place and offers no load', () => {
    const bad: ImportPreview = {
      ...preview,
      token: null,
      problems: [
        {
          place: 'edges.csv, row 2, column "To"',
          file: 'edges.csv',
          sheet: null,
          row: 2,
          column: 'To',
          line: null,
          element: null,
          message: 'no node has the id or label "Nowhere"',
          fix: 'add it to the nodes sheet or correct the name',
        },
      ],
    };
    const el = render({ phase: 'preview', preview: bad });
    expect(el.querySelector('.import-problems li')?.textContent).toBe(
      'edges.csv, row 2, column "To": no node has the id or label "Nowhere"; add it to the nodes sheet or correct the name.',
    );
    expect(loadButton(el)).toBeUndefined();
  });

  it('after a load names the backup and restores it on request', () => {
    const loaded: ImportLoaded = {
      dataset: 'upload-corridor-map',
      title: 'Corridor map',
      nodes: 8,
      relationships: 4,
      millis: 1200,
      checks: [{ name: 'unique-ids', description: 'no two nodes share an id', passed: true }],
      backup: 'backup-20261206T165000-abcd',
    };
    const a = actions();
    const el = render({ phase: 'loaded', loaded }, a);
    expect(el.textContent).toContain('Loaded "Corridor map": 8 nodes, 4 links in 1.2 s.');
    expect(el.textContent).toContain('saved as backup-20261206T165000-abcd');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Restore'))?.click();
    expect(a.restore).toHaveBeenCalledWith('backup-20261206T165000-abcd');
  });

  it('hands the chosen title to read', () => {
    const a = actions();
    const el = render({}, a);
    (el.querySelector('input[name="title"]') as HTMLInputElement).value = ' My map ';
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(a.read).toHaveBeenCalledWith([], 'My map');
  });

  it("shows the server's progress while it reads and while it loads", () => {
    const reading = render({
      phase: 'reading',
      progress: { phase: 'reading', file: 'nodes.csv', done: 50_000, total: null, unit: 'rows' },
    });
    expect(reading.querySelector('.import-progress')?.textContent).toBe(
      'nodes.csv: 50,000 rows read',
    );
    const graph = render({
      phase: 'reading',
      progress: { phase: 'reading', file: 'ships.gexf', done: 420, total: null, unit: 'elements' },
    });
    expect(graph.querySelector('.import-progress')?.textContent).toBe(
      'ships.gexf: 420 elements read',
    );
    const loading = render({
      phase: 'loading',
      progress: { phase: 'loading', file: null, done: 120, total: 807, unit: 'statements' },
    });
    expect(loading.querySelector('.import-progress')?.textContent).toBe(
      'Loading: 120 of 807 statements',
    );
    expect(render({ phase: 'loading' }).querySelector('.import-progress')).toBeNull();
  });
});
