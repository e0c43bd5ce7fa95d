// Citations: what is visible or selected (the export panel) or one report (a
// source card's Cite), as formatted text (APA, Chicago) or as files reference
// managers import (CSL-JSON, RIS, BibTeX). citation-js loads on first use,
// never with the explorer.
import type { CslItem } from '@citation-js/core';
import { cslItems } from '../export/citations.js';
import {
  needsSupport,
  nothingCited,
  scopeSourceIds,
  type CiteScope,
} from '../export/cite-scope.js';
import type { CitationFile, CitationStyle } from '../export/cite.js';
import type { Explorer } from './explorer.js';
import { allSources } from './shared.js';
import { download, errorText, h } from './dom.js';

type Button = (text: string, fn: () => void | Promise<void>) => HTMLButtonElement;

const loadCite = () => import('../export/cite.js');

/** Which nodes each source supports, so a node's own sources are cited too. */
async function supportMap(ctx: Explorer, ids: readonly string[]): Promise<Map<string, string[]>> {
  const supported = new Map<string, string[]>();
  await Promise.all(
    ids.map(async (id) => {
      const d = await ctx.api.source(id);
      supported.set(
        id,
        d.supported.map((n) => n.id),
      );
    }),
  );
  return supported;
}

/** The CSL items a scope cites, oldest first. */
async function scopeItems(ctx: Explorer, scope: CiteScope): Promise<CslItem[]> {
  const sources = await allSources(ctx);
  const supported = needsSupport(scope)
    ? await supportMap(
        ctx,
        sources.map((s) => s.id),
      )
    : undefined;
  const visible = scope.kind === 'source' ? { nodes: [], edges: [] } : ctx.canvas.visibleGraph();
  return cslItems(
    sources,
    scopeSourceIds(scope, visible, ctx.schema?.profile.sourceLabel, supported),
  );
}

/** A style picker, the text box and the buttons, for whatever `scope()` names at the time. */
function citeBox(
  ctx: Explorer,
  btn: Button,
  stamp: () => string,
  scope: () => CiteScope,
  label: string,
  picker?: HTMLElement,
): { parts: HTMLElement[]; show(): Promise<string> } {
  const box = h('textarea', {
    'aria-label': label,
    readonly: true,
    rows: 8,
    style: 'width:100%',
  });
  const style = h(
    'select',
    { 'aria-label': 'Citation style' },
    h('option', { value: 'apa', text: 'APA' }),
    h('option', { value: 'chicago', text: 'Chicago' }),
  );

  async function show(): Promise<string> {
    box.value = 'Collecting sources…';
    const s = scope();
    const [list, cite] = await Promise.all([scopeItems(ctx, s), loadCite()]);
    box.value = list.length ? cite.formatted(list, style.value as CitationStyle) : nothingCited(s);
    return box.value;
  }

  const file = (kind: CitationFile) => async () => {
    const [list, cite] = await Promise.all([scopeItems(ctx, scope()), loadCite()]);
    if (!list.length) throw new Error('Nothing to cite: show or select what cites a source first.');
    const t = cite.fileTypes[kind];
    download(`sources-${stamp()}.${t.ext}`, cite.citationFile(list, kind), t.mime);
  };

  style.addEventListener('change', () => void show().catch(() => undefined));
  const parts = [
    h('div', { class: 'row' }, h('span', { text: 'Cite' }), picker, style),
    h(
      'div',
      { class: 'row' },
      btn('List sources', async () => void (await show())),
      btn('Copy', async () => {
        const text = box.value && !box.value.startsWith('Collecting') ? box.value : await show();
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        ctx.bus.emit('notice', { text: 'Citations copied.' });
      }),
      btn('CSL-JSON', file('csl-json')),
      btn('RIS', file('ris')),
      btn('BibTeX', file('bibtex')),
    ),
    box,
  ];
  return { parts, show };
}

/** The export panel's citations: what is visible, or the selection. */
export function citationControls(ctx: Explorer, btn: Button, stamp: () => string): HTMLElement[] {
  const picker = h(
    'select',
    { 'aria-label': 'Cite' },
    h('option', { value: 'visible', text: 'what is visible' }),
    h('option', { value: 'selection', text: 'the selection' }),
  );
  const scope = (): CiteScope =>
    picker.value === 'selection'
      ? { kind: 'selection', selected: new Set(ctx.store.get().selected) }
      : { kind: 'visible' };
  return citeBox(ctx, btn, stamp, scope, 'Citations', picker).parts;
}

/**
 * A source card's Cite: the same formats for that one report, built when
 * first opened (citation-js is not loaded for a card nobody cites).
 */
export function citeOneSource(ctx: Explorer, sourceId: string): HTMLElement {
  const el = h('details', { class: 'cite-one' }, h('summary', { text: 'Cite' }));
  const btn: Button = (text, fn) =>
    h('button', {
      type: 'button',
      text,
      onclick: () =>
        void Promise.resolve()
          .then(fn)
          .catch((e: unknown) => ctx.bus.emit('notice', { text: errorText(e), kind: 'error' })),
    });
  const stamp = () => new Date().toISOString().slice(0, 10);
  el.addEventListener('toggle', () => {
    if (!el.open || el.childElementCount > 1) return;
    const cite = citeBox(
      ctx,
      btn,
      stamp,
      () => ({ kind: 'source', id: sourceId }),
      'Citation of this report',
    );
    el.append(...cite.parts);
    cite
      .show()
      .catch((e: unknown) => ctx.bus.emit('notice', { text: errorText(e), kind: 'error' }));
  });
  return el;
}
