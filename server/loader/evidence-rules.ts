/**
 * The evidence rule, as pure functions over what the graph holds: every
 * relationship carries its evidence (a verbatim span of the report it cites,
 * or an explicit non-stated basis with a note), a causal link rests on a
 * stated span, a span is found in the report it cites, and a date is no finer
 * than the wording it came from. The loader reads the rows from Neo4j
 * (evidence-check.ts); this module decides and says what to write instead.
 */
import { Basis } from '../../contract/common.js';
import { normaliseForQuote, paragraphsOf, quoteOccurs } from './quote-check.js';

/** One relationship as the check reads it. */
export interface RelationshipRow {
  from: string;
  type: string;
  to: string;
  /** The report a provenance link points at (null for other relationships). */
  provenanceSource: string | null;
  sources: string[];
  quote: string | null;
  quoteSource: string | null;
  paragraph: number | null;
  basis: string | null;
  note: string | null;
}

/**
 * One dated property of a node or a relationship as the check reads it. A
 * property P (date, endDate, effectiveFrom, periodEnd…) keeps its precision
 * in P+"Precision", whether it was inferred in P+"Inferred", the wording in
 * P+"InferredFrom" and where a finer precision comes from in P+"PrecisionFrom"
 * (so `date` has datePrecision, dateInferred, dateInferredFrom, datePrecisionFrom).
 */
export interface DateRow {
  /** The node's id (for a relationship's date, the relationship is in `on`). */
  id: string;
  /** The relationship that holds the date, when it is not a node's. */
  on?: { from: string; type: string; to: string };
  /** The dated property; `date` when not given. */
  property?: string;
  date: string;
  precision: string | null;
  inferred: boolean;
  inferredFrom: string | null;
  /** Where a precision finer than the wording comes from (background, another report). */
  precisionFrom: string | null;
}

export type RuleName =
  | 'relationship-has-evidence'
  | 'basis-is-known'
  | 'causal-link-is-stated'
  | 'span-is-verbatim'
  | 'span-is-in-cited-report'
  | 'date-has-precision'
  | 'date-on-first-day'
  | 'date-no-finer-than-wording';

/** What is wrong, where (a relationship or a node) and what to write instead. */
export interface Finding {
  rule: RuleName;
  /** A relationship `from -[TYPE]-> to`, or a node id; for a date, the dated property too. */
  subject:
    | { from: string; type: string; to: string; property?: string }
    | { node: string; property?: string };
  problem: string;
  fix: string;
}

export interface EvidenceContext {
  causalTypes: readonly string[];
  /** Report id → its text (undefined when the file is absent). */
  texts: ReadonlyMap<string, string | undefined>;
}

const rel = (r: RelationshipRow) => ({ from: r.from, type: r.type, to: r.to });

/** Where `quote` is in the reports: the first report and paragraph that hold it. */
export function findSpan(
  texts: ReadonlyMap<string, string | undefined>,
  quote: string,
): { source: string; paragraph: number } | null {
  const needle = normaliseForQuote(quote);
  if (needle === '') return null;
  for (const [source, text] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
    if (text === undefined) continue;
    const index = paragraphsOf(text).findIndex((p) => normaliseForQuote(p).includes(needle));
    if (index >= 0) return { source, paragraph: index + 1 };
  }
  return null;
}

/** The report a relationship's span is from: its provenance target, quoteSource, or its only source. */
export function citedReport(r: RelationshipRow): string | null {
  if (r.provenanceSource !== null) return r.provenanceSource;
  if (r.quoteSource !== null) return r.quoteSource;
  return r.sources.length === 1 ? (r.sources[0] ?? null) : null;
}

export function relationshipFindings(r: RelationshipRow, ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  const subject = rel(r);
  const hasQuote = r.quote !== null && r.quote.trim() !== '';
  const parsed = Basis.safeParse(r.basis);
  if (r.basis !== null && !parsed.success) {
    out.push({
      rule: 'basis-is-known',
      subject,
      problem: `basis '${r.basis}' is not one of stated, inferred, background`,
      fix: "write basis: 'stated' (with a quote), 'inferred' or 'background' (each with a note)",
    });
    return out;
  }
  const basis = parsed.success ? parsed.data : hasQuote ? 'stated' : null;
  if (basis === null || (basis === 'stated' && !hasQuote)) {
    out.push({
      rule: 'relationship-has-evidence',
      subject,
      problem: 'no evidence: neither a verbatim span nor a non-stated basis',
      fix: "add quote: '<the report's words>' (with quoteSource when it lists several reports), or basis: 'inferred' or 'background' with a note saying how or where from",
    });
  } else if (basis !== 'stated' && (r.note === null || r.note.trim() === '')) {
    out.push({
      rule: 'relationship-has-evidence',
      subject,
      problem: `basis '${basis}' without a note`,
      fix:
        basis === 'inferred'
          ? "add note: '<how the span or the reports support this reading>'"
          : "add note: '<where this knowledge comes from>'",
    });
  } else if (basis === 'background' && hasQuote) {
    out.push({
      rule: 'relationship-has-evidence',
      subject,
      problem: 'basis background with a quote: background knowledge is not in the reports',
      fix: "drop quote, or write basis: 'stated' if the report says it",
    });
  }
  if (ctx.causalTypes.includes(r.type) && (basis !== 'stated' || !hasQuote)) {
    out.push({
      rule: 'causal-link-is-stated',
      subject,
      problem: `a ${r.type} link (causal) without a stated span`,
      fix: `quote the words that state the cause (quote, quoteSource, paragraph, basis: 'stated'), or make it a sequence link (PRECEDED) with basis: 'inferred' and a note`,
    });
  }
  if (hasQuote && r.quote !== null) out.push(...spanFindings(r, r.quote, ctx));
  return out;
}

