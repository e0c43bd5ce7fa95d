// What several panels share: pieces drawn the same way (a date, a report's
// card), the one cached list of sources, and the selected nodes as the store
// holds them. Panels import these from here, never from another panel.
import type { SourceRef, SourceSummary } from '../../../contract/index.js';
import { printDate, type DatedValue } from '../graph/dates.js';
import { locatorText } from '../graph/evidence.js';
import type { Explorer } from './explorer.js';
import { h } from './dom.js';

let sourcesCache: Promise<SourceSummary[]> | undefined;

/** All sources, fetched once: relationships only carry their ids. */
export function allSources(ctx: Pick<Explorer, 'api'>): Promise<SourceSummary[]> {
  sourcesCache ??= ctx.api.sources().then(
    (r) => r.sources,
    (e: unknown) => {
      sourcesCache = undefined;
      throw e;
    },
  );
  return sourcesCache;
}

/** A date printed at its precision, with how it was inferred on hover. */
export function dateSpan(d: DatedValue): HTMLElement {
  const { text, title } = printDate(d);
  return h('span', { class: d.dateInferred ? 'date inferred' : 'date', text, title });
}

/** How a report supports a fact, in words (the contract's Basis). */
export const BASIS_WORDS: Record<NonNullable<SourceRef['basis']>, string> = {
  stated: 'Stated in the report',
  inferred: "The analyst's reading of the report",
  background: 'Background knowledge, not in the report',
};

/**
 * One report behind a fact. Quotation marks only ever surround `quote`,
 * the report's verbatim words; the analyst's `note` is plain text. `extra`
 * (an action such as Cite) goes at the end of the card.
 */
export function sourceCard(s: SourceRef, extra?: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'source' },
    h('strong', { text: s.outlet ?? 'Unnamed outlet' }),
    ' · ',
    dateSpan(s),
    h('div', { text: s.name }),
    s.basis ? h('span', { class: `basis basis-${s.basis}`, text: BASIS_WORDS[s.basis] }) : null,
    s.quote ? h('blockquote', { class: 'quote', text: `“${s.quote}”` }) : null,
    s.note ? h('p', { class: 'note', text: `Note: ${s.note}` }) : null,
    h('div', { class: 'muted locator', text: locatorText(s.locator) }),
    extra,
  );
}

/** The selected nodes (not relationships) the canvas holds, read from the store. */
export function selectedNodes(ctx: Pick<Explorer, 'store' | 'canvas'>): string[] {
  return ctx.store.get().selected.filter((id) => ctx.canvas.has(id) && !ctx.canvas.isEdge(id));
}
