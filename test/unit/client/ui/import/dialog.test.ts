// @vitest-environment happy-dom
// The import dialog over a hand-written import API: Read with no files says
// what to do, chosen files are read into a preview, Load waits for the
// confirmation and then reloads the page, progress is asked while the server
// works, a refusal is shown, and closing stops asking.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ImportLoaded,
  ImportPreview,
  ImportStatus,
  ImportUpload,
} from '../../../../../contract/index.js';
import { openImport } from '../../../../../client/src/ui/import/dialog.js';
import type { ImportApi } from '../../../../../client/src/ui/import/api.js';

const preview: ImportPreview = {
  token: 'staged-1',
  title: 'Corridor map',
  dataset: 'upload-corridor-map',
  nodes: 8,
  relationships: 4,
  labels: { Company: 8 },
  types: { SUPPLIES: 4 },
  mapping: [],
  problems: [],
  notes: [],
  replaces: { title: 'Rare earths', nodes: 300 },
};
const loaded: ImportLoaded = {
  dataset: 'upload-corridor-map',
  title: 'Corridor map',
  nodes: 8,
  relationships: 4,
  millis: 1200,
  checks: [],
  backup: 'backup-20261206',
};
const reading: ImportStatus = {
  phase: 'reading',
  file: 'nodes.csv',
  done: 25_000,
  total: null,
  unit: 'rows',
};

/** The import API as a list of calls; each answer is the test's to give. */
function fakeApi() {
  const calls: string[] = [];
  const uploads: ImportUpload[] = [];
  let answerPreview: () => Promise<ImportPreview> = () => Promise.resolve(preview);
  const api: ImportApi = {
    preview: (u) => (calls.push('preview'), uploads.push(u), answerPreview()),
    load: (token) => (calls.push(`load ${token}`), Promise.resolve(loaded)),
    restore: (b) => (calls.push(`restore ${b}`), Promise.resolve(loaded)),
    status: () => (calls.push('status'), Promise.resolve(reading)),
  };
  return {
    api,
    calls,
    uploads,
    previewWith: (f: () => Promise<ImportPreview>) => void (answerPreview = f),
  };
}

function open() {
  const fake = fakeApi();
  const reloads: number[] = [];
  const dialog = openImport({ api: fake.api, reload: () => reloads.push(1) });
  return { ...fake, dialog, reloads };
}

function read(dialog: HTMLDialogElement, files: File[]) {
  const input = dialog.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: files });
  dialog.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
}

const button = (d: HTMLElement, text: string) =>
  [...d.querySelectorAll('button')].find((b) => b.textContent === text);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('openImport', () => {
  it('says to choose files when Read is pressed with none, and asks nothing', () => {
    const { dialog, calls } = open();
    read(dialog, []);
    expect(dialog.querySelector('[role=alert]')?.textContent).toBe(
      'Choose one or more files first.',
    );
    expect(calls).toEqual([]);
  });

  it('uploads each chosen file by name and shows the preview it gets back', async () => {
    const { dialog, uploads } = open();
    read(dialog, [new File(['Id,Label\n1,A\n'], 'nodes.csv')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(uploads[0]?.files.map((f) => [f.name, atob(f.base64)])).toEqual([
      ['nodes.csv', 'Id,Label\n1,A\n'],
    ]);
    expect(dialog.textContent).toContain('Corridor map: 8 nodes, 4 links.');
  });

  it('loads only once the replacement is confirmed, then reloads the page', async () => {
    const { dialog, calls, reloads } = open();
    read(dialog, [new File(['x'], 'nodes.csv')]);
    await vi.advanceTimersByTimeAsync(0);
    button(dialog, 'Load it')!.click();
    expect(calls).not.toContain('load staged-1');
    const confirm = dialog.querySelector<HTMLInputElement>('input[name=confirm]')!;
    confirm.checked = true;
    confirm.dispatchEvent(new Event('change'));
    button(dialog, 'Load it')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toContain('load staged-1');
    expect(dialog.textContent).toContain('The previous graph is saved as backup-20261206.');
    expect(reloads).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(reloads).toEqual([1]);
  });

  it('shows the rows the server has read while it reads', async () => {
    const { dialog, previewWith } = open();
    previewWith(() => new Promise(() => undefined));
    read(dialog, [new File(['x'], 'nodes.csv')]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(dialog.querySelector('.import-progress')?.textContent).toBe(
      'nodes.csv: 25,000 rows read',
    );
  });

  it('shows a refused read and lets the person choose again', async () => {
    const { dialog, previewWith } = open();
    previewWith(() => Promise.reject(new Error('The file is not a sheet.')));
    read(dialog, [new File(['x'], 'notes.txt')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(dialog.querySelector('[role=alert]')?.textContent).toContain('not a sheet');
    expect(dialog.querySelector('form')).not.toBeNull();
  });

  it('stops asking for progress and leaves the page when closed', async () => {
    const { dialog, calls, previewWith } = open();
    previewWith(() => new Promise(() => undefined));
    read(dialog, [new File(['x'], 'nodes.csv')]);
    dialog.close();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls.filter((c) => c === 'status')).toEqual([]);
    expect(document.body.contains(dialog)).toBe(false);
  });
});