function spanFindings(r: RelationshipRow, quote: string, ctx: EvidenceContext): Finding[] {
  const subject = rel(r);
  const cited = citedReport(r);
  const excerpt = quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
  const text = cited === null ? undefined : ctx.texts.get(cited);
  // No texts at all, or a report without a text file: the span cannot be checked here.
  if (ctx.texts.size === 0 || (cited !== null && !ctx.texts.has(cited))) return [];
  if (text !== undefined && quoteOccurs(text, quote, r.paragraph)) return [];
  const found = findSpan(ctx.texts, quote);
  if (text !== undefined && quoteOccurs(text, quote)) {
    const at = findSpan(new Map([[cited ?? '', text]]), quote);
    return [
      {
        rule: 'span-is-verbatim',
        subject,
        problem: `"${excerpt}" is in ${cited ?? '?'} but not in paragraph ${String(r.paragraph)}`,
        fix: `write paragraph: ${String(at?.paragraph ?? '?')}`,
      },
    ];
  }
  if (found !== null) {
    return [
      {
        rule: 'span-is-in-cited-report',
        subject,
        problem: `"${excerpt}" is cited to ${cited ?? 'no single report'} but that report's text lacks it`,
        fix:
          r.provenanceSource !== null
            ? `link the node to ${found.source} (paragraph ${found.paragraph}) with this quote, or quote ${r.provenanceSource}'s own words`
            : `write quoteSource: '${found.source}', paragraph: ${found.paragraph} (and list ${found.source} in sources)`,
      },
    ];
  }
  return [
    {
      rule: 'span-is-verbatim',
      subject,
      problem: `"${excerpt}" is not verbatim in ${cited ?? 'any report'}`,
      fix: "copy the report's words exactly (only quote marks and spacing may differ), or drop quote and write basis: 'inferred' with a note",
    },
  ];
}

const MONTHS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/i;
const DAY_OF_MONTH = new RegExp(
  `(\\b\\d{1,2}(st|nd|rd|th)?\\s+${MONTHS.source}|${MONTHS.source}\\s+\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b)`,
  'i',
);
const MONTH_WORDS = new RegExp(
  `(${MONTHS.source}|\\b(this|last|next) month\\b|\\b\\d{4}-\\d{2}\\b)`,
  'i',
);

/** Whether wording gives a day (a weekday, a day of a month) or a month. */
export function wordingPrecision(wording: string): 'day' | 'month' | 'year' {
  if (WEEKDAYS.test(wording) || DAY_OF_MONTH.test(wording)) return 'day';
  if (MONTH_WORDS.test(wording)) return 'month';
  return 'year';
}

const RANK = { year: 0, month: 1, day: 2 } as const;

export function dateFindings(d: DateRow): Finding[] {
  const p = d.property ?? 'date';
  const subject = d.on ? { ...d.on, property: p } : { node: d.id, property: p };
  const [y, m, day] = d.date.slice(0, 10).split('-');
  const precision = d.precision;
  if (precision !== 'day' && precision !== 'month' && precision !== 'year') {
    return [
      {
        rule: 'date-has-precision',
        subject,
        problem:
          precision === null
            ? `${p} ${d.date.slice(0, 10)} without ${p}Precision: it would read as a day`
            : `${p}Precision '${precision}' is not day, month or year`,
        fix: `write ${p}Precision: 'day', 'month' or 'year', as precise as the report's wording (a month or year stored on its first day)`,
      },
    ];
  }
  const out: Finding[] = [];
  if (precision === 'month' && day !== '01') {
    out.push({
      rule: 'date-on-first-day',
      subject,
      problem: `a month-precision ${p} stored as ${d.date.slice(0, 10)}`,
      fix: `write ${p}: date('${y ?? ''}-${m ?? ''}-01') (a month is stored on its first day)`,
    });
  }
  if (precision === 'year' && (m !== '01' || day !== '01')) {
    out.push({
      rule: 'date-on-first-day',
      subject,
      problem: `a year-precision ${p} stored as ${d.date.slice(0, 10)}`,
      fix: `write ${p}: date('${y ?? ''}-01-01') (a year is stored on its first day)`,
    });
  }
  if (
    d.inferred &&
    (precision === 'day' || precision === 'month') &&
    (d.precisionFrom === null || d.precisionFrom.trim() === '')
  ) {
    const given = wordingPrecision(d.inferredFrom ?? '');
    if (RANK[precision] > RANK[given]) {
      out.push({
        rule: 'date-no-finer-than-wording',
        subject,
        problem: `${p}Precision '${precision}' is finer than its wording ${JSON.stringify(d.inferredFrom ?? '')}`,
        fix: `write ${p}Precision: '${given}' (${p} on the first day of the ${given}), or say where the ${precision} comes from in ${p}PrecisionFrom`,
      });
    }
  }
  return out;
}
