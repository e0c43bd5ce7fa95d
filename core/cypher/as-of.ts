import type { AsOfQuery } from '../../contract/index.js';
import { CalendarDate } from './date.js';

/**
 * Cypher predicates that keep only what had happened (or had been
 * reported) by a date. The date goes in as the $asOf parameter; undated
 * things (actors, places) always pass on the happened clock.
 */
export function nodeVisible(variable: string, q: AsOfQuery): string {
  if (!q.asOf) return 'true';
  const v = variable;
  return q.clock === 'reported'
    ? `coalesce(${v}.firstReported, ${v}.date) IS NULL OR coalesce(${v}.firstReported, ${v}.date) <= $asOf`
    : `${v}.date IS NULL OR ${v}.date <= $asOf`;
}

export function relationshipVisible(variable: string, q: AsOfQuery): string {
  if (!q.asOf) return 'true';
  const v = variable;
  return q.clock === 'reported'
    ? `${v}.firstReported IS NULL OR ${v}.firstReported <= $asOf`
    : `${v}.validFrom IS NULL OR ${v}.validFrom <= $asOf`;
}

/** The $asOf parameter: a calendar day (a Neo4j DATE once the adapter sends it), or null. */
export function asOfParams(q: AsOfQuery): { asOf: CalendarDate | null } {
  if (!q.asOf) return { asOf: null };
  const [y, m, d] = q.asOf.split('-').map(Number);
  return { asOf: new CalendarDate(y ?? 1, m ?? 1, d ?? 1) };
}
