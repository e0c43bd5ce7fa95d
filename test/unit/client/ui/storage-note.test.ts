// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ListReport, StoredList } from '../../../../client/src/state/stored-list.js';
import { showStorageNotes } from '../../../../client/src/ui/storage-note.js';

/** A stored list that reports what a test tells it to. */
function list() {
  let report: (r: ListReport) => void = () => undefined;
  const l = {
    onReport: (fn: (r: ListReport) => void) => {
      report = fn;
    },
    list: () => [],
    setAside: () => [],
  };
  return { l: l as unknown as StoredList<unknown>, report: (r: ListReport) => report(r) };
}

const notes = () => [...document.querySelectorAll('.storage-note span')].map((s) => s.textContent);

describe('showStorageNotes', () => {
  it('says how many entries were set aside and where they are kept', () => {
    document.body.replaceChildren();
    const { l, report } = list();
    showStorageNotes(l, 'saved views', 'views');
    report({ kind: 'set-aside', count: 2, asideKey: 'reg.savedViews.v1.setAside' });
    expect(notes()).toEqual([
      '2 of your saved views could not be read and were set aside (kept in this browser under “reg.savedViews.v1.setAside”); the others are all here.',
    ]);
  });

  it('replaces the note of a refused write rather than stacking another', () => {
    document.body.replaceChildren();
    const { l, report } = list();
    showStorageNotes(l, 'saved views', 'views');
    const refused: ListReport = {
      kind: 'write-failed',
      problem: { kind: 'quota', message: 'the browser’s storage is full' },
    };
    report(refused);
    report(refused);
    expect(notes()).toHaveLength(1);
  });

  it('goes when its × is pressed', () => {
    document.body.replaceChildren();
    const { l, report } = list();
    showStorageNotes(l, 'saved views', 'views');
    report({ kind: 'set-aside', count: 1, asideKey: 'k' });
    document
      .querySelector<HTMLButtonElement>('.storage-note button[aria-label="Close this note"]')
      ?.click();
    expect(notes()).toEqual([]);
  });
});
