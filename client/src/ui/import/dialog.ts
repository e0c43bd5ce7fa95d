// The import dialog, for admins: choose files, read them on the server (a
// preview, nothing loaded), confirm that the graph is replaced, load. After
// a load the page reloads to show the new dataset under its title.
import { errorText, h } from '../dom.js';
import { fileToUpload, importApi, type ImportApi } from './api.js';
import { importBody, initialImportState, type ImportActions, type ImportState } from './view.js';
import './import.css';

export interface ImportDeps {
  api: ImportApi;
  /** Shows the new graph: the page reloads (a test passes its own). */
  reload: () => void;
}

const POLL_MS = 1_000;

const defaults: ImportDeps = {
  api: importApi,
  // The bare page, not the address as it is: the view kept in it (a selection) names nodes the new graph lacks.
  reload: () => window.location.assign(window.location.pathname),
};

export function openImport(deps: ImportDeps = defaults): HTMLDialogElement {
  let state: ImportState = initialImportState();
  const body = h('div');
  const dialog = h(
    'dialog',
    { class: 'import-dialog curation-dialog', 'aria-label': 'Import a dataset' },
    h('h2', { text: 'Import a dataset' }),
    body,
    h('button', { type: 'button', text: 'Close', onclick: () => dialog.close() }),
  );
  const set = (next: Partial<ImportState>) => {
    state = { ...state, ...next };
    body.replaceChildren(importBody(state, actions));
  };
  const fail = (e: unknown, phase: ImportState['phase']) => set({ phase, error: errorText(e) });
  // While the server reads or loads, its progress is asked once a second (one request at a time).
  let polling: ReturnType<typeof setTimeout> | undefined;
  const poll = () => {
    if (state.phase !== 'reading' && state.phase !== 'loading') return;
    deps.api.status().then(
      (progress) => {
        if (state.phase === 'reading' || state.phase === 'loading') set({ progress });
        polling = setTimeout(poll, POLL_MS);
      },
      () => undefined,
    );
  };
  const busy = (phase: 'reading' | 'loading') => {
    set({ phase, error: null, progress: null });
    clearTimeout(polling);
    polling = setTimeout(poll, POLL_MS);
  };
  const loaded = (l: ImportState['loaded']) => {
    set({ phase: 'loaded', loaded: l, error: null });
    // A moment to read the outcome; the reload then shows the dataset's title.
    setTimeout(deps.reload, 1_500);
  };
  const actions: ImportActions = {
    read(files, title) {
      if (files.length === 0) return set({ error: 'Choose one or more files first.' });
      set({ preview: null, confirmed: false });
      busy('reading');
      Promise.all(files.map(fileToUpload))
        .then((uploads) => deps.api.preview({ files: uploads, ...(title ? { title } : {}) }))
        .then(
          (preview) => set({ phase: 'preview', preview }),
          (e: unknown) => fail(e, 'choose'),
        );
    },
    confirm: (on) => set({ confirmed: on }),
    load() {
      const token = state.preview?.token;
      if (!token || !state.confirmed) return;
      busy('loading');
      deps.api.load(token).then(loaded, (e: unknown) => fail(e, 'preview'));
    },
    restore(backup) {
      busy('loading');
      deps.api.restore(backup).then(loaded, (e: unknown) => fail(e, 'loaded'));
    },
    close: () => dialog.close(),
  };
  set({});
  dialog.addEventListener('close', () => {
    clearTimeout(polling);
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
