/**
 * The reading view's marks on each paragraph: the claims already drawn from
 * it, the graph's names, new names to consider, and dates resolved against
 * the report's date. A suggestion never covers words the graph already
 * names; a claim may overlap anything (it is the editor's own span).
 */
import type { ReadingSpan } from '../../contract/reports.js';
import { findDates } from './dates.js';
import { findEntities } from './entities.js';
import { matchNames, type NameIndex } from './names.js';
import { locateQuote } from './text.js';

export interface ClaimOnReport {
  /** A node id or a relationship id (source|TYPE|target), as details opens it. */
  id: string;
  /** What the claim is: a label or a relationship type. */
  what: string;
  caption: string;
  paragraph: number;
  quote: string;
  basis: string | null;
  /** Offsets when the claim was cut from a selection; else the quote is looked up. */
  start?: number | null;
  end?: number | null;
  draft: boolean;
}

export type { ReadingSpan };

export interface ReadingParagraph {
  n: number;
  text: string;
  spans: ReadingSpan[];
}

export interface ReadingInput {
  paragraphs: readonly string[];
  /** The report's date (YYYY-MM-DD) that relative dates are read against; none: no dates resolved. */
  reportDate: string | null;
  names: NameIndex;
  claims: readonly ClaimOnReport[];
}

function claimSpans(text: string, n: number, claims: readonly ClaimOnReport[]): ReadingSpan[] {
  const out: ReadingSpan[] = [];
  for (const c of claims) {
    if (c.paragraph !== n) continue;
    const given =
      c.start != null && c.end != null && text.slice(c.start, c.end) === c.quote
        ? { start: c.start, end: c.end }
        : null;
    const at = given ?? locateQuote(text, c.quote);
    if (!at) continue;
    out.push({
      kind: 'claim',
      id: c.id,
      what: c.what,
      caption: c.caption,
      quote: c.quote,
      basis: c.basis,
      draft: c.draft,
      start: at.start,
      end: at.end,
    });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Characters of a report read for new names and dates: the language model
 * takes about a second for 10,000 on a busy machine, so a very long report
 * gets them for its first part only (names and claims are marked throughout).
 */
export const SUGGESTION_BUDGET_CHARS = 60_000;

export function readingOf(input: ReadingInput): ReadingParagraph[] {
  let read = 0;
  return input.paragraphs.map((text, i) => {
    const n = i + 1;
    read += text.length;
    const suggest = read <= SUGGESTION_BUDGET_CHARS;
    const names = matchNames(input.names, text);
    const dates = input.reportDate && suggest ? findDates(text, input.reportDate) : [];
    const suggestions = (suggest ? findEntities(text) : []).filter(
      (e) => !names.some((m) => overlaps(m, e)) && !dates.some((d) => overlaps(d, e)),
    );
    const spans: ReadingSpan[] = [
      ...claimSpans(text, n, input.claims),
      ...names.map((m): ReadingSpan => ({ kind: 'name', ...m })),
      ...suggestions.map((e): ReadingSpan => ({
        kind: 'suggestion',
        start: e.start,
        end: e.end,
        text: e.text,
        entity: e.kind,
      })),
      ...dates.map((d): ReadingSpan => ({ kind: 'date', ...d })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    return { n, text, spans };
  });
}
