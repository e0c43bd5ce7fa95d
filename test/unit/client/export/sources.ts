// Sources shaped like the graph's Source nodes (GET /api/sources), for the citation tests.
import type { SourceSummary } from '../../../../contract/index.js';

const source = (id: string, name: string, properties: Record<string, unknown>): SourceSummary => ({
  id,
  name,
  properties,
  supports: { nodes: 1, relationships: 1 },
});

export const dated = source('src:101', 'Ministry confirms licences for magnet imports', {
  outlet: 'Daily Ledger',
  headlinePrinted: true,
  date: '2025-10-31',
  datePrecision: 'day',
  dateInferred: false,
  citedOutlets: [],
});

export const inferred = source('src:102', 'Exports resume after talks', {
  outlet: 'Hill Courier',
  headlinePrinted: true,
  date: '2025-06-12',
  datePrecision: 'day',
  dateInferred: true,
  // As the seed writes it: background knowledge resolves a date and is never a source.
  dateNote: 'Background knowledge: the talks ended on 10 June, so the next Thursday is 12 June.',
  citedOutlets: ['Wire One', 'Wire Two'],
});

export const untitled = source('src:100', 'Official on import talks (New Delhi)', {
  outlet: 'not named',
  headlinePrinted: false,
  date: '2025-08-14',
  datePrecision: 'month',
  dateInferred: false,
  citedOutlets: [],
});

/** A report with a headline but no named outlet (like 004), its headline long enough to wrap. */
export const unnamedOutlet = source(
  'src:103',
  'Exporter resumes magnet shipments with strict caveats; four companies receive approval amid easing tensions between the two largest economies',
  {
    outlet: 'not named',
    headlinePrinted: true,
    date: '2025-10-31',
    datePrecision: 'day',
    dateInferred: true,
    citedOutlets: ['Wire Two'],
    language: 'en',
  },
);

export const all = [dated, inferred, untitled];
