// The import dialog as functions of its state: what was chosen, the
// server's preview (counts, the mapping it guessed, problems at their
// place), the confirmation that the graph is replaced, and the outcome.
// No request is made here; dialog.ts holds the state and the requests.
import type { ImportLoaded, ImportPreview, ImportStatus } from '../../../../contract/index.js';
import { h } from '../dom.js';

export type ImportPhase = 'choose' | 'reading' | 'preview' | 'loading' | 'loaded';

export interface ImportState {
  phase: ImportPhase;
  preview: ImportPreview | null;
  loaded: ImportLoaded | null;
  /** The replacement is confirmed (the checkbox). */
  confirmed: boolean;
  error: string | null;
  /** The server's progress while reading or loading (polled), or null. */
  progress: ImportStatus | null;
}

export const initialImportState = (): ImportState => ({
  phase: 'choose',
  preview: null,
  loaded: null,
  confirmed: false,
  error: null,
  progress: null,
});

export interface ImportActions {
  read: (files: File[], title: string) => void;
  confirm: (on: boolean) => void;
  load: () => void;
  restore: (backup: string) => void;
  close: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const tally = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

export function chooser(state: ImportState, actions: ImportActions): HTMLFormElement {
  const files = h('input', {
    type: 'file',
    name: 'files',
    multiple: true,
    accept: '.csv,.tsv,.xlsx,.graphml,.gexf,.jsonl,.json,.ijson',
  });
  const title = h('input', { name: 'title', maxlength: 120, placeholder: 'From the file name' });
  const form = h(
    'form',
    { 'aria-label': 'Choose the files' },
    h('label', {}, 'Files', files),
    h(
      'p',
      { class: 'muted' },
      'An .xlsx workbook, a nodes and an edges sheet (.csv or .tsv), GraphML, GEXF or FollowTheMoney (.jsonl, .ftm.json); an ontology.json may come with them.',
    ),
    h('label', {}, 'Title', title),
    h('button', { type: 'submit', text: 'Read the files', disabled: state.phase === 'reading' }),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    actions.read([...(files.files ?? [])], title.value.trim());
  });
  return form;
}

function mappingList(preview: ImportPreview): HTMLElement {
  return h(
    'ul',
    { class: 'import-mapping', 'aria-label': 'Columns taken' },
    preview.mapping.map((m) =>
      h(
        'li',
        {},
        h('strong', { text: `${m.file}${m.sheet ? `, sheet "${m.sheet}"` : ''}` }),
        ` — ${m.role}, ${plural(m.rows, 'row')}: `,
        Object.entries(m.columns)
          .map(([part, column]) => `${part} ← "${column}"`)
          .join('; '),
        m.properties.length ? `; properties: ${m.properties.join(', ')}` : '',
      ),
    ),
  );
}

function problemList(preview: ImportPreview): HTMLElement {
  return h(
    'ul',
    { class: 'import-problems', 'aria-label': 'Problems' },
    preview.problems.map((p) =>
      h('li', {}, h('strong', { text: p.place }), `: ${p.message}; ${p.fix}.`),
    ),
  );
}

export function previewBlock(state: ImportState, actions: ImportActions): HTMLElement | null {
  const p = state.preview;
  if (!p) return null;
  if (p.problems.length > 0) {
    return h(
      'section',
      { class: 'import-preview', 'aria-label': 'Preview' },
      h('p', { role: 'alert', text: 'These files cannot be loaded as they are:' }),
      problemList(p),
      h('p', { class: 'muted', text: 'The graph was not changed. Correct them and read again.' }),
    );
  }
  const confirm = h('input', { type: 'checkbox', name: 'confirm', checked: state.confirmed });
  confirm.addEventListener('change', () => actions.confirm(confirm.checked));
  return h(
    'section',
    { class: 'import-preview', 'aria-label': 'Preview' },
    h(
      'p',
      {},
      h('strong', { text: p.title }),
      `: ${plural(p.nodes, 'node')}, ${plural(p.relationships, 'link')}.`,
    ),
    h('p', {
      class: 'muted',
      text: `Kinds: ${tally(p.labels) || 'none'}. Links: ${tally(p.types) || 'none'}.`,
    }),
    p.mapping.length ? mappingList(p) : null,
    p.notes.map((n) => h('p', { class: 'muted', text: n })),
    h(
      'p',
      { class: 'import-warning' },
      `Loading replaces the graph now shown, "${p.replaces.title}" (${plural(p.replaces.nodes, 'node')}), for everyone. It is saved first as Cypher, and can be restored from here or with npm run seed.`,
    ),
    h('label', {}, confirm, ' Replace the graph with this data'),
    h('button', {
      type: 'button',
      text: 'Load it',
      disabled: !state.confirmed || state.phase === 'loading',
      onclick: () => actions.load(),
    }),
  );
}

export function loadedBlock(state: ImportState, actions: ImportActions): HTMLElement | null {
  const l = state.loaded;
  if (!l) return null;
  const failed = l.checks.filter((c) => !c.passed);
  return h(
    'section',
    { class: 'import-loaded', 'aria-label': 'Loaded' },
    h('p', {
      role: 'status',
      text: `Loaded "${l.title}": ${plural(l.nodes, 'node')}, ${plural(l.relationships, 'link')} in ${(l.millis / 1000).toFixed(1)} s. The explorer reloads to show it.`,
    }),
    failed.length
      ? h('p', {
          class: 'import-warning',
          text: `Checks that found problems: ${failed.map((c) => c.description).join('; ')}.`,
        })
      : h('p', { class: 'muted', text: 'Every integrity check passed.' }),
    h('p', { class: 'muted', text: `The previous graph is saved as ${l.backup}.` }),
    h('button', {
      type: 'button',
      text: 'Restore the previous graph',
      onclick: () => actions.restore(l.backup),
    }),
  );
}

const PHASE_TEXT: Partial<Record<ImportPhase, string>> = {
  reading: 'Reading the files…',
  loading: 'Saving the graph and loading the new data…',
};

const count = (n: number) => n.toLocaleString('en');

/** "nodes.csv: 50,000 rows read" or "Loading: 120 of 807 statements", or null while idle. */
export function progressText(p: ImportStatus | null): string | null {
  if (!p || p.phase === 'idle') return null;
  if (p.phase === 'reading') return `${p.file ?? 'The files'}: ${count(p.done)} ${p.unit} read`;
  return `Loading: ${count(p.done)} of ${count(p.total ?? p.done)} statements`;
}

/** The dialog's body for this state. */
export function importBody(state: ImportState, actions: ImportActions): HTMLElement {
  const busy = PHASE_TEXT[state.phase];
  return h(
    'div',
    { class: 'import-body' },
    state.phase === 'loaded' ? null : chooser(state, actions),
    busy ? h('p', { role: 'status', text: busy }) : null,
    busy && progressText(state.progress)
      ? h('p', { class: 'muted import-progress', text: progressText(state.progress) ?? '' })
      : null,
    state.error ? h('p', { class: 'curation-error', role: 'alert', text: state.error }) : null,
    state.phase === 'loaded' ? loadedBlock(state, actions) : previewBlock(state, actions),
  );
}
