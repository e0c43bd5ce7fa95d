// Says what the browser's storage could not keep: entries set aside because
// they could not be read, and writes it refused (a full quota). One note per
// list and kind, under the header beside the restore note, until closed;
// each offers the entries as a JSON file, the way out when storage is full.
import type { ListReport, StoredList } from '../state/stored-list.js';
import { download, h } from './dom.js';

function noteHost(): HTMLElement {
  const existing = document.getElementById('storage-notes');
  if (existing) return existing;
  const host = h('div', { id: 'storage-notes' });
  (document.querySelector('.banners') ?? document.body).append(host);
  return host;
}

function noteText(report: ListReport, what: string): string {
  if (report.kind === 'set-aside') {
    const n = report.count;
    return `${n} of your ${what} could not be read and ${n === 1 ? 'was' : 'were'} set aside (kept in this browser under “${report.asideKey}”); the others are all here.`;
  }
  return `Your ${what} could not be saved: ${report.problem.message}. Nothing saved before was lost; what could not be saved stays in this tab until it closes. Download them to keep them.`;
}

/** Shows a list's reports as closable notes; `what` names its entries ("saved views"). */
export function showStorageNotes<T>(list: StoredList<T>, what: string, file: string): void {
  list.onReport((report) => {
    const id = `storage-note-${file}-${report.kind}`;
    const stamp = new Date().toISOString().slice(0, 10);
    const save =
      report.kind === 'set-aside'
        ? h('button', {
            type: 'button',
            text: 'Download the set-aside entries',
            onclick: () =>
              download(
                `${file}-set-aside-${stamp}.json`,
                JSON.stringify(list.setAside(), null, 2),
                'application/json',
              ),
          })
        : h('button', {
            type: 'button',
            text: `Download ${what} (JSON)`,
            onclick: () =>
              download(
                `${file}-${stamp}.json`,
                JSON.stringify(list.list(), null, 2),
                'application/json',
              ),
          });
    const note = h(
      'div',
      { id, class: 'banner storage-note', role: 'status' },
      h('span', { text: noteText(report, what) }),
      ' ',
      save,
      ' ',
      h('button', {
        type: 'button',
        text: '×',
        'aria-label': 'Close this note',
        onclick: () => note.remove(),
      }),
    );
    // A write refused again replaces its note rather than stacking another.
    const old = document.getElementById(id);
    if (old) old.replaceWith(note);
    else noteHost().append(note);
  });
}
